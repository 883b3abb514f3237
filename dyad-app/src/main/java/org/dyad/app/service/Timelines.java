package org.dyad.app.service;

import java.util.List;
import org.dyad.model.Article;
import org.dyad.series.DyadSeries;
import org.dyad.series.Period;
import org.dyad.store.EventQuery;
import org.dyad.store.Store;
import org.dyad.timeline.DyadTimeline;
import org.dyad.timeline.Timeline;
import org.dyad.timeline.TimelineBuilder;
import org.dyad.timeline.TimelineEntry;

/** Timelines from a store, as {@code dyad timeline}, {@code GET /api/timeline} and the demo give them. */
public final class Timelines {
  private Timelines() {}

  /**
   * A dyad's timeline from its coded events and stories, with the turning points of its monthly series: the
   * query's dyad, period and filters choose the events; at most {@code max} dates, {@code sentences} a date.
   */
  public static Timeline ofDyad(Store store, EventQuery query, int max, int sentences) {
    List<DyadSeries.TurningPoint> turns = store.series(query, Period.MONTH).turningPoints();
    return DyadTimeline.build(query.dyad(), store.events(query), turns, max, sentences, query.from(), query.to());
  }

  /** The timeline of a topic: the days {@code articles} refer to most, chosen and summarised as the options say. */
  public static Timeline ofArticles(List<Article> articles, TimelineBuilder.Options options) {
    return new TimelineBuilder().build(articles, options);
  }

  /** The timeline as Markdown: a heading, the turning points, then a section a date with its sources. */
  public static String markdown(Timeline timeline) {
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
}
