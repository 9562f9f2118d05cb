package org.creditgov.core.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The canonical JSON of catalog values nested in other forms (CAT-1, CAT-6): {@link #FIELD_VALUE},
 * the value of one field of a {@link org.creditgov.core.catalog.CreditRecord}, keyed by its type —
 * {@code {"text": "…"}}, {@code {"integer": 3}}, {@code {"long": 3}}, {@code {"decimal": "5000.00"}}
 * (a decimal string, scale kept), {@code {"date": "2026-01-31"}} or {@code {"boolean": true}} — as a
 * request that carries records and the disclosure answer that shows them write it; and {@link
 * #FIELDS}, a record's fields, an object of such values by field name.
 */
public final class CatalogJson {

  private CatalogJson() {}

  /**
   * A record's field value keyed by its type. Writing a value of another Java type is an {@link
   * IllegalArgumentException}; reading an object without exactly one known key is one located problem.
   */
  public static final JsonCodec<Object> FIELD_VALUE = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Object v) {
      out.startObject();
      if (v instanceof String s) {
        out.string("text", s);
      } else if (v instanceof Integer i) {
        out.number("integer", i);
      } else if (v instanceof Long l) {
        out.number("long", l);
      } else if (v instanceof java.math.BigDecimal d) {
        out.amount("decimal", d);
      } else if (v instanceof java.time.LocalDate d) {
        out.date("date", d);
      } else if (v instanceof Boolean b) {
        out.bool("boolean", b);
      } else {
        throw new IllegalArgumentException("a field value of type " + v.getClass().getName() + " has no JSON form");
      }
      out.endObject();
    }

    @Override
    public Object read(JsonReader in) {
      in.startObject();
      String kind = in.nextName();
      if (kind == null) {
        throw in.invalid("字段值须写明其种类与值，如 {\"text\": \"罚款\"}", "a field value states its kind and value, such as {\"text\": \"fine\"}");
      }
      Object v = switch (kind) {
        case "text" -> in.string();
        case "integer" -> in.intNumber(Integer.MIN_VALUE, Integer.MAX_VALUE);
        case "long" -> in.number(Long.MIN_VALUE, Long.MAX_VALUE);
        case "decimal" -> in.amount();
        case "date" -> in.date();
        case "boolean" -> in.bool();
        default -> throw in.unknownKey(kind);
      };
      String more = in.nextName();
      if (more != null) {
        throw in.unknownKey(more);
      }
      return v;
    }
  };

  /**
   * A record's fields: an object of {@link #FIELD_VALUE}s by field name, written in the map's
   * order, read into an unmodifiable map in the document's order.
   */
  public static final JsonCodec<Map<String, Object>> FIELDS = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Map<String, Object> fields) {
      out.startObject();
      fields.forEach((name, value) -> out.value(name, value, FIELD_VALUE));
      out.endObject();
    }

    @Override
    public Map<String, Object> read(JsonReader in) {
      Map<String, Object> fields = new LinkedHashMap<>();
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        fields.put(name, in.value(FIELD_VALUE));
      }
      return Collections.unmodifiableMap(fields);
    }
  };
}
