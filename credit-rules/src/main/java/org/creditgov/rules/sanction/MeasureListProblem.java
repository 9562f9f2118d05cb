package org.creditgov.rules.sanction;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * One problem in measure-list or incentive-list data, in the shape of the catalog's {@code
 * CatalogProblem}: where it is (a source such as a file name, a JSON pointer into it, and the line
 * and column where the parser knows them), a stable {@link Reason} and a message in English. A
 * {@link MeasureListFormatException} lists every problem found (SAN-1, SAN-2, INC-1).
 *
 * <p>List data holds no personal data, so messages may quote the offending value.
 */
@Value.Immutable
@CreditStyle
public abstract class MeasureListProblem {

  MeasureListProblem() {} // subclassed only by the generated ImmutableMeasureListProblem

  /** Why list data is refused; stable codes for tools. */
  public enum Reason {
    /** The text is not well-formed JSON. */
    MALFORMED_JSON,
    /** The file could not be read. */
    UNREADABLE,
    /** The {@code format} key names a format this library does not know. */
    UNKNOWN_FORMAT_VERSION,
    /** A JSON value has the wrong type. */
    WRONG_JSON_TYPE,
    /** A mandatory key is missing. */
    MISSING_KEY,
    /** A key the format does not define (often a typo). */
    UNKNOWN_KEY,
    /** An object has the same key twice. */
    DUPLICATE_KEY,
    /** An enumerated value is not one of the allowed constants. */
    UNKNOWN_ENUM_VALUE,
    /** A value is not valid (a blank name, a bad code, date, period or division code …). */
    INVALID_VALUE,
    /** A legal basis refers by key to an instrument the file does not declare. */
    UNKNOWN_INSTRUMENT,
    /** Two measures (or incentives) of a list have the same code. */
    DUPLICATE_CODE,
    /** A measure's kind and the kinds of body that implement it do not fit together. */
    BODY_KIND_MISMATCH,
    /** No legal basis reaches the level required (SAN-2, LB-2). */
    BASIS_BELOW_REQUIRED_LEVEL,
    /** A local instrument of a jurisdiction outside the list's own chain is cited. */
    BASIS_OF_OTHER_JURISDICTION,
    /** A supplement redefines a measure of a higher layer in force at the same time (SAN-1). */
    REDEFINES_HIGHER_LAYER_MEASURE,
    /** Two versions of the same layer are in force on a common day. */
    OVERLAPPING_VERSIONS,
    /** Two lists have the same id. */
    DUPLICATE_ID
  }

  /**
   * A problem at {@code pointer} in {@code source}, without a line and column.
   *
   * @throws NullPointerException if an argument is null
   */
  public static MeasureListProblem of(Reason reason, String source, String pointer, String message) {
    return ImmutableMeasureListProblem.builder()
        .reason(requireNonNull(reason, "reason"))
        .source(requireNonNull(source, "source"))
        .pointer(requireNonNull(pointer, "pointer"))
        .message(requireNonNull(message, "message"))
        .build();
  }

  /**
   * A problem at {@code pointer} in {@code source}, at a 1-based line and column of the text.
   *
   * @throws NullPointerException if an argument is null
   */
  public static MeasureListProblem of(Reason reason, String source, String pointer, int line, int column, String message) {
    return ImmutableMeasureListProblem.builder()
        .reason(requireNonNull(reason, "reason"))
        .source(requireNonNull(source, "source"))
        .pointer(requireNonNull(pointer, "pointer"))
        .line(line)
        .column(column)
        .message(requireNonNull(message, "message"))
        .build();
  }

  /** The stable reason. */
  public abstract Reason reason();

  /** Where the data came from: a file name, a resource, or a list id for data built in code. */
  public abstract String source();

  /** The RFC 6901 JSON pointer of the offending value ({@code ""} for the whole document). */
  public abstract String pointer();

  /** The 1-based line in the source text, where known. */
  public abstract OptionalInt line();

  /** The 1-based column in the source text, where known. */
  public abstract OptionalInt column();

  /** What is wrong, in English. */
  public abstract String message();

  /**
   * The same problem placed inside another document: {@code source} replaces the source and
   * {@code pointerPrefix} goes before the pointer (a loader places the problems a domain type
   * reports about itself into the file it came from).
   */
  public MeasureListProblem relocated(String source, String pointerPrefix) {
    ImmutableMeasureListProblem.Builder b = ImmutableMeasureListProblem.builder()
        .reason(reason()).source(source).pointer(pointerPrefix + pointer()).message(message());
    line().ifPresent(b::line);
    column().ifPresent(b::column);
    return b.build();
  }

  /** The same problem at a line and column. */
  public MeasureListProblem at(int line, int column) {
    return of(reason(), source(), pointer(), line, column, message());
  }

  /** {@code source#pointer (line:column) [REASON] message}: one line, for logs and CI output. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source()).append('#').append(pointer());
    if (line().isPresent()) {
      s.append(" (").append(line().getAsInt());
      column().ifPresent(c -> s.append(':').append(c));
      s.append(')');
    }
    return s.append(" [").append(reason()).append("] ").append(message()).toString();
  }
}
