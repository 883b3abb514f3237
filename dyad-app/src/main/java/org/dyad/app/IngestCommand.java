package org.dyad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ingest", mixinStandardHelpOptions = true, description = "todo")
final class IngestCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
