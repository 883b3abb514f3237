package org.dyad.app;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true, description = "todo")
final class DemoCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    return 1;
  }
}
