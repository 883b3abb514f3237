package org.dyad.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dyad.dictionary.Dictionaries;
import org.dyad.dictionary.DictionaryFormat;
import picocli.CommandLine.Option;

/** The user-dictionary options of the commands that code events: {@code --lexicon}, {@code --actors} and formats. */
public final class DictionaryOptions {
  @Option(names = "--lexicon", paramLabel = "FILE", description = "event words to add to (or override in) dyad's "
      + "lexicon: lexicon.tsv's layout or a TABARI/PETRARCH verb dictionary (repeatable; see docs/lexicon.md)")
  List<Path> lexicons = new ArrayList<>();

  @Option(names = "--lexicon-format", paramLabel = "F", description = "format of the --lexicon files: auto (the "
      + "default: told by the first line), dyad, tabari or petrarch")
  String lexiconFormat;

  @Option(names = "--actors", paramLabel = "FILE", description = "actors to add to (or override in) dyad's: "
      + "groups.tsv's layout (names, code, sector, from, to) or a TABARI/PETRARCH actor dictionary (repeatable)")
  List<Path> actors = new ArrayList<>();

  @Option(names = "--actors-format", paramLabel = "F", description = "format of the --actors files: auto (the "
      + "default), dyad, tabari or petrarch")
  String actorsFormat;

  /** The dictionaries the options name, read and checked, with what each file gave reported once on {@code err}. */
  public Dictionaries load(PrintStream err) {
    DictionaryFormat lf = DictionaryFormat.named("--lexicon-format", lexiconFormat);
    DictionaryFormat af = DictionaryFormat.named("--actors-format", actorsFormat);
    if (lexicons.isEmpty() && actors.isEmpty()) {
      return Dictionaries.NONE;
    }
    Dictionaries d = Dictionaries.load(lexicons, lf, actors, af);
    d.report().forEach(line -> err.println("dyad: " + line));
    return d;
  }
}
