package org.dyad.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.app.eval.EvalTimelines;
import org.dyad.app.eval.Folders;
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
      "as news-tls's experiments do (off by default: the benchmark's task gives no dates)"})
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
    if (leaveOneTopicOut) {
      if (m != TimelineBuilder.Method.MENTIONS || referenceDates) {
        throw new BadInputException("--leave-one-topic-out tunes the mentions method's day weights: give neither "
            + "--method nor --reference-dates");
      }
      return printed(EvalTimelines.heldOut(folder(), referenceSpan, stores, threads()));
    }
    EvalTimelines.Variant v = new EvalTimelines.Variant(m, referenceSpan, referenceDates);
    return printed(EvalTimelines.report(folder(), v, stores, threads()));
  }

  // the folder is checked before --threads, as the arguments are read
  private Path folder() {
    return Folders.benchmark(data);
  }

  private int threads() {
    return OptionValues.threads(threads);
  }
}
