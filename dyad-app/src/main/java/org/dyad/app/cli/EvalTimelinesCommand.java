package org.dyad.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.app.eval.EvalTimelines;
import org.dyad.app.eval.TopicHoldOut;
import org.dyad.app.ingest.Ingest;
import org.dyad.eval.TimelineEval;
import org.dyad.timeline.TimelineBuilder;
import org.dyad.util.BadInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad eval timelines DATA}: Timeline17, each folder ingested into its own store and summarised. */
@Command(name = "timelines", mixinStandardHelpOptions = true,
    description = {"Timeline summarisation on Timeline17: ROUGE-1/2 and date F1 against the reference timelines.",
        "Per folder, ingest InputDocs into a fresh store, build a timeline with the reference's number of dates and "
            + "sentences a date, and score align+ m:1 ROUGE-1/2 F and date F1, averaged over a topic's timelines "
            + "(bpoil_bbc, bpoil_reuters… are one topic), then topics."})
final class EvalTimelinesCommand extends EvalCommand.Common implements Callable<Integer> {
  @Parameters(paramLabel = "DATA",
      description = "the t17 folder (one folder an outlet's articles on a topic, with InputDocs/ and timelines/)")
  Path data;

  @Option(names = "--method", paramLabel = "M", description = "mentions (default), share (days by the share of "
      + "later articles that mention them) or baseline (busiest days, lead sentences)")
  String method = "mentions";

  @Option(names = "--stores", paramLabel = "DIR",
      description = "keep each folder's store in DIR/<folder> and reuse it on the next run (default: temporary)")
  Path stores;

  @Option(names = "--reference-span", description = {"keep each timeline within its reference's first and last date,",
      "as news-tls's experiments do (off by default: the task in docs/benchmarks.md gives no dates)"})
  boolean referenceSpan;

  @Option(names = "--reference-dates", description = {"summarise the reference's own dates instead of choosing dates:",
      "scores the choice of sentences alone (date F1 is then about 1)"})
  boolean referenceDates;

  @Option(names = "--threads", paramLabel = "N", description = "ingest threads (default: number of cores)")
  Integer threads;

  @Option(names = "--leave-one-topic-out", description = {"score the two day weights tuned on Timeline17 as if "
      + "they had not been:", "for each topic, the best of a 12-point grid on the other topics, scored on it"})
  boolean leaveOneTopicOut;

  @Override
  public Integer call() throws IOException, InterruptedException {
    TimelineBuilder.Method m = OptionValues.timelineMethod(method);
    long start = System.nanoTime();
    if (leaveOneTopicOut) {
      return heldOut(m, start);
    }
    List<EvalTimelines.Variant> variants = List.of(new EvalTimelines.Variant(m, referenceSpan, referenceDates));
    TimelineEval.Result result = EvalTimelines.run(folder(data), variants, stores, threads()).get(0);
    System.out.print(result.table());
    System.out.printf("method %s%s%s, %.1f s%n", m.name().toLowerCase(), referenceSpan ? ", reference span" : "",
        referenceDates ? ", reference dates" : "", (System.nanoTime() - start) / 1e9);
    writeJson(result.figures());
    return 0;
  }

  private int heldOut(TimelineBuilder.Method m, long start) throws IOException, InterruptedException {
    if (m != TimelineBuilder.Method.MENTIONS || referenceDates) {
      throw new BadInputException(
          "--leave-one-topic-out tunes the mentions method's day weights: give neither --method nor --reference-dates");
    }
    EvalTimelines.HeldOut h = EvalTimelines.heldOut(folder(data), referenceSpan, stores, threads());
    TopicHoldOut.Outcome outcome = h.outcome();
    System.out.print(outcome.heldOut().table());
    outcome.chosen().forEach((topic, i) -> System.out.printf("chosen without %s: spelled %.1f, volume %.1f%n",
        topic, h.grid().get(i).spelled(), h.grid().get(i).volume()));
    System.out.printf("leave one topic out over %d grid points%s, %.1f s%n", h.grid().size(),
        referenceSpan ? ", reference span" : "", (System.nanoTime() - start) / 1e9);
    writeJson(outcome.heldOut().figures());
    return 0;
  }

  private int threads() {
    return threads == null ? Ingest.cores() : threads;
  }
}
