package org.dyad.app.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void passesResultsOnInReadingOrderWhateverOrderTheyFinishIn() throws InterruptedException {
    InOrder<String> order = new InOrder<>(4);
    long a = order.issue();
    long b = order.issue();
    long c = order.issue();
    List<String> out = new ArrayList<>();
    order.accept(c, "c", out::add);
    order.accept(a, "a", out::add);
    assertEquals(List.of("a"), out);
    order.accept(b, "b", out::add);
    assertEquals(List.of("a", "b", "c"), out);
  }

  @Test
  void freesAPlaceInTheWindowForEachResultPassedOn() throws InterruptedException {
    InOrder<String> order = new InOrder<>(1);
    long first = order.issue();
    order.accept(first, "x", r -> { });
    assertEquals(1, order.issue()); // would block forever had the first place not been freed
  }
}
