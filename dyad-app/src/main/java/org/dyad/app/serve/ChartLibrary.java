package org.dyad.app.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** {@code GET /vendor/echarts.min.js}: Apache ECharts from its WebJar on the classpath, so the UI needs no network. */
final class ChartLibrary implements Handler {
  private static final String POM = "/META-INF/maven/org.webjars.npm/echarts/pom.properties";
  private final byte[] script;

  ChartLibrary() {
    this.script = read("/META-INF/resources/webjars/echarts/" + version() + "/dist/echarts.min.js");
  }

  @Override
  public void handle(Context ctx) {
    ctx.contentType("text/javascript; charset=utf-8");
    ctx.header("Cache-Control", "public, max-age=86400");
    ctx.result(script);
  }

  /** The WebJar's version, read from its Maven metadata so a version bump needs no code change. */
  static String version() {
    Properties p = new Properties();
    try (InputStream in = ChartLibrary.class.getResourceAsStream(POM)) {
      if (in == null) {
        throw new IllegalStateException("the ECharts WebJar is missing from the classpath (" + POM + ")");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("version");
  }

  private static byte[] read(String resource) {
    try (InputStream in = ChartLibrary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the ECharts WebJar lacks " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
