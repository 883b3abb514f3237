package org.dyad.app.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a benchmark run gives the command that asked for it.
 *
 * @param text the table (and any lists) to print on stdout
 * @param figures the figures, for {@code --json}
 * @param details lines to print after the text (the command chooses stdout or stderr); often none
 */
public record Report(String text, Map<String, Object> figures, List<String> details) {
  /** Copies the figures (keeping their order) and the details. */
  public Report {
    figures = new LinkedHashMap<>(figures);
    details = List.copyOf(details);
  }

  /** A report without details. */
  public Report(String text, Map<String, Object> figures) {
    this(text, figures, List.of());
  }
}
