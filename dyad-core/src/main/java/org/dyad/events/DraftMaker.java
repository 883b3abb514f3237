package org.dyad.events;

import java.util.ArrayList;
import java.util.List;
import org.dyad.actors.Mention;
import org.dyad.actors.Via;
import org.dyad.model.Location;
import org.dyad.model.EventStatus;

/** Turns one trigger's arguments into drafts, one per source–target pair, with location and confidence. */
final class DraftMaker {
  private static final int MAX_SIDE = 3;
  // CAMEO 1.1b3's meetings by where the sides meet (codebook names): 040 "consult, not specified below" is refined
  // by the meeting place into 042 "make a visit" (to the target's country), 043 "host a visit" (in the source's)
  // or 044 "meet at a 'third' location"
  private static final String CONSULT = "040";
  private static final String VISIT = "042";
  private static final String HOST = "043";
  private static final String THIRD_PLACE = "044";
  private final Tree tree;
  private final Trigger trigger;
  private final Args args;
  private final Status status;
  private final EventDate date;

  DraftMaker(Tree tree, Trigger trigger, Args args, Status status, EventDate date) {
    this.tree = tree;
    this.trigger = trigger;
    this.args = args;
    this.status = status;
    this.date = date;
  }

  List<Draft> make(String code, String plover) {
    List<Draft> out = new ArrayList<>();
    if (plover.equals("-")) {
      return out;
    }
    List<Mention> sources = side(args.sources());
    List<Mention> targets = side(args.targets());
    for (Mention s : sources) {
      for (Mention t : targets) {
        // one state's two sides (police and protesters) are an event when their sectors differ
        boolean self = s != null && t != null && s.code() != null && s.code().equals(t.code())
            && (s.sector() == null || t.sector() == null || s.sector().equals(t.sector()));
        boolean coded = (s != null && s.code() != null) || (t != null && t.code() != null);
        if (!self && coded) {
          out.add(draft(s, t, code));
        }
      }
    }
    return out;
  }

  private static List<Mention> side(List<Mention> ms) {
    List<Mention> out = new ArrayList<>(ms.subList(0, Math.min(MAX_SIDE, ms.size())));
    if (out.isEmpty()) {
      out.add(null);
    }
    return out;
  }

  private Draft draft(Mention s, Mention t, String code) {
    Location loc = location(t);
    String finalCode = code.equals(CONSULT) && loc != null ? meetingCode(s, t, loc) : code;
    double conf = args.confidence() - (s == null || t == null ? 0.1 : 0) - (indirect(s) || indirect(t) ? 0.1 : 0)
        - (status.value() == EventStatus.OCCURRED ? 0 : 0.05);
    String pattern = finalCode.equals(code) ? args.pattern()
        : args.pattern() + "; meeting place " + loc.name() + " → CAMEO " + finalCode;
    return new Draft(trigger, s, t, finalCode, status, date, loc, Math.max(0.1, Math.min(1, conf)), pattern);
  }

  private static boolean indirect(Mention m) {
    return m != null && m.resolution().indirect();
  }

  /** A meeting in the target's country is a visit; in the source's, hosting one; in neither's, a third location. */
  private static String meetingCode(Mention s, Mention t, Location loc) {
    if (loc.code() == null) {
      return CONSULT;
    }
    if (t != null && loc.code().equals(t.code())) {
      return VISIT;
    }
    boolean third = (s == null || !loc.code().equals(s.code()));
    return third ? THIRD_PLACE : HOST;
  }

  /** The first place named with "in", "at" or as a venue, preferring a city to its country. */
  private Location location(Mention target) {
    Mention city = null;
    Mention country = null;
    for (Mention m : tree.mentions()) {
      if (!m.place() || m == target) {
        continue;
      }
      if (m.via() == Via.COUNTRY) {
        country = country == null ? m : country;
      } else {
        city = city == null ? m : city;
      }
    }
    Mention best = city != null ? city : country;
    return best == null ? null : new Location(best.text(), best.code());
  }
}
