package org.dyad.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.model.EventDates;
import org.dyad.util.Json;

/**
 * Events as PLOVER JSON records, one a line (the PLOVER manual suggests JSONL), with the field names of the PLOVER
 * gold-standard records (PLOVER 0.5b1 / manual draft 0.6b1, Open Event Data Alliance): {@code id}, {@code date},
 * {@code source} and {@code target} as lists of actors with {@code actorText}, {@code code} and {@code sector},
 * {@code event}, {@code mode}, {@code context}, {@code eventText}, {@code eventLoc}, {@code text},
 * {@code textInfo}, {@code publication}, {@code coder}. The manual's data-fields chapter adds {@code enddate},
 * {@code quadCode} and {@code eventScale}; providers may add fields of their own, and dyad adds {@code name},
 * {@code cameo}, {@code status}, {@code datePrecision}, {@code dateText}, {@code confidence}, {@code articleId},
 * {@code published} and {@code storyId}. README.md gives the mapping field by field.
 */
final class PloverFormat extends LineFormat {
  // PLOVER's quad categories (README of openeventdata/PLOVER), by dyad's type names: REQUEST is PLOVER's DEMAND
  // and ACCUSE its DISAPPROVE in the 2021 draft
  private static final Map<String, Integer> QUAD = Map.ofEntries(Map.entry("AGREE", 1), Map.entry("CONSULT", 1),
      Map.entry("SUPPORT", 1), Map.entry("CONCEDE", 1), Map.entry("COOPERATE", 2), Map.entry("AID", 2),
      Map.entry("RETREAT", 2), Map.entry("REQUEST", 3), Map.entry("ACCUSE", 3), Map.entry("REJECT", 3),
      Map.entry("THREATEN", 3), Map.entry("SANCTION", 3), Map.entry("PROTEST", 4), Map.entry("MOBILIZE", 4),
      Map.entry("COERCE", 4), Map.entry("ASSAULT", 4));

  @Override
  public String name() {
    return "plover";
  }

  @Override
  public String description() {
    return "PLOVER JSON records (source/target with actorText, event, mode, eventText, text, publication …), one a line";
  }

  @Override
  public String contentType() {
    return "application/x-ndjson; charset=utf-8";
  }

  @Override
  public String extension() {
    return "plover.jsonl";
  }

  @Override
  String header(List<String> extraColumns) {
    return null;
  }

  @Override
  String line(Event e, List<String> extraColumns, List<String> extras) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("id", e.id());
    // PLOVER dates are days: a coarser dyad date is the first and last day it covers
    LocalDate[] range = EventDates.range(e.date());
    o.put("date", range == null ? null : range[0].toString());
    o.put("enddate", range == null || range[0].equals(range[1]) ? null : range[1].toString());
    o.set("source", actors(e.source()));
    o.set("target", actors(e.target()));
    o.put("event", e.plover());
    o.put("mode", e.mode());
    o.putNull("context"); // dyad does not code PLOVER contexts
    o.putNull("eventText"); // the trigger words are in --explain, not in the stored event
    o.put("quadCode", QUAD.get(e.plover()));
    o.put("eventScale", e.intensity());
    o.set("eventLoc", location(e));
    o.put("text", e.sentence());
    ObjectNode info = o.putObject("textInfo");
    info.put("sequence", e.sentenceIndex());
    info.put("start", e.span().get(0));
    info.put("end", e.span().get(1));
    o.put("publication", e.outlet());
    o.put("coder", "dyad");
    o.put("cameo", e.cameo());
    o.put("status", e.status());
    o.put("datePrecision", e.datePrecision());
    o.put("dateText", e.dateText());
    o.put("confidence", e.confidence());
    o.put("articleId", e.articleId());
    o.put("published", e.published());
    o.put("storyId", e.storyId());
    for (int i = 0; i < extraColumns.size(); i++) {
      o.put(extraColumns.get(i), extras.get(i));
    }
    return Json.line(o);
  }

  /** A PLOVER actor list: one entity, or empty when the side is unknown. */
  private static ArrayNode actors(EventActor a) {
    ArrayNode list = Json.mapper().createArrayNode();
    if (a != null) {
      ObjectNode x = list.addObject();
      x.put("actorText", a.text());
      x.put("code", a.code());
      x.put("sector", a.sector());
      x.put("name", a.name());
    }
    return list;
  }

  private static ObjectNode location(Event e) {
    if (e.location() == null) {
      return null;
    }
    ObjectNode loc = Json.mapper().createObjectNode();
    loc.put("name", e.location().name());
    loc.put("code", e.location().code());
    return loc;
  }
}
