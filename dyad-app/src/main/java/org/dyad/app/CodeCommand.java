package org.dyad.app;

import org.dyad.util.BadInputException;
import java.util.List;
import java.util.concurrent.Callable;
import org.dyad.events.EventCoder;
import org.dyad.extract.Extractor;
import org.dyad.model.EventExplanation;
import org.dyad.model.Quote;
import org.dyad.quotes.QuoteFinder;
import org.dyad.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad code}: the events of one sentence or paragraph, for quick checks. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "Print the events of a sentence or paragraph as Event JSONL; --explain shows how each was coded; "
        + "--quotes prints its quotes and their speakers instead.")
final class CodeCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TEXT", description = "the sentence or paragraph")
  String text;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "publication date the text's dates resolve against")
  String date;

  @Option(names = "--explain", description = "show mentions, lexicon entry, pattern, and the status and date cues")
  boolean explain;

  @Option(names = "--quotes", description = "print the quotes (direct and reported speech with the speaker) as JSONL "
      + "instead of the events")
  boolean quotes;

  @Option(names = "--verbose", description = "stack traces on errors")
  boolean verbose;

  @Override
  public Integer call() {
    if (text.isBlank()) {
      throw new BadInputException("TEXT is empty");
    }
    String published = date == null ? null : Dates.parseDay("--date", date).toString();
    String id = Extractor.articleId(text);
    EventCoder.Coded all = new EventCoder().codeWithSentences(id, null, published, text);
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
