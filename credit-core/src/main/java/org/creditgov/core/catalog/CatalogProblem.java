package org.creditgov.core.catalog;

import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * One problem in catalog data: where it is (a source such as a file name, a JSON pointer into it,
 * and the line and column where the parser knows them), a stable {@link Reason} and a message in
 * English. A {@link CatalogFormatException} lists every problem found; {@code
 * CatalogJson.lint} returns them as data, for editors and CI (CAT-2, CAT-3, CAT-4).
 *
 * <p>Catalog data holds no personal data, so messages may quote the offending value.
 */
@Value.Immutable
@CreditStyle
public abstract class CatalogProblem {

  CatalogProblem() {} // subclassed only by the generated ImmutableCatalogProblem

  /** Why catalog data is refused; stable codes for tools. */
  public enum Reason {
    /** The text is not well-formed JSON. */
    MALFORMED_JSON,
    /** The file could not be read. */
    UNREADABLE,
    /** The {@code format} key names a format this library does not know. */
    UNKNOWN_FORMAT_VERSION,
    /** A JSON value has the wrong type (a string where an object belongs …). */
    WRONG_JSON_TYPE,
    /** A mandatory key is missing. */
    MISSING_KEY,
    /** A key the format does not define (often a typo). */
    UNKNOWN_KEY,
    /** An object has the same key twice. */
    DUPLICATE_KEY,
    /** An enumerated value is not one of the allowed constants. */
    UNKNOWN_ENUM_VALUE,
    /** A value is not valid (a blank name, a malformed date, a bad division code …). */
    INVALID_VALUE,
    /** A legal basis refers by key to an instrument the file does not declare. */
    UNKNOWN_INSTRUMENT,
    /** Two categories have the same code. */
    DUPLICATE_CATEGORY_CODE,
    /** An item names a category the catalog does not declare. */
    UNKNOWN_CATEGORY,
    /** Two items of a catalog have the same code. */
    DUPLICATE_ITEM_CODE,
    /** Two fields of an item have the same name. */
    DUPLICATE_FIELD_NAME,
    /** A field format is paired with a field type it does not apply to. */
    FORMAT_NOT_FOR_TYPE,
    /** Recipients are missing for conditional sharing, or given for another kind. */
    SHARING_RECIPIENTS,
    /** A publication rule or severity-class list is inconsistent. */
    PUBLICATION_RULE_INVALID,
    /** No legal basis of an item reaches the level required (CAT-2, LB-2). */
    BASIS_BELOW_REQUIRED_LEVEL,
    /** An item cites a local instrument of a jurisdiction outside the catalog's own chain (CAT-2). */
    BASIS_OF_OTHER_JURISDICTION,
    /** A supplement defines an item code a higher layer in force at the same time defines (CAT-4). */
    REDEFINES_HIGHER_LAYER_ITEM,
    /** Two versions of the same layer (or regime series) are in force on a common day (CAT-4). */
    OVERLAPPING_VERSIONS,
    /** Two catalogs or regimes have the same id. */
    DUPLICATE_ID,
    /** An item's publication rule names a regime series the registry does not have. */
    UNKNOWN_REGIME_SERIES,
    /** A regime lists the same severity class twice. */
    DUPLICATE_SEVERITY_CLASS,
    /** A minimum publication period is longer than the maximum. */
    MINIMUM_ABOVE_MAXIMUM
  }

  /**
   * A problem at {@code pointer} in {@code source}, without a line and column.
   *
   * @throws NullPointerException if an argument is null
   */
  public static CatalogProblem of(Reason reason, String source, String pointer, String message) {
    return ImmutableCatalogProblem.builder()
        .reason(requireNonNull(reason, "reason"))
        .source(requireNonNull(source, "source"))
        .pointer(requireNonNull(pointer, "pointer"))
        .message(requireNonNull(message, "message"))
        .build();
  }

  /**
   * A problem at {@code pointer} in {@code source}, at a line and column (1-based) of the text.
   *
   * @throws NullPointerException if an argument is null
   */
  public static CatalogProblem of(
      Reason reason, String source, String pointer, int line, int column, String message) {
    return ImmutableCatalogProblem.builder()
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

  /** Where the data came from: a file name, a resource, or a catalog id for data built in code. */
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
   * The same problem found inside another document: {@code source} replaces the source, and
   * {@code pointerPrefix} is put before the pointer (the loader uses this to place the problems a
   * domain type reports about itself into the file it came from).
   */
  public CatalogProblem relocated(String source, String pointerPrefix) {
    ImmutableCatalogProblem.Builder b =
        ImmutableCatalogProblem.builder()
            .reason(reason())
            .source(source)
            .pointer(pointerPrefix + pointer())
            .message(message());
    line().ifPresent(b::line);
    column().ifPresent(b::column);
    return b.build();
  }

  /**
   * The same problem with a line and column (a loader that finds the position of the pointer in
   * the text adds it).
   */
  public CatalogProblem at(int line, int column) {
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
