package org.dyad.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.dyad.model.Article;

/**
 * The Lucene side of the store: titles and texts, English-stemmed, for ranked search with snippets.
 *
 * <p>The writer's index holds Lucene's {@code write.lock}; an index opened for reading takes no lock and sees each
 * commit of a writer in another process at its next search.
 */
final class TextIndex implements AutoCloseable {
  private static final int SNIPPET_CHARS = 240;
  private static final int HEADING_CHARS = 100;
  // a sentence ends at . ! or ? (and a closing quote) before a space and a capital, or at the end of the text
  private static final java.util.regex.Pattern FIRST_SENTENCE =
      java.util.regex.Pattern.compile("[.!?][\"”’]?(?=\\s+[\"“‘(]?\\p{Lu}|$)");
  private final Path dir;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final IndexWriter writer;
  private final FSDirectory directory;
  private SearcherManager searchers;

  private TextIndex(Path dir, IndexWriter writer) throws IOException {
    this.dir = dir;
    this.writer = writer;
    this.directory = null;
    this.searchers = new SearcherManager(writer, null);
  }

  private TextIndex(Path dir, FSDirectory directory) {
    this.dir = dir;
    this.writer = null;
    this.directory = directory;
  }

  /** The index in {@code dir} for reading only: no lock, and empty until a writer has committed one. */
  static TextIndex openReading(Path dir) {
    try {
      return new TextIndex(dir, FSDirectory.open(dir));
    } catch (IOException e) {
      throw new StoreException("cannot open the text index " + dir, e);
    }
  }

  /** The searchers over the newest commit, or null when there is no index yet (read-only). */
  private synchronized SearcherManager searchers() throws IOException {
    if (searchers == null) {
      if (!java.nio.file.Files.isDirectory(dir) || !DirectoryReader.indexExists(directory)) {
        return null;
      }
      searchers = new SearcherManager(directory, null);
    } else if (writer == null) {
      searchers.maybeRefresh(); // a writer in another process may have committed since
    }
    return searchers;
  }

  static TextIndex open(Path dir) {
    try {
      IndexWriterConfig config = new IndexWriterConfig(new EnglishAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      IndexWriter writer = new IndexWriter(FSDirectory.open(dir), config);
      writer.commit();
      return new TextIndex(dir, writer);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new StoreBusyException("the text index " + dir + " is locked by another process that writes it; "
          + "stop that process (or wait until it is done) and run the command again");
    } catch (IOException e) {
      throw new StoreException("cannot open the text index " + dir, e);
    }
  }

  /** Indexes the articles and commits; an article indexed before is replaced, never duplicated. */
  void add(List<Article> articles) {
    try {
      for (Article a : articles) {
        writer.updateDocument(new Term("id", a.id()), document(a));
      }
      writer.commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new StoreException("cannot write the text index " + dir, e);
    }
  }

  /**
   * Deletes the entries whose article is not {@code stored}, so totals and pages count stored articles only, and
   * returns the ids of the stored articles that the index lacks, in order, for the caller to index.
   */
  List<String> retainOnly(java.util.Set<String> stored) {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      Terms ids = MultiTerms.getTerms(reader, "id");
      List<Term> orphans = new ArrayList<>();
      java.util.Set<String> indexed = new java.util.HashSet<>();
      if (ids != null) {
        TermsEnum e = ids.iterator();
        for (BytesRef id = e.next(); id != null; id = e.next()) {
          String s = id.utf8ToString();
          if (!stored.contains(s)) {
            orphans.add(new Term("id", BytesRef.deepCopyOf(id)));
          } else {
            indexed.add(s);
          }
        }
      }
      if (!orphans.isEmpty()) {
        writer.deleteDocuments(orphans.toArray(Term[]::new));
        writer.commit();
        searchers.maybeRefresh();
      }
      return stored.stream().filter(id -> !indexed.contains(id)).sorted().toList();
    } catch (IOException e) {
      throw new StoreException("cannot clean the text index " + dir, e);
    }
  }

