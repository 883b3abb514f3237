package org.dyad.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.dyad.model.Event;
import org.dyad.util.Json;

/** The contract's Event JSON, one object a line; extra values are added as string fields after the event's. */
final class JsonlFormat extends LineFormat {
  @Override
  public String name() {
    return "jsonl";
  }

  @Override
  public String description() {
    return "the contract's Event JSON, one event a line";
  }

  @Override
  public String contentType() {
    return "application/x-ndjson; charset=utf-8";
  }

  @Override
  public String extension() {
    return "jsonl";
  }

  @Override
  String header(List<String> extraColumns) {
    return null;
  }

  @Override
  String line(Event e, List<String> extraColumns, List<String> extras) {
    if (extraColumns.isEmpty()) {
      return Json.line(e);
    }
    ObjectNode o = Json.mapper().valueToTree(e);
    for (int i = 0; i < extraColumns.size(); i++) {
      o.put(extraColumns.get(i), extras.get(i));
    }
    return Json.line(o);
  }
}
