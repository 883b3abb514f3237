package org.dyad.events;

import java.util.List;

/** The status of an event and the words behind it; {@code intent} marks an expressed intent (CAMEO 03x). */
record Status(String value, List<String> cues, boolean intent) {
  Status {
    cues = List.copyOf(cues);
  }
}
