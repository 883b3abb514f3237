package org.dyad.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {

  @ParameterizedTest
  @CsvSource({"occurred, OCCURRED", "planned, PLANNED", "hypothetical, HYPOTHETICAL", "negated, NEGATED"})
  void readsEveryContractStatus(String contract, EventStatus status) {
    assertEquals(status, EventStatus.fromString(contract));
    assertEquals(contract, status.contract());
    assertEquals(contract, status.toString());
  }

  @ParameterizedTest
  @CsvSource({"day, DAY", "week, WEEK", "month, MONTH", "year, YEAR", "unknown, UNKNOWN"})
  void readsEveryContractPrecision(String contract, DatePrecision precision) {
    assertEquals(precision, DatePrecision.fromString(contract));
    assertEquals(contract, precision.contract());
  }

  @Test
  void theContractStringsAreTheRecordsAllowedValues() {
    assertEquals(List.of("occurred", "planned", "hypothetical", "negated"), EventStatus.contracts());
    assertEquals(List.of("day", "week", "month", "year", "unknown"), DatePrecision.contracts());
    assertEquals(16, PloverType.contracts().size());
    assertEquals("CONSULT", PloverType.fromString("CONSULT").contract());
  }

  @Test
  void onlyPlannedAndHypotheticalLieAhead() {
    assertEquals(List.of(EventStatus.PLANNED, EventStatus.HYPOTHETICAL),
        List.of(EventStatus.values()).stream().filter(EventStatus::ahead).toList());
  }

  @Test
  void anUnknownValueFailsNamingItAndTheAllowedOnes() {
    assertEquals("unknown event status 'done': expected one of occurred, planned, hypothetical, negated",
        assertThrows(IllegalArgumentException.class, () -> EventStatus.fromString("done")).getMessage());
    assertEquals("unknown date precision 'Day': expected one of day, week, month, year, unknown",
        assertThrows(IllegalArgumentException.class, () -> DatePrecision.fromString("Day")).getMessage());
    String plover = assertThrows(IllegalArgumentException.class, () -> PloverType.fromString("consult")).getMessage();
    assertEquals("unknown PLOVER type 'consult': expected one of AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, "
        + "RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT", plover);
    assertEquals("unknown event status 'null': expected one of occurred, planned, hypothetical, negated",
        assertThrows(IllegalArgumentException.class, () -> EventStatus.fromString(null)).getMessage());
  }
}
