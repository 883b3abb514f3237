package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CameoTableTest {
  private static final CameoTable CAMEO = CameoTable.standard();

  @ParameterizedTest
  @CsvSource({
      "040, true, true", "042, true, true", "044, true, true", "046, true, true",
      "057, false, true", "060, false, true", "062, false, true",
      "036, false, false", "051, false, false", "120, false, false", "190, false, false"})
  void theTogetherColumnMarksMeetingsAndJointActs(String code, boolean meeting, boolean joint) {
    assertEquals(meeting, CAMEO.meeting(code), code + " meeting");
    assertEquals(joint, CAMEO.joint(code), code + " joint");
  }

  @ParameterizedTest
  @CsvSource({"112, verbal-conflict", "020, verbal-conflict", "190, material-conflict", "141, material-conflict",
      "042, verbal-cooperation", "061, material-cooperation"})
  void aCodeHasTheQuadClassOfItsPloverType(String code, String quad) {
    assertEquals(quad, CAMEO.quad(code));
  }

  @Test
  void aCodeTheTableLacksOrPloverDoesNotTypeIsNeitherMeetingNorJointAndHasNoQuad() {
    assertFalse(CAMEO.meeting("-"));
    assertFalse(CAMEO.joint("999"));
    assertNull(CAMEO.quad("999"));
    assertNull(CAMEO.quad("010"));
  }
}
