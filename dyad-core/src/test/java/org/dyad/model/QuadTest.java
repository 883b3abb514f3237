package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class QuadTest {

  @ParameterizedTest
  @EnumSource(PloverType.class)
  void everyPloverTypeHasAQuadClass(PloverType type) {
    assertNotNull(type.quad());
  }

  @ParameterizedTest
  @CsvSource({"CONSULT, VERBAL_COOPERATION", "RETREAT, MATERIAL_COOPERATION", "ACCUSE, VERBAL_CONFLICT",
      "PROTEST, MATERIAL_CONFLICT", "ASSAULT, MATERIAL_CONFLICT"})
  void quadTsvGivesTheClassOfEachType(PloverType type, Quad quad) {
    assertEquals(quad, type.quad());
  }

  @Test
  void sanctionsAreDeedsNotWords() {
    assertEquals(Quad.MATERIAL_CONFLICT, PloverType.SANCTION.quad(), "PLOVER manual, CAMEO 16");
  }

  @Test
  void theClassesReadAsTheSeriesWriteThem() {
    assertEquals(List.of("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict"),
        Quad.contracts());
    assertEquals(Quad.VERBAL_CONFLICT, Quad.fromString("verbal-conflict"));
    assertTrue(Quad.MATERIAL_COOPERATION.cooperative());
    assertFalse(Quad.VERBAL_CONFLICT.cooperative());
  }
}
