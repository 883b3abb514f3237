package org.dyad.app;

import java.sql.Connection;
import java.sql.DriverManager;

/** A foreign program that keeps a DuckDB file open for writing until its stdin closes (for the lock tests). */
final class HoldDatabase {
  private HoldDatabase() {}

  public static void main(String[] args) throws Exception {
    try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + args[0])) {
      System.out.println("holding " + args[0]);
      System.out.flush();
      while (System.in.read() >= 0) {
        // wait for the test to close stdin or kill this process
      }
    }
  }
}
