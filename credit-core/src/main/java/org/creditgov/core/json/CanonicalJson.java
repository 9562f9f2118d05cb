package org.creditgov.core.json;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A canonical document in the JSON Canonicalization Scheme (RFC 8785, JCS), as credit-audit's
 * entries carry a payload (SEC-1, SEC-2): the members of every object in the order of their names'
 * UTF-16 code units (the {@code format} key among them, not first), no insignificant whitespace,
 * strings with only the escapes JCS writes ({@code \" \\ \b \f \n \r \t}, and the six-character
 * escape of {@code u00} and two lower-case hex digits for the other control characters; everything
 * else as it is).
 *
 * <p>{@link JsonForm#encode} guarantees less: it is deterministic, but writes members in the form's
 * order and escapes control characters as Jackson does (upper-case hex digits), so its text is not
 * canonical. {@link JsonForm#decode} reads the canonical text back (a document whose {@code format}
 * key is not first is read as a tree) — but sorting loses what the order of an object's members
 * says: the facts of a finding, an object keyed by name in the check's order, read back in the
 * order of their names. A form whose objects' order means nothing (the query log's entries) reads
 * back equal; for one with facts, keep the form's own text beside the canonical one. Numbers: the forms write only whole numbers, which JCS
 * writes as their digits; a document with a fraction or an exponent has no canonical text here.
 * Thread-safe.
 */
public final class CanonicalJson {

  private static final JsonFactory JCS = JsonFactory.builder().characterEscapes(new JcsEscapes()).build();
  private static final JsonMapper TREES = JsonMapper.builder().build();

  private CanonicalJson() {}

  /**
   * The document of {@code value} in {@code form}, canonical (RFC 8785).
   *
   * @throws IllegalArgumentException if the value cannot be written in the form
   * @throws NullPointerException if an argument is null
   */
  public static <T> String encode(JsonForm<T> form, T value) {
    return of(requireNonNull(form, "form").encode(value));
  }

  /**
   * {@code json}, one JSON value with whole numbers only, in its canonical text (RFC 8785).
   *
   * @throws IllegalArgumentException if the text is not JSON or holds a number with a fraction or an exponent
   * @throws NullPointerException if {@code json} is null
   */
  public static String of(String json) {
    JsonNode tree;
    try {
      tree = TREES.readTree(requireNonNull(json, "json"));
    } catch (tools.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new IllegalArgumentException("not JSON: no value");
    }
    BufferRecycler buffers = JCS._getBufferRecycler();
    try (SegmentedStringWriter w = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator g = JCS.createGenerator(ObjectWriteContext.empty(), w)) {
        write(g, tree);
      }
      return w.getAndClear();
    } finally {
      buffers.releaseToPool();
    }
  }

  /**
   * {@code text} as one canonical JSON string (RFC 8785's escapes): how a document whose members'
   * order carries meaning (the facts of a finding, in declaration order) rides in an audit entry's
   * payload without being sorted.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String quoted(String text) {
    requireNonNull(text, "text");
    BufferRecycler buffers = JCS._getBufferRecycler();
    try (SegmentedStringWriter w = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator g = JCS.createGenerator(ObjectWriteContext.empty(), w)) {
        g.writeString(text);
      }
      return w.getAndClear();
    } finally {
      buffers.releaseToPool();
    }
  }

  /**
   * The text of one JSON string, the inverse of {@link #quoted}.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON string
   * @throws NullPointerException if {@code json} is null
   */
  public static String unquoted(String json) {
    JsonNode n;
    try {
      n = TREES.readTree(requireNonNull(json, "json"));
    } catch (tools.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("not a JSON string", e);
    }
    if (n == null || !n.isString()) {
      throw new IllegalArgumentException("not a JSON string");
    }
    return n.asString();
  }

  private static void write(JsonGenerator g, JsonNode n) {
    if (n.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>(n.properties());
      members.sort(Map.Entry.comparingByKey()); // String order is the order of UTF-16 code units, as JCS sorts
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> m : members) {
        g.writeName(m.getKey());
        write(g, m.getValue());
      }
      g.writeEndObject();
    } else if (n.isArray()) {
      g.writeStartArray();
      for (JsonNode e : n) {
        write(g, e);
      }
      g.writeEndArray();
    } else if (n.isString()) {
      g.writeString(n.asString());
    } else if (n.isIntegralNumber()) {
      g.writeNumber(n.bigIntegerValue());
    } else if (n.isBoolean()) {
      g.writeBoolean(n.booleanValue());
    } else if (n.isNull()) {
      g.writeNull();
    } else {
      throw new IllegalArgumentException("no canonical text here for the number " + n);
    }
  }

  /** JCS's escapes: the short ones, and u00 with two lower-case hex digits for the other control characters. */
  private static final class JcsEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] codes;

    JcsEscapes() {
      codes = standardAsciiEscapesForJSON();
      for (int c = 0; c < 0x20; c++) {
        codes[c] = ESCAPE_CUSTOM;
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return codes;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return switch (ch) {
        case '\b' -> new SerializedString("\\b");
        case '\f' -> new SerializedString("\\f");
        case '\n' -> new SerializedString("\\n");
        case '\r' -> new SerializedString("\\r");
        case '\t' -> new SerializedString("\\t");
        default -> ch < 0x20
            ? new SerializedString("\\u00" + Character.forDigit(ch >> 4, 16) + Character.forDigit(ch & 15, 16))
            : null; // written as it is (the quote and the backslash keep their standard escapes)
      };
    }
  }
}
