package org.creditgov.core.json;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Writes one canonical document for a {@link JsonCodec}, over Jackson's streaming generator, in the
 * conventions of the forms: the {@code format} key first in the document's object, enums by
 * constant name, dates {@code YYYY-MM-DD}, instants in UTC with {@code Z}, periods ISO-8601,
 * amounts as decimal strings, absent values and empty lists left out. Not thread-safe: one per
 * document.
 */
public final class JsonWriter {

  private final JsonGenerator g;
  private final boolean messages;
  private @Nullable String format;

  JsonWriter(JsonGenerator g, boolean messages, @Nullable String format) {
    this.g = g;
    this.messages = messages;
    this.format = format;
  }

  /** Whether derivable message texts are written too (they are optional in every form). */
  public boolean messages() {
    return messages;
  }

  /** The generator, for what these methods do not cover. */
  public JsonGenerator generator() {
    return g;
  }

  /** Starts an object; the document's own object starts with its {@code format} key. */
  @CanIgnoreReturnValue
  public JsonWriter startObject() {
    g.writeStartObject();
    if (format != null) {
      g.writeStringProperty("format", format);
      format = null;
    }
    return this;
  }

  /** Ends an object. */
  @CanIgnoreReturnValue
  public JsonWriter endObject() {
    g.writeEndObject();
    return this;
  }

  /** Writes a property name: a value, an object or an array follows. */
  @CanIgnoreReturnValue
  public JsonWriter name(String name) {
    g.writeName(name);
    return this;
  }

  /** A text. */
  @CanIgnoreReturnValue
  public JsonWriter string(String name, String value) {
    g.writeStringProperty(name, requireNonNull(value, name));
    return this;
  }

  /** A text, if present. */
  @CanIgnoreReturnValue
  public JsonWriter string(String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
    return this;
  }

  /** A whole number. */
  @CanIgnoreReturnValue
  public JsonWriter number(String name, long value) {
    g.writeNumberProperty(name, value);
    return this;
  }

  /** A whole number, if present. */
  @CanIgnoreReturnValue
  public JsonWriter number(String name, OptionalInt value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsInt());
    }
    return this;
  }

  /** A boolean. */
  @CanIgnoreReturnValue
  public JsonWriter bool(String name, boolean value) {
    g.writeBooleanProperty(name, value);
    return this;
  }

  /** A boolean, only when true (false is the reader's default). */
  @CanIgnoreReturnValue
  public JsonWriter trueOnly(String name, boolean value) {
    if (value) {
      g.writeBooleanProperty(name, true);
    }
    return this;
  }

  /** A date, {@code YYYY-MM-DD}. */
  @CanIgnoreReturnValue
  public JsonWriter date(String name, LocalDate value) {
    g.writeStringProperty(name, Iso.format(value));
    return this;
  }

  /** A date, if present. */
  @CanIgnoreReturnValue
  public JsonWriter date(String name, Optional<LocalDate> value) {
    if (value.isPresent()) {
      date(name, value.get());
    }
    return this;
  }

  /** An instant, ISO-8601 in UTC with {@code Z}. */
  @CanIgnoreReturnValue
  public JsonWriter instant(String name, Instant value) {
    g.writeStringProperty(name, Iso.format(value));
    return this;
  }

  /** A period, ISO-8601 ({@code P3Y}). */
  @CanIgnoreReturnValue
  public JsonWriter period(String name, Period value) {
    g.writeStringProperty(name, value.toString());
    return this;
  }

  /** A period, if present. */
  @CanIgnoreReturnValue
  public JsonWriter period(String name, Optional<Period> value) {
    if (value.isPresent()) {
      period(name, value.get());
    }
    return this;
  }

  /** An amount as a decimal string ({@code "5000.00"}), its scale kept. */
  @CanIgnoreReturnValue
  public JsonWriter amount(String name, BigDecimal value) {
    g.writeStringProperty(name, decimal(value));
    return this;
  }

  static String decimal(BigDecimal value) {
    return value.scale() >= 0 ? value.toPlainString() : value.toString();
  }

  /** An enum constant by its name. */
  @CanIgnoreReturnValue
  public JsonWriter constant(String name, Enum<?> value) {
    g.writeStringProperty(name, value.name());
    return this;
  }

  /** An enum constant by its name, if present. */
  @CanIgnoreReturnValue
  public JsonWriter constant(String name, Optional<? extends Enum<?>> value) {
    if (value.isPresent()) {
      constant(name, value.get());
    }
    return this;
  }

  /** A value of {@code codec}. */
  @CanIgnoreReturnValue
  public <T> JsonWriter value(String name, T value, JsonCodec<T> codec) {
    g.writeName(name);
    codec.write(this, value);
    return this;
  }

  /** A value of {@code codec}, if present. */
  @CanIgnoreReturnValue
  public <T> JsonWriter value(String name, Optional<T> value, JsonCodec<T> codec) {
    if (value.isPresent()) {
      value(name, value.get(), codec);
    }
    return this;
  }

  /** A list of values of {@code codec}; left out when empty. */
  @CanIgnoreReturnValue
  public <T> JsonWriter list(String name, List<? extends T> values, JsonCodec<T> codec) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (int i = 0, n = values.size(); i < n; i++) {
        codec.write(this, values.get(i));
      }
      g.writeEndArray();
    }
    return this;
  }

  /** A list of texts, in order; left out when empty. */
  @CanIgnoreReturnValue
  public JsonWriter strings(String name, Collection<String> values) {
    if (!values.isEmpty()) {
      g.writeName(name);
      g.writeStartArray();
      for (String s : values) {
        g.writeString(s);
      }
      g.writeEndArray();
    }
    return this;
  }
}
