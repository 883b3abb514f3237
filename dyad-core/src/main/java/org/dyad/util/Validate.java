package org.dyad.util;

/** Argument checks whose messages name the parameter and the bad value. */
public final class Validate {
  private Validate() {}

  /** Fails when {@code value} is null. */
  public static <T> T notNull(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException("The parameter '" + name + "' must not be null.");
    }
    return value;
  }

  /** Fails when {@code condition} is false, with a message naming the parameter and its value. */
  public static void isTrue(boolean condition, String name, Object value, String rule) {
    if (!condition) {
      throw new IllegalArgumentException("The parameter '" + name + "' " + rule + ", got '" + value + "'.");
    }
  }
}
