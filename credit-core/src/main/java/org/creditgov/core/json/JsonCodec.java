package org.creditgov.core.json;

/**
 * How one type is written and read as a JSON value nested in a canonical document (without a
 * {@code format} key): hand-written over Jackson's streaming API through {@link JsonWriter} and
 * {@link JsonReader}. A {@link JsonForm} makes a codec a document form. Implementations are
 * stateless and thread-safe; {@link #read} checks what the type needs and fails through the
 * reader's problem methods.
 *
 * @param <T> the type
 */
public interface JsonCodec<T> {

  /**
   * Writes {@code value} as one JSON value.
   *
   * @throws IllegalArgumentException if the value cannot be written in the form (a fact of a kind
   *     the form does not know, say)
   */
  void write(JsonWriter out, T value);

  /**
   * Reads one JSON value.
   *
   * @throws JsonFormException if the value is not of the form
   */
  T read(JsonReader in);
}
