package org.dyad.app.cli;

import java.util.concurrent.Callable;
import org.dyad.app.serve.Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dyad serve}: the REST API and the web UI over a store, on this machine only unless {@code --host} says otherwise. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serve the REST API (/api/...) and the web UI over a store.",
        "Binds to 127.0.0.1 unless --host says otherwise; Ctrl-C stops."})
final class ServeCommand implements Callable<Integer> {
  @Mixin
  StoreOption store;

  @Option(names = "--port", paramLabel = "P", defaultValue = "8080", description = "port (default ${DEFAULT-VALUE}; 0 picks a free one)")
  int port;

  @Option(names = "--host", paramLabel = "H", defaultValue = Server.LOCALHOST,
      description = "address to bind (default ${DEFAULT-VALUE}; 0.0.0.0 opens the server to the network)")
  String host;

  @Mixin
  VerboseOption verbose;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65535) {
      throw new org.dyad.util.BadInputException("--port must be between 0 and 65535, got " + port);
    }
    Server.serveUntilStopped(store.open(), host, port, System.out);
    return 0;
  }
}
