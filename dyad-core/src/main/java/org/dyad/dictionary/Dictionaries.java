package org.dyad.dictionary;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The user's own dictionaries: lexicon entries and actors that add to or override dyad's, read from files in
 * dyad's TSV layouts or the TABARI/PETRARCH formats. Every file is read and checked before any work starts, so a
 * bad line stops the command (exit code 2) before anything is stored.
 */
public final class Dictionaries implements Serializable {
  /** No user dictionary: dyad's own lexicon and actors only. */
  public static final Dictionaries NONE = new Dictionaries(List.of(), List.of(), List.of());

  private final List<LexiconEntry> lexicon;
  private final List<ActorEntry> actors;
  private final List<String> report;

  private Dictionaries(List<LexiconEntry> lexicon, List<ActorEntry> actors, List<String> report) {
    this.lexicon = List.copyOf(lexicon);
    this.actors = List.copyOf(actors);
    this.report = List.copyOf(report);
  }

  /**
   * Reads the lexicon files and the actor files, each in its format ({@link DictionaryFormat#AUTO}: told by its
   * first line); a later file's entry overrides an earlier one's for the same term or name.
   *
   * @throws DictionaryException naming the file and line of the first fault
   */
  public static Dictionaries load(List<Path> lexiconFiles, DictionaryFormat lexiconFormat, List<Path> actorFiles,
      DictionaryFormat actorFormat) {
    List<LexiconEntry> lexicon = new ArrayList<>();
    List<ActorEntry> actors = new ArrayList<>();
    List<String> report = new ArrayList<>();
    for (Path f : lexiconFiles) {
      Skips skips = new Skips();
      DictionaryFormat format = lexiconFormat == DictionaryFormat.AUTO
          ? DictionaryFormat.ofLexicon(f.toString(), lines(f)) : lexiconFormat;
      List<LexiconEntry> read = format == DictionaryFormat.DYAD ? DyadLexiconReader.read(f)
          : VerbPatternReader.read(f, skips);
      lexicon.addAll(read);
      report.add(line("--lexicon", f, format, read.size() + " lexicon entries", skips));
    }
    for (Path f : actorFiles) {
      Skips skips = new Skips();
      DictionaryFormat format = actorFormat == DictionaryFormat.AUTO
          ? DictionaryFormat.ofActors(f.toString(), lines(f)) : actorFormat;
      List<ActorEntry> read = format == DictionaryFormat.DYAD ? DyadActorReader.read(f)
          : ActorDictionaryReader.read(f, skips);
      actors.addAll(read);
      report.add(line("--actors", f, format, read.size() + " actor codes", skips));
    }
    return new Dictionaries(lexicon, actors, report);
  }

  private static List<String> lines(Path f) {
    try {
      return Files.readAllLines(f, StandardCharsets.UTF_8);
    } catch (java.nio.charset.MalformedInputException e) {
      throw new DictionaryException(f.toString(), "not UTF-8 text");
    } catch (IOException e) {
      throw new DictionaryException(f.toString(), Files.exists(f) ? "cannot be read (" + e.getMessage() + ")"
          : "no such file");
    }
  }

  private static String line(String option, Path f, DictionaryFormat format, String read, Skips skips) {
    String kind = format == DictionaryFormat.DYAD ? "dyad" : "TABARI/PETRARCH";
    return option + " " + f + " (" + kind + "): " + read + (skips.isEmpty() ? "" : "; left out: "
        + String.join("; ", skips.lines()));
  }

  /** The lexicon entries, in file order (a later one overrides an earlier one of the same term and pos). */
  public List<LexiconEntry> lexicon() {
    return lexicon;
  }

  /** The actor codes, in file order. */
  public List<ActorEntry> actors() {
    return actors;
  }

  /** True when no file was given. */
  public boolean isEmpty() {
    return lexicon.isEmpty() && actors.isEmpty() && report.isEmpty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Dictionaries d && d.lexicon.equals(lexicon) && d.actors.equals(actors);
  }

  @Override
  public int hashCode() {
    return lexicon.hashCode() * 31 + actors.hashCode();
  }

  /** One line a file: its format, what was read and what was left out and why (to print once, on stderr). */
  public List<String> report() {
    return report;
  }
}
