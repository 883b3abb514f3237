package org.dyad.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dyad.model.Event;
import org.dyad.model.EventActor;
import org.dyad.util.Tsv;

/**
 * CAMEO-coded events as tab-separated rows in the 20 columns of the ICEWS event files, with their header line:
 * Event Date is the event's day at day precision, else the publication day (ICEWS dates events by their story);
 * Source/Target Sectors and Country hold dyad's sector and country codes (ICEWS spells them out); Event Text is
 * the CAMEO 1.1b3 name of the code; Story ID is the article id and Sentence Number counts from 1; City holds the
 * place name dyad read and Country its code. Extra columns follow the 20.
 */
final class CameoFormat extends LineFormat {
  static final List<String> COLUMNS = List.of("Event ID", "Event Date", "Source Name", "Source Sectors",
      "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country",
      "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude");
  private static final Map<String, String> NAMES = names();

  @Override
  public String name() {
    return "cameo";
  }

  @Override
  public String description() {
    return "tab-separated CAMEO events in the 20 ICEWS columns, with a header line";
  }

  @Override
  public String contentType() {
    return "text/tab-separated-values; charset=utf-8";
  }

  @Override
  public String extension() {
    return "cameo.tsv";
  }

  @Override
  String header(List<String> extraColumns) {
    List<String> h = new ArrayList<>(COLUMNS);
    extraColumns.forEach(c -> h.add(tsvCell(c)));
    return String.join("\t", h);
  }

  @Override
  String line(Event e, List<String> extraColumns, List<String> extras) {
    List<Object> r = new ArrayList<>(Arrays.asList(e.id(), day(e)));
    r.addAll(actor(e.source()));
    r.addAll(Arrays.asList(NAMES.get(e.cameo()), e.cameo(), e.intensity()));
    r.addAll(actor(e.target()));
    r.addAll(Arrays.asList(e.articleId(), e.sentenceIndex() + 1, e.outlet(),
        e.location() == null ? null : e.location().name(), null, null,
        e.location() == null ? null : e.location().code(), null, null));
    r.addAll(extras);
    return String.join("\t", r.stream().map(LineFormat::tsvCell).toList());
  }

  private static List<Object> actor(EventActor a) {
    return a == null ? Arrays.asList(null, null, null)
        : Arrays.asList(a.name() == null ? a.text() : a.name(), a.sector(), a.code());
  }

  /** CAMEO code → name, from the coder's own table (code in column 1, name in column 5). */
  private static Map<String, String> names() {
    Map<String, String> m = new HashMap<>();
    for (String[] row : Tsv.read("/org/dyad/events/cameo.tsv", 5)) {
      m.put(Tsv.cell(row, 0), Tsv.cell(row, 4));
    }
    return m;
  }
}
