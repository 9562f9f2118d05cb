package org.creditgov.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * A {@link DataFormat} whose documents are read one file at a time by the format's own reader (which
 * refuses a file with one {@link ReferenceDataException} listing every problem), with the rules
 * between files of {@link #across} and the bundled documents a lint may name. A module registers a
 * format by a subclass with a public no-argument constructor, listed with {@code provides
 * org.creditgov.core.io.DataFormat with …} in its module descriptor.
 *
 * @param <T> the value one document holds
 */
public abstract class FileFormat<T> implements DataFormat<T> {

  /** The format's reader: a whole value or one exception listing every problem. */
  @FunctionalInterface
  public interface Reader<T> {
    /**
     * The value of {@code json} read from {@code source}.
     *
     * @throws ReferenceDataException (the format's subtype) listing every problem of the document
     */
    T read(String json, String source);
  }

  private final DocumentRead.Format format;
  private final Class<T> type;
  private final Reader<T> reader;
  private final ImmutableMap<String, Supplier<String>> bundled;

  /**
   * A format of one version.
   *
   * @param bundled the bundled documents by the name a lint knows them by, each as its text
   * @throws NullPointerException if an argument is null
   */
  protected FileFormat(DocumentRead.Format format, Class<T> type, Reader<T> reader, Map<String, Supplier<String>> bundled) {
    this.format = requireNonNull(format, "format");
    this.type = requireNonNull(type, "type");
    this.reader = requireNonNull(reader, "reader");
    this.bundled = ImmutableMap.copyOf(bundled);
  }

  @Override
  public final List<DocumentRead.Format> versions() {
    return List.of(format);
  }

  @Override
  public final Class<T> valueType() {
    return type;
  }

  @Override
  public final ImmutableSet<String> bundled() {
    return bundled.keySet();
  }

  @Override
  public final String bundledText(String name) {
    Supplier<String> text = bundled.get(requireNonNull(name, "name"));
    if (text == null) {
      throw new IllegalArgumentException("no bundled " + format.name() + " document " + name + "; bundled: " + bundled.keySet());
    }
    return text.get();
  }

  @Override
  public final Read<T> read(JsonDocument document) {
    try {
      return Read.of(List.of(reader.read(document.text(), document.source())));
    } catch (ReferenceDataException e) {
      return Read.refused(e.problems());
    }
  }

  @Override
  public final List<DataProblem> problems(List<T> values, Context context) {
    return across(values);
  }

  /** The problems between the documents read (duplicate ids, overlapping versions …); none by default. */
  protected List<DataProblem> across(List<T> values) {
    return List.of();
  }

  @Override
  public final String toString() {
    return format.name();
  }
}
