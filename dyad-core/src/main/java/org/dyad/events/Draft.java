package org.dyad.events;

import org.dyad.actors.Mention;
import org.dyad.model.Location;

/** An event of one sentence before it becomes a contract record, with what explains it. */
record Draft(Trigger trigger, Mention source, Mention target, String code, Status status, EventDate date,
    Location location, double confidence, String pattern) {

  String key() {
    return code + "|" + (source == null ? null : source.code()) + "|" + (target == null ? null : target.code());
  }
}
