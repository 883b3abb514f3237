package org.dyad.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.ingest.Reporter;
import org.dyad.extract.Extractor;
import org.dyad.ingest.Inputs;
import org.dyad.ingest.PublishedDates;
import org.dyad.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad extract}: clean articles and metadata as Article JSONL on stdout, no NLP. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Print the clean article and metadata of each input as Article JSONL (no NLP, no store).")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders (walked recursively)")
  List<Path> paths;

  @Option(names = "--published-from", paramLabel = "FILE", description = "CSV 'path,published' for pages without dates")
  Path publishedFrom;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws IOException {
    PublishedDates dates = publishedFrom == null ? PublishedDates.NONE : PublishedDates.load(publishedFrom);
    Inputs inputs = new Inputs(Inputs.DEFAULT_MAX_BYTES, dates, paths);
    Extractor extractor = new Extractor();
    Reporter reporter = new Reporter(System.err);
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    for (Path file : Inputs.files(paths, reporter)) {
      inputs.read(file, doc -> {
        var article = extractor.extract(doc);
        if (article.text().isBlank()) {
          reporter.accept(org.dyad.ingest.Skip.of(doc.sourcePath(), "no article text found"));
          return;
        }
        write(out, Json.line(article));
      }, reporter);
    }
    out.flush();
    return 0;
  }

  private static void write(BufferedWriter out, String line) {
    try {
      out.write(line);
      out.newLine();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write to stdout", e);
    }
  }
}
