package org.dyad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "todo")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
