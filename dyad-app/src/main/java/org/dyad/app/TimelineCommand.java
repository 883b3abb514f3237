package org.dyad.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.model.Article;
import org.dyad.series.DyadSeries;
import org.dyad.series.Period;
import org.dyad.store.EventQuery;
import org.dyad.timeline.DyadTimeline;
import org.dyad.store.SearchPage;
import org.dyad.store.Store;
import org.dyad.timeline.Timeline;
import org.dyad.timeline.TimelineBuilder;
import org.dyad.timeline.TimelineEntry;
import org.dyad.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dyad timeline}: a dated, evidence-linked timeline of a topic or of the whole store. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = {"Print a dated timeline of a dyad, of a full-text query, or of the whole store.",
        "Its entries are the days the articles refer to most, each with the sentences that say what happened and "
            + "their articles and outlets."})
final class TimelineCommand implements Callable<Integer> {
  @Option(names = "--store", required = true, paramLabel = "DIR", description = "the store folder")
  Path storeDir;

  @Option(names = "--query", paramLabel = "TEXT", description = "only articles matching this Lucene query")
  String query;

  @Option(names = "--dyad", paramLabel = "A:B", description = "only events between two actors (needs event coding)")
  String dyad;

  @Option(names = "--from", paramLabel = "D", description = "first date, YYYY-MM-DD")
  String from;

  @Option(names = "--to", paramLabel = "D", description = "last date, YYYY-MM-DD")
  String to;

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

  @Option(names = "--verbose", description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    TimelineBuilder.Options options = options();
    if (!Files.isDirectory(storeDir)) {
      throw new org.dyad.util.BadInputException("--store: no store at " + storeDir);
    }
    if (dyad != null) {
      return printed(dyadTimeline(options));
    }
    List<Article> articles;
    try (Store store = StoreOptions.openExisting(storeDir)) {
      articles = query == null ? EvalTimelines.all(store) : matching(store, query);
    }
    return printed(new TimelineBuilder().build(articles, options));
  }

  private int printed(Timeline timeline) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(format.equals("json") ? Json.line(timeline) + "\n" : markdown(timeline));
    out.flush();
    return 0;
  }

  /** The dyad's timeline from its coded events and stories, with the turning points of its monthly series. */
  private Timeline dyadTimeline(TimelineBuilder.Options o) {
    try (Store store = StoreOptions.openExisting(storeDir)) {
      return dyadTimeline(store, dyad, o.maxDates(), o.sentences(), o.from(), o.to());
    }
  }

  /** A dyad's timeline from a store; shared with the demo. */
  static Timeline dyadTimeline(Store store, String dyad, int max, int sentences, LocalDate from, LocalDate to) {
    EventQuery q = EventQuery.all().withDyad(dyad).withPeriod(from, to);
    List<DyadSeries.TurningPoint> turns = store.series(q, Period.MONTH).turningPoints();
    return DyadTimeline.build(q.dyad(), store.events(q), turns, max, sentences, from, to);
  }

  private TimelineBuilder.Options options() {
    if (dyad != null && query != null) {
      throw new org.dyad.util.BadInputException("give --dyad or --query, not both");
    }
    TimelineBuilder.Method m = method(method);
    if (dyad != null && m != TimelineBuilder.Method.MENTIONS) {
      throw new org.dyad.util.BadInputException("--method " + method
          + " chooses a topic's days; a dyad's timeline (--dyad) is built from its coded stories");
    }
    if (!format.equals("md") && !format.equals("json")) {
      throw new org.dyad.util.BadInputException("--format must be md or json, got '" + format + "'");
    }
    check(max > 0, "--max must be a positive number, got " + max);
    check(sentences > 0, "--sentences must be a positive number, got " + sentences);
    LocalDate f = Dates.parseDay("--from", from);
    LocalDate t = Dates.parseDay("--to", to);
    check(f == null || t == null || !f.isAfter(t), "--from " + from + " is after --to " + to);
    return new TimelineBuilder.Options(max, sentences, f, t, query, m);
  }

  /** The method named by {@code --method}; a bad name is bad usage (also for {@code eval timelines}). */
  static TimelineBuilder.Method method(String name) {
    return TimelineBuilder.Method.named(name).orElseThrow(() -> new org.dyad.util.BadInputException(
        "--method must be mentions, share or baseline, got '" + name + "'"));
  }

  private static List<Article> matching(Store store, String query) {
    List<Article> out = new ArrayList<>();
    SearchPage page = store.search(query, 0, 500);
    for (int offset = 0; !page.hits().isEmpty(); page = store.search(query, offset, 500)) {
      page.hits().forEach(h -> store.article(h.id()).ifPresent(out::add));
      offset += page.hits().size();
    }
    return out;
  }

  static String markdown(Timeline timeline) {
    StringBuilder out = new StringBuilder("# Timeline");
    out.append(timeline.query() == null ? " of the whole store" : " of " + timeline.query()).append("\n");
    for (DyadSeries.TurningPoint t : timeline.turningPoints()) {
      out.append(String.format("%n%s %s from %s: mean intensity %.1f → %.1f, cooperation share %.0f%% → %.0f%%%n",
          t.kind().equals("thaw") ? "▲" : "▼", t.kind().toUpperCase(), t.period(), t.meanBefore(), t.meanAfter(),
          100 * t.shareBefore(), 100 * t.shareAfter()));
      t.summaries().forEach(s -> out.append("  driven by: ").append(s).append('\n'));
    }
    for (TimelineEntry e : timeline.entries()) {
      out.append("\n## ").append(e.date() == null ? "(date not in the text)" : e.date()).append("\n\n")
          .append(e.summary()).append("\n\n");
      out.append("Sources: ").append(e.outlets().isEmpty() ? "unknown outlet" : String.join(", ", e.outlets()));
      out.append(" — articles ").append(String.join(", ", e.articles())).append("\n");
    }
    return out.toString();
  }

  private static void check(boolean ok, String message) {
    if (!ok) {
      throw new org.dyad.util.BadInputException(message);
    }
  }
}
