package org.dyad.app.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.dyad.eval.ExtractionEval;
import org.dyad.eval.PubdateEval;
import org.dyad.eval.TimexEval;
import org.dyad.util.BadInputException;

/** The page-level benchmarks: body extraction, publication dates and temporal expressions, no store involved. */
public final class EvalPages {
  private EvalPages() {}

  /** {@code dyad eval extraction}: mean precision, recall and F1 of 4-word shingles on extraction-zyte. */
  public static Report extraction(Path data) throws IOException {
    ExtractionEval.Result result = new ExtractionEval().run(Folders.benchmark(data));
    return new Report(result.table(), result.toMap());
  }

  /** {@code dyad eval pubdate}: accuracy over all pages and precision over the dated ones. */
  public static Report pubdate(Path data) throws IOException {
    if (!Files.isRegularFile(Folders.benchmark(data).resolve("truth.json"))) {
      throw new BadInputException("no truth.json in the benchmark folder " + data);
    }
    PubdateEval.Result result = PubdateEval.run(data);
    return new Report(result.table(), result.toMap());
  }

  /**
   * {@code dyad eval timex}: extent F1, value and type accuracy on TimeBank + AQUAINT; with {@code errors}, every
   * miss, spurious expression, wrong value and wrong extent as a detail line.
   */
  public static Report timex(Path data, boolean errors) throws IOException {
    List<String> lines = new ArrayList<>();
    TimexEval.Result result = TimexEval.run(Folders.benchmark(data), errors ? lines::add : line -> { });
    return new Report(result.table(), new LinkedHashMap<>(result.toMap()), lines);
  }
}
