package org.dyad.events;

import java.util.List;
import org.dyad.model.EventStatus;

/**
 * The status of an event and the words behind it; {@code intent} marks an expressed intent (CAMEO 03x, or 13x for a
 * negative act), {@code announced} a plan its doer announced ("announced plans to impose tariffs": a threat when the
 * act is negative, else a planned event).
 */
record Status(EventStatus value, List<String> cues, boolean intent, boolean announced) {
  Status {
    cues = List.copyOf(cues);
  }

  Status(EventStatus value, List<String> cues, boolean intent) {
    this(value, cues, intent, false);
  }
}