  private static Document document(Article a) {
    Document d = new Document();
    d.add(new StringField("id", a.id(), Field.Store.YES));
    d.add(new TextField("title", a.title() == null ? "" : a.title(), Field.Store.YES));
    d.add(new TextField("text", a.text(), Field.Store.YES));
    d.add(new StoredField("title_display", a.titleDisplay() == null ? "" : a.titleDisplay()));
    d.add(new StoredField("published", a.published() == null ? "" : a.published()));
    d.add(new StoredField("outlet", a.outlet() == null ? "" : a.outlet()));
    return d;
  }

  /** One page of hits for a Lucene query string; hits whose article the store does not hold are left out. */
  SearchPage search(String queryText, int offset, int limit, Predicate<String> stored) {
    Query query = parse(queryText);
    try {
      SearcherManager searchers = searchers();
      if (searchers == null) {
        return new SearchPage(queryText, 0, List.of());
      }
      IndexSearcher searcher = searchers.acquire();
      try {
        TopDocs top = searcher.search(query, Math.max(1, offset + limit));
        ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
            Math.min(offset + limit, top.scoreDocs.length));
        // top.totalHits stops counting exactly after 1,000 hits; the page's total must be exact
        return new SearchPage(queryText, searcher.count(query), hits(searcher, query, page, stored));
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new StoreException("cannot search the text index " + dir, e);
    }
  }

  private List<SearchPage.Hit> hits(IndexSearcher searcher, Query query, ScoreDoc[] page, Predicate<String> stored)
      throws IOException {
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true)).build();
    int[] docIds = java.util.Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    Map<String, String[]> snippets = highlighter.highlightFields(new String[] {"text"}, query, docIds, new int[] {2});
    List<SearchPage.Hit> out = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      Document d = searcher.storedFields().document(page[i].doc);
      if (stored.test(d.get("id"))) {
        out.add(new SearchPage.Hit(d.get("id"), blankToNull(d.get("title")), heading(d), blankToNull(d.get("published")),
            blankToNull(d.get("outlet")), page[i].score, orPrefix(snippets.get("text")[i], d.get("text"))));
      }
    }
    return out;
  }

  private Query parse(String text) {
    if (text == null || text.isBlank()) {
      return new MatchNoDocsQuery();
    }
    MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {"title", "text"}, analyzer,
        Map.of("title", 2f, "text", 1f));
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return orNothing(parser.parse(text));
    } catch (ParseException e) {
      try {
        // not valid syntax: search the words; lower case, so a stray AND, OR or NOT is a word, not an operator
        return orNothing(parser.parse(QueryParser.escape(text.toLowerCase(Locale.ROOT))));
      } catch (ParseException again) {
        return new MatchNoDocsQuery();
      }
    }
  }

  /** The parser gives null when every word is a stop word. */
  private static Query orNothing(Query q) {
    return q == null ? new MatchNoDocsQuery() : q;
  }

  /** The display title, else the title, else the first sentence of the text (cut at a word when long). */
  static String heading(Document d) {
    for (String field : new String[] {"title_display", "title"}) {
      String v = d.get(field);
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    String text = d.get("text") == null ? "" : d.get("text").strip().replaceAll("\\s+", " ");
    java.util.regex.Matcher m = FIRST_SENTENCE.matcher(text);
    String first = m.find() ? text.substring(0, m.end()).strip() : text;
    if (first.length() <= HEADING_CHARS) {
      return first.isEmpty() ? "(no text)" : first;
    }
    int cut = first.lastIndexOf(' ', HEADING_CHARS);
    return first.substring(0, cut > 0 ? cut : HEADING_CHARS) + " …";
  }

  /** The highlighter's snippet, or the escaped start of the text when it has none (a title-only match). */
  static String orPrefix(String snippet, String text) {
    if (snippet != null || text == null) {
      return snippet;
    }
    String prefix = text.length() <= SNIPPET_CHARS ? text : text.substring(0, text.lastIndexOf(' ', SNIPPET_CHARS) > 0
        ? text.lastIndexOf(' ', SNIPPET_CHARS) : SNIPPET_CHARS) + " …";
    return escape(prefix.replaceAll("\\s+", " ").strip());
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#x27;");
  }

  private static String blankToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  @Override
  public synchronized void close() {
    try {
      if (searchers != null) {
        searchers.close();
      }
      if (writer != null) {
        writer.close();
      }
      if (directory != null) {
        directory.close();
      }
    } catch (IOException e) {
      throw new StoreException("cannot close the text index " + dir, e);
    }
  }
}
