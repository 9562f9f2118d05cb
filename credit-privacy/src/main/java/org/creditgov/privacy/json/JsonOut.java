package org.creditgov.privacy.json;

import com.google.common.collect.Multimap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.time.EffectivePeriod;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes one canonical document: UTF-16 text of compact JSON, strings escaped as RFC 8785 (JCS)
 * writes them (the short escapes, {@code \\u00xx} in lower case for other control characters, all
 * else as is), so that a form written with its members in code-point order is canonical JSON as
 * the audit log stores it. Not thread-safe: one per document.
 */
final class JsonOut {

  private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new Jcs()).build();

  private final StringWriter text = new StringWriter(256);
  private final JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), text);

  JsonGenerator generator() {
    return g;
  }

  @CanIgnoreReturnValue

  JsonOut start() {
    g.writeStartObject();
    return this;
  }

  @CanIgnoreReturnValue

  JsonOut end() {
    g.writeEndObject();
    return this;
  }

  @CanIgnoreReturnValue

  JsonOut name(String name) {
    g.writeName(name);
    return this;
  }

  @CanIgnoreReturnValue

  JsonOut string(String name, String value) {
    g.writeName(name);
    g.writeString(value);
    return this;
  }

  @CanIgnoreReturnValue

  JsonOut string(String name, Optional<String> value) {
    if (value.isPresent()) {
      string(name, value.get());
    }
    return this;
  }

  @CanIgnoreReturnValue

  JsonOut number(String name, long value) {
    g.writeName(name);
    g.writeNumber(value);
    return this;
  }

  @CanIgnoreReturnValue

  JsonOut bool(String name, boolean value) {
    g.writeName(name);
    g.writeBoolean(value);
    return this;
  }

  @CanIgnoreReturnValue

  JsonOut instant(String name, Instant value) {
    return string(name, value.toString());
  }

  @CanIgnoreReturnValue

  JsonOut date(String name, LocalDate value) {
    return string(name, value.toString());
  }

  @CanIgnoreReturnValue

  JsonOut period(String name, Period value) {
    return string(name, value.toString());
  }

  @CanIgnoreReturnValue

  JsonOut constant(String name, Enum<?> value) {
    return string(name, value.name());
  }

  @CanIgnoreReturnValue

  JsonOut strings(String name, Collection<String> values) {
    g.writeName(name);
    g.writeStartArray();
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
    return this;
  }

  @CanIgnoreReturnValue

  JsonOut constants(String name, Collection<? extends Enum<?>> values) {
    List<String> names = new ArrayList<>(values.size());
    values.forEach(v -> names.add(v.name()));
    return strings(name, names);
  }

  /** Item codes to field names, keys in code-point order, values in their order. */
  @CanIgnoreReturnValue
  JsonOut fields(String name, Multimap<String, String> fields) {
    g.writeName(name);
    g.writeStartObject();
    List<String> keys = new ArrayList<>(fields.keySet());
    keys.sort(null);
    for (String k : keys) {
      strings(k, fields.get(k));
    }
    g.writeEndObject();
    return this;
  }

  /** A legal basis in full (the {@code common-1} legalBasis shape), members in code-point order. */
  @CanIgnoreReturnValue
  JsonOut legalBasis(String name, LegalBasis b) {
    g.writeName(name);
    legalBasis(b);
    return this;
  }

  void legalBasis(LegalBasis b) {
    start();
    string("article", b.article());
    string("documentNumber", b.documentNumber());
    effective("effective", b.effective());
    string("issuer", b.issuer());
    b.jurisdiction().ifPresent(j -> string("jurisdiction", j.code()));
    constant("level", b.level());
    string("title", b.title());
    end();
  }

  @CanIgnoreReturnValue

  JsonOut effective(String name, EffectivePeriod e) {
    g.writeName(name);
    start();
    date("from", e.from());
    e.until().ifPresent(u -> date("until", u));
    return end();
  }

  /** The text written, with one newline at the end for a document, none for a payload. */
  String text(boolean newline) {
    g.close();
    return newline ? text + "\n" : text.toString();
  }

  /** JCS's escapes: the short ones, and lower-case {@code \\u00xx} for the other control characters. */
  private static final class Jcs extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] codes;

    Jcs() {
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
    public @org.jspecify.annotations.Nullable SerializableString getEscapeSequence(int ch) {
      if (ch >= 0x20) {
        return null; // written as it is (the quote and the backslash have their standard escapes)
      }
      switch (ch) {
        case '\b':
          return new SerializedString("\\b");
        case '\f':
          return new SerializedString("\\f");
        case '\n':
          return new SerializedString("\\n");
        case '\r':
          return new SerializedString("\\r");
        case '\t':
          return new SerializedString("\\t");
        default:
          return new SerializedString("\\u00" + Character.forDigit(ch >> 4, 16) + Character.forDigit(ch & 15, 16));
      }
    }
  }
}
