package org.dyad.app.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.service.Articles;
import org.dyad.app.service.Timelines;
import org.dyad.model.Article;
import org.dyad.store.Store;
import org.dyad.timeline.Timeline;
import org.dyad.timeline.TimelineBuilder;
import org.dyad.util.BadInputException;
import org.dyad.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad timeline}: a dated, evidence-linked timeline of a topic or of the whole store. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Print a dated timeline of a dyad, of a full-text query, or of the whole store.",
        "Its entries are the days the articles refer to most, each with the sentences that say what happened and "
            + "their articles and outlets."})
final class TimelineCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Mixin
  EventFilter filter;

  @Option(names = "--query", paramLabel = "TEXT", description = "only articles matching this Lucene query")
  String query;

  @Option(names = "--max", paramLabel = "N", description = "at most N dates (default ${DEFAULT-VALUE})")
  int max = 20;

  @Option(names = "--sentences", paramLabel = "K", description = "at most K sentences a date (default ${DEFAULT-VALUE})")
  int sentences = 2;

  @Option(names = "--format", paramLabel = "F", description = "md (default) or json")
  String format = "md";

  @Option(names = "--method", paramLabel = "M", description = "how days are chosen: mentions (default: how many "
      + "articles mention a day), share (the share of the articles after a day that mention it: lifts the late "
      + "turns of a long story) or baseline")
  String method = "mentions";

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() {
    TimelineBuilder.Options options = options();
    if (!Files.isDirectory(store.dir)) {
      throw new BadInputException("--store: no store at " + store.dir);
    }
    if (filter.dyad != null) {
      return printed(dyadTimeline(options));
    }
    List<Article> articles;
    try (Store s = store.open()) {
      articles = query == null ? Articles.all(s) : Articles.matching(s, query);
    }
    return printed(Timelines.ofArticles(articles, options));
  }

  /** The dyad's timeline from its coded events and stories, with the turning points of its monthly series. */
  private Timeline dyadTimeline(TimelineBuilder.Options o) {
    try (Store s = store.open()) {
      return Timelines.ofDyad(s, filter.query(), o.maxDates(), o.sentences());
    }
  }

  private int printed(Timeline timeline) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(format.equals("json") ? Json.line(timeline) + "\n" : Timelines.markdown(timeline));
    out.flush();
    return 0;
  }

  private TimelineBuilder.Options options() {
    if (filter.dyad != null && query != null) {
      throw new BadInputException("give --dyad or --query, not both");
    }
    TimelineBuilder.Method m = OptionValues.timelineMethod(method);
    if (filter.dyad != null && m != TimelineBuilder.Method.MENTIONS) {
      throw new BadInputException("--method " + method
          + " chooses a topic's days; a dyad's timeline (--dyad) is built from its coded stories");
    }
    if (!format.equals("md") && !format.equals("json")) {
      throw new BadInputException("--format must be md or json, got '" + format + "'");
    }
    check(max > 0, "--max must be a positive number, got " + max);
    check(sentences > 0, "--sentences must be a positive number, got " + sentences);
    LocalDate f = filter.fromDay();
    LocalDate t = filter.toDay();
    check(f == null || t == null || !f.isAfter(t), "--from " + filter.from + " is after --to " + filter.to);
    return new TimelineBuilder.Options(max, sentences, f, t, query, m);
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new BadInputException(message);
    }
  }
}
