package org.dyad.app.serve;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.dyad.store.Store;
import org.dyad.util.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The REST API and the web UI over one store: {@code /api/...} answers JSON, everything else is the static UI. */
public final class Server implements AutoCloseable {
  /** The address the server binds to unless told otherwise: this machine only. */
  public static final String LOCALHOST = "127.0.0.1";
  private static final Logger LOG;

  static {
    // Jetty and Javalin log every start at INFO; the command prints the one line a user needs
    quiet("org.eclipse.jetty");
    quiet("io.javalin");
    LOG = LoggerFactory.getLogger(Server.class);
  }

  // scripts only from this server: article text is untrusted, so an injected <script> could not run even if shown as HTML
  private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
  private final Javalin app;
  private final String host;

  private Server(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** Starts serving {@code store} on {@code host}:{@code port} (port 0 picks a free one); the store stays the caller's. */
  public static Server start(Store store, String host, int port) {
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      // POST /api/events is a method the path does not take (405), not a path that does not exist (404)
      config.http.prefer405over404 = true;
      config.jsonMapper(new JavalinJackson(Json.mapper(), false));
      config.staticFiles.add(files -> {
        files.hostedPath = "/";
        files.directory = "/org/dyad/app/web";
        files.location = Location.CLASSPATH;
      });
    });
    routes(app, store);
    app.start(host, port);
    return new Server(app, host);
  }

  private static void routes(Javalin app, Store store) {
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
    });
    app.get("/api/health", onSnapshot(store, new HealthHandler(store)));
    app.get("/api/articles/{id}", onSnapshot(store, new ArticleHandler(store)));
    app.get("/api/search", onSnapshot(store, new SearchHandler(store)));
    app.get("/api/actors", onSnapshot(store, new ActorsHandler(store)));
    app.get("/api/events", onSnapshot(store, new EventsHandler(store)));
    app.get("/api/series", onSnapshot(store, new SeriesHandler(store)));
    app.get("/api/timeline", onSnapshot(store, new TimelineHandler(store)));
    app.get("/api/events/{id}/explanation", onSnapshot(store, new ExplanationHandler(store)));
    app.get("/api/overview", onSnapshot(store, new OverviewHandler(store)));
    app.get("/api/relations", onSnapshot(store, new RelationsHandler(store)));
    app.get("/vendor/echarts.min.js", new ChartLibrary());
    app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> {
      LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
    });
    app.exception(HttpResponseException.class, (e, ctx) -> {
      if (ctx.path().startsWith("/api/")) {
        error(ctx, e.getStatus(), switch (e.getStatus()) {
          case 404 -> "no such endpoint: " + ctx.method() + " " + ctx.path();
          case 405 -> "method " + ctx.method() + " not allowed on " + ctx.path() + " (the API answers GET only)";
          default -> e.getMessage();
        });
      } else {
        ctx.status(e.getStatus()).contentType("text/plain; charset=utf-8").result(e.getMessage());
      }
    });
  }

  /** The handler, run on one snapshot of the store that stays open until it has answered. */
  private static io.javalin.http.Handler onSnapshot(Store store, io.javalin.http.Handler handler) {
    return ctx -> {
      Exception[] failed = new Exception[1];
      store.snapshot(() -> {
        try {
          handler.handle(ctx);
        } catch (Exception e) {
          failed[0] = e;
        }
        return null;
      });
      if (failed[0] != null) {
        throw failed[0];
      }
    };
  }

  private static void error(Context ctx, int status, String message) {
    ctx.status(status).json(Map.of("error", message));
  }

  private static void quiet(String logger) {
    String key = "org.slf4j.simpleLogger.log." + logger;
    if (System.getProperty(key) == null) {
      System.setProperty(key, "warn");
    }
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The address to open in a browser. */
  public String url() {
    return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/";
  }

  @Override
  public void close() {
    app.stop();
  }

  /** Opens the store in {@code storeDir} for reading and serves it until the process is stopped (Ctrl-C). */
  public static void serveUntilStopped(Path storeDir, String host, int port, PrintStream out)
      throws InterruptedException {
    serveUntilStopped(Store.openReading(storeDir), host, port, out);
  }

  /**
   * Serves {@code store} until the process is stopped (Ctrl-C), after printing the address to open on {@code out};
   * the server owns the store from here on and closes it when it stops.
   */
  public static void serveUntilStopped(Store store, String host, int port, PrintStream out)
      throws InterruptedException {
    Server server;
    try {
      server = start(store, host, port);
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
    // the hook, not this thread, closes: after Ctrl-C the JVM halts as soon as its hooks are done
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.close();
      store.close();
    }, "dyad-serve-stop"));
    out.println("dyad: serving the web UI on " + server.url() + " (Ctrl-C stops)");
    out.flush();
    new CountDownLatch(1).await();
  }
}
