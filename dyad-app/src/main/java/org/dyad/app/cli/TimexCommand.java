package org.dyad.app.cli;

import org.dyad.util.BadInputException;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dyad.time.TemporalTagger;
import org.dyad.time.Timex;
import org.dyad.util.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code dyad timex}: the temporal expressions of a plain-text file as JSONL. */
@Command(name = "timex", mixinStandardHelpOptions = true,
    description = "Print the temporal expressions of a UTF-8 text file as JSONL {start, end, text, type, value}.")
final class TimexCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "a plain-text file (UTF-8)")
  Path file;

  @Option(names = "--dct", required = true, paramLabel = "YYYY-MM-DD", description = "document creation time")
  String dct;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() {
    String text = read(file);
    for (Timex t : new TemporalTagger().tag(text, OptionValues.day("--dct", dct))) {
      System.out.println(Json.line(t));
    }
    return 0;
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new BadInputException("no such file: " + file);
    } catch (MalformedInputException e) {
      throw new BadInputException(file + " is not UTF-8 text");
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage());
    }
  }
}
