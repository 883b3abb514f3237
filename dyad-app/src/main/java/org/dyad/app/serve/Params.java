package org.dyad.app.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The query parameters of one request, checked against the names an endpoint allows; errors name the parameter. */
final class Params {
  private final Map<String, List<String>> values;

  private Params(Map<String, List<String>> values) {
    this.values = values;
  }

  /** The request's parameters; an unknown or repeated parameter is a 400. */
  static Params of(Context ctx, Set<String> allowed) {
    Map<String, List<String>> values = ctx.queryParamMap();
    for (Map.Entry<String, List<String>> e : values.entrySet()) {
      if (!allowed.contains(e.getKey())) {
        throw ApiError.badRequest("unknown parameter '" + e.getKey() + "' (allowed: "
            + String.join(", ", new TreeSet<>(allowed)) + ")");
      }
      if (e.getValue().size() > 1) {
        throw ApiError.badRequest("parameter '" + e.getKey() + "' given " + e.getValue().size() + " times");
      }
    }
    return new Params(values);
  }

  /** The stripped value, or null when absent or blank. */
  String text(String name) {
    List<String> v = values.get(name);
    if (v == null || v.isEmpty() || v.get(0).isBlank()) {
      return null;
    }
    return v.get(0).strip();
  }

  /** The value, which must be present and not blank. */
  String required(String name) {
    String v = text(name);
    if (v == null) {
      throw ApiError.badRequest("parameter '" + name + "' is required");
    }
    return v;
  }

  /** The value in upper case (codes and types), or null. */
  String upper(String name) {
    String v = text(name);
    return v == null ? null : v.toUpperCase(Locale.ROOT);
  }

  /** The value in lower case (statuses), or null. */
  String lower(String name) {
    String v = text(name);
    return v == null ? null : v.toLowerCase(Locale.ROOT);
  }

  /** An ISO day YYYY-MM-DD, or null when absent. */
  LocalDate day(String name) {
    String v = text(name);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest("parameter '" + name + "' must be a date YYYY-MM-DD, got '" + v + "'");
    }
  }

  /** A whole number in [min, max], or {@code fallback} when absent. */
  int integer(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw ApiError.badRequest("parameter '" + name + "' must be a whole number from " + min + " to " + max
        + ", got '" + v + "'");
  }
}
