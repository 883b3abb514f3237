package org.dyad.util;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON mapper: records to snake_case JSON as in the contract, nulls kept. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .setSerializationInclusion(JsonInclude.Include.ALWAYS)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private Json() {}

  /** The shared mapper; thread-safe once configured. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** One object as a single JSON line. */
  public static String line(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }
}
