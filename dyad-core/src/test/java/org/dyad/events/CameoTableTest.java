package org.dyad.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.dyad.model.Quad;
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
  @CsvSource({"112, VERBAL_CONFLICT", "020, VERBAL_CONFLICT", "190, MATERIAL_CONFLICT", "141, MATERIAL_CONFLICT",
      "042, VERBAL_COOPERATION", "061, MATERIAL_COOPERATION"})
  void aCodeHasTheQuadClassOfItsPloverType(String code, Quad quad) {
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
