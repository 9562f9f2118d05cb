package org.creditgov.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.creditgov.core.data.DataProblem;

/**
 * A data format of the library (a catalog, publication regimes, a measure list, list types …), as
 * {@link Lint} reads and checks it: the service interface each module implements for its formats
 * and registers for {@link java.util.ServiceLoader} ({@code provides
 * org.creditgov.core.io.DataFormat with …} in its module-info, and a {@code
 * META-INF/services/org.creditgov.core.io.DataFormat} file for the class path). An implementation
 * has a public no-argument constructor and is thread-safe.
 *
 * <p>Linting reads each document alone ({@link #read}), then checks the values of every document of
 * the format that was read without problems together ({@link #problems}): what a registry of them
 * would refuse, such as two versions of one layer in force on a common day, or a catalog item naming
 * a regime series no regimes document defines (a format may consult the values of other formats
 * through the {@link Context}).
 *
 * @param <T> the type of the values a document holds (a catalog, a publication regime …); a
 *     document may hold several (a regimes file holds every regime of its series)
 */
public interface DataFormat<T> {

  /**
   * The versions of the format this reads, oldest first, as {@link DocumentRead#of} takes them: a
   * document is of this format when its {@code format} key names one of them.
   */
  List<DocumentRead.Format> versions();

  /** The type of the values a document of the format holds. */
  Class<T> valueType();

  /**
   * The names of the documents of this format bundled with the library, which lint reads under
   * {@code bundled:<name>} straight from the jar ({@code publication-regimes}, {@code national-2024}).
   */
  default ImmutableSet<String> bundled() {
    return ImmutableSet.of();
  }

  /**
   * The text of the bundled document {@code name}.
   *
   * @throws IllegalArgumentException if the format bundles no document of that name
   */
  default String bundledText(String name) {
    throw new IllegalArgumentException("no bundled document " + name);
  }

  /**
   * Reads one document of this format: the values it holds when it has no problem, else every
   * problem it has (located) and no value. Never throws for bad data.
   */
  Read<T> read(JsonDocument document);

  /**
   * The problems between {@code values}, the values of every document of this format read without
   * problems, as a registry of them would refuse them; each is located in the source it concerns.
   */
  List<DataProblem> problems(List<T> values, Context context);

  /**
   * What reading one document gave: its values, or its problems.
   *
   * @param values the values, empty when there are problems
   * @param problems every problem, located; empty when the document is valid
   * @param <T> the type of the values
   */
  record Read<T>(ImmutableList<T> values, ImmutableList<DataProblem> problems) {
    /** Checks for nulls; values only without problems. */
    public Read {
      requireNonNull(values, "values");
      requireNonNull(problems, "problems");
      if (!problems.isEmpty() && !values.isEmpty()) {
        throw new IllegalArgumentException("a document with problems yields no value");
      }
    }

    /** The values of a valid document. */
    public static <T> Read<T> of(List<? extends T> values) {
      return new Read<>(ImmutableList.copyOf(values), ImmutableList.of());
    }

    /** The problems of an invalid document. */
    public static <T> Read<T> refused(List<DataProblem> problems) {
      return new Read<>(ImmutableList.of(), ImmutableList.copyOf(problems));
    }
  }

  /** The values of the other documents being linted together, for rules across formats. */
  interface Context {
    /** The values of type {@code type} (or a subtype) of every document read without problems. */
    <U> ImmutableList<U> values(Class<U> type);

    /**
     * Whether every document whose format holds values of {@code type} was read without problems:
     * when one was not, a rule that needs all of them (every regime series, say) should not run,
     * lest it report what the broken document would have supplied.
     */
    boolean complete(Class<?> type);
  }
}
