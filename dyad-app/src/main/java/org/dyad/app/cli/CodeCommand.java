package org.dyad.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.ingest.Progress;
import org.dyad.app.service.BatchCoder;
import org.dyad.dictionary.Dictionaries;
import org.dyad.events.EventCoder;
import org.dyad.export.EventFormat;
import org.dyad.export.EventSink;
import org.dyad.export.Exports;
import org.dyad.extract.Extractor;
import org.dyad.model.EventExplanation;
import org.dyad.model.Quote;
import org.dyad.quotes.QuoteFinder;
import org.dyad.util.BadInputException;
import org.dyad.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: the events of one sentence or paragraph, for quick checks, or of a file of records. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Print the events of a sentence or paragraph as Event JSONL; --explain shows how each was coded; "
        + "--quotes prints its quotes and their speakers instead. With --input, codes a file of records (JSONL with "
        + "id, text, date; or one text a line) and adds each record's id to its events as record_id.")
final class CodeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TEXT", arity = "0..1", description = "the sentence or paragraph")
  String text;

  @Option(names = "--input", paramLabel = "FILE|-", description = "code the records of FILE (- reads stdin): JSONL "
      + "objects with id, text and date (YYYY-MM-DD), or plain lines of text dated by --date; bad lines are "
      + "reported on stderr and skipped")
  String input;

  @Option(names = "--format", paramLabel = "F", description = "output format of the events: jsonl (the default), "
      + "plover, cameo, gdelt, csv or parquet")
  String format;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date the text's dates resolve against")
  String date;

  @Option(names = "--explain", description = "show mentions, lexicon entry, pattern, and the status and date cues")
  boolean explain;

  @Option(names = "--quotes", description = "print the quotes (direct and reported speech with the speaker) as JSONL "
      + "instead of the events")
  boolean quotes;

  @Mixin
  VerboseOption verbose;

  @Mixin
  DictionaryOptions dictionaries;

  @Override
  public Integer call() throws IOException {
    if (input != null) {
      return batch();
    }
    if (text == null || text.isBlank()) {
      throw new BadInputException(text == null ? "give TEXT to code, or --input FILE" : "TEXT is empty");
    }
    String published = date == null ? null : OptionValues.day("--date", date).toString();
    if (format != null && !explain && !quotes) {
      return formatted(published);
    }
    String id = Extractor.articleId(text);
    EventCoder.Coded all = coder().codeWithSentences(id, null, published, text);
    if (quotes) {
      printQuotes(new QuoteFinder().find(id, text, all.sentences()));
      return 0;
    }
    List<EventExplanation> coded = all.events();
    for (EventExplanation x : coded) {
      System.out.println(Json.line(x.event()));
      if (explain) {
        System.out.print(explanation(x));
      }
    }
    if (coded.isEmpty() && explain) {
      System.out.println("no events: no sentence names an actor doing something the lexicon knows");
    }
    return 0;
  }

  /** The events of TEXT in --format. */
  private int formatted(String published) {
    EventFormat f = Exports.named(format);
    List<EventExplanation> coded = coder().explain(Extractor.articleId(text), null, published, text);
    try (EventSink sink = f.open(new NonClosingOutput(System.out))) {
      coded.forEach(x -> sink.write(x.event()));
    }
    return 0;
  }

  /** --input: every record of the file or stdin, streamed, a progress display and a summary on stderr. */
  private int batch() throws IOException {
    if (text != null) {
      throw new BadInputException("give TEXT or --input, not both");
    }
    if (explain || quotes) {
      throw new BadInputException("--explain and --quotes take one TEXT, not --input");
    }
    EventFormat f = Exports.named(format == null ? "jsonl" : format);
    String published = date == null ? null : OptionValues.day("--date", date).toString();
    boolean stdin = input.equals("-");
    Path file = stdin ? null : Path.of(input);
    if (file != null && !Files.isRegularFile(file)) {
      throw new BadInputException("--input " + input + ": no such file");
    }
    long total = stdin ? -1 : countLines(file);
    EventCoder coder = coder();
    BatchCoder.Totals t;
    try (BufferedReader in = stdin ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
            : Files.newBufferedReader(file, StandardCharsets.UTF_8);
        EventSink sink = f.open(new NonClosingOutput(System.out), List.of(BatchCoder.RECORD_ID));
        Progress progress = Progress.of("code", total, "lines")) {
      t = new BatchCoder(coder, published, stdin ? "stdin" : input, System.err).run(in, sink, progress,
          System::currentTimeMillis);
    }
    System.err.println(t.summary());
    return 0;
  }

  /** dyad's coder, with the user's dictionaries when --lexicon or --actors name some. */
  private EventCoder coder() {
    Dictionaries user = dictionaries.load(System.err);
    return user.isEmpty() ? new EventCoder() : new EventCoder(user);
  }

  private static long countLines(Path file) throws IOException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      return lines.count();
    }
  }

  private void printQuotes(List<Quote> found) {
    for (Quote q : found) {
      System.out.println(Json.line(q));
      if (explain) {
        String who = q.speaker() == null ? "unknown speaker" : q.speaker().text() + " → " + q.speaker().name() + " "
            + q.speaker().code() + "/" + q.speaker().sector();
        System.out.println("  " + q.kind() + " quote by " + who + (q.verb() == null ? " (no speech verb: the speaker "
            + "before it)" : " (verb '" + q.verb() + "')"));
      }
    }
    if (found.isEmpty() && explain) {
      System.out.println("no quotes: no quote marks with a speaker nearby and no \"X said (that) …\"");
    }
  }

  private static String explanation(EventExplanation x) {
    StringBuilder b = new StringBuilder();
    b.append("  sentence  ").append(x.event().sentence()).append('\n');
    x.mentions().forEach(m -> b.append("  mention   ").append(m).append('\n'));
    b.append("  lexicon   ").append(x.lexicon()).append('\n');
    b.append("  pattern   ").append(x.pattern()).append('\n');
    b.append("  status    ").append(x.event().status())
        .append(x.statusCues().isEmpty() ? " (plain report)" : " from " + x.statusCues()).append('\n');
    b.append("  date      ").append(x.event().date()).append(" (").append(x.event().datePrecision()).append(") ")
        .append(x.dateCue()).append('\n');
    return b.toString();
  }
}
