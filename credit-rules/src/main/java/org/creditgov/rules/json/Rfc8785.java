package org.creditgov.rules.json;

import java.io.StringWriter;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Texts as canonical JSON strings, as credit-audit's entries require of their payloads (RFC 8785,
 * JCS; SEC-2): Jackson writes the string, with only the escapes RFC 8785 writes (the short ones
 * for quote, backslash, backspace, form feed, newline, carriage return and tab, a six-character
 * escape in lower-case hex for the other control characters, nothing else escaped).
 */
public final class Rfc8785 {

  private Rfc8785() {}

  private static final JsonMapper TREES = JsonMapper.builder().build();

  private static final CharacterEscapes LOWER_CASE_CONTROLS = new CharacterEscapes() {
    private static final long serialVersionUID = 1L;
    private final int[] table = standardAsciiEscapesForJSON();
    private final SerializableString[] controls = new SerializableString[0x20];

    {
      for (int c = 0; c < 0x20; c++) {
        if ("\b\t\n\f\r".indexOf(c) < 0) {
          table[c] = ESCAPE_CUSTOM;
          controls[c] = new SerializedString(String.format("\\u%04x", c));
        }
      }
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return table;
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      return ch < 0x20 ? controls[ch] : null;
    }
  };

  private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(LOWER_CASE_CONTROLS).build();

  /**
   * {@code text} as one canonical JSON string (RFC 8785 escapes): how a document whose member
   * order carries meaning (the facts of a finding are in declaration order) rides in an audit entry.
   *
   * @throws NullPointerException if {@code text} is null
   */
  public static String quoted(String text) {
    java.util.Objects.requireNonNull(text, "text");
    StringWriter out = new StringWriter(text.length() + 16);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeString(text);
    }
    return out.toString();
  }

  /**
   * The text of one JSON string, the inverse of {@link #quoted}.
   *
   * @throws IllegalArgumentException if {@code json} is not one JSON string
   */
  public static String unquoted(String json) {
    JsonNode n;
    try {
      n = TREES.readTree(json);
    } catch (tools.jackson.core.JacksonException e) {
      throw new IllegalArgumentException("not a JSON string");
    }
    if (n == null || !n.isString()) {
      throw new IllegalArgumentException("not a JSON string");
    }
    return n.asString();
  }
}
