"""Share of JFR execution samples per pipeline stage.

Usage: jfr print --stack-depth 64 --events jdk.ExecutionSample REC.jfr > samples.txt
       python3 docs/jfr-stages.py samples.txt
Samples of the baseline's threads (pool-*) are left out: the figures are the dyad ingest's.
Each sample counts once, for the first stage (in the order below) any frame of its stack belongs to.
"""
import re,collections,sys
txt=open(sys.argv[1]).read()
samples=txt.split('jdk.ExecutionSample')[1:]
cats=[('model loading','loadModel|ObjectInputStream|readObject|loadClassifier|DependencyParserCache|CRFClassifier.loadClassifier|ExtractorFrames|readData'),
('dependency parse','parser.nndep|Nlp.parse'),('POS tagger','tagger.maxent'),('NER (CRF)','ie.crf|ie.NER|NERFeatureFactory|ClassifierCombiner|ie.regexp|TokensRegex|SUTime|nlp\\.time\\.'),
('tokenize/ssplit','PTBLexer|PTBTokenizer|WordToSentence|tokensregex'),('lemma','Morphology'),
('DuckDB/Lucene store','org.duckdb|org.apache.lucene|dyad.store'),('dyad extract','org.dyad.extract|org.dyad.ingest'),
('dyad actors/events/quotes/time','org.dyad.actors|org.dyad.events|org.dyad.quotes|org.dyad.time|org.dyad.stories|org.dyad.nlp'),('GC/other','')]
c=collections.Counter()
samples=[s for s in samples if not re.search(r'sampledThread = "pool-', s)]
for s in samples:
    st=s.split('stackTrace = [')[1].split(']\n')[0] if 'stackTrace = [' in s else ''
    for name,pat in cats:
        if pat=='' or re.search(pat,st):
            c[name]+=1;break
n=len(samples)
print(f"{n} execution samples")
for name,_ in cats:
    print(f"  {name:28s} {c[name]:6d}  {100*c[name]/max(n,1):5.1f} %")
