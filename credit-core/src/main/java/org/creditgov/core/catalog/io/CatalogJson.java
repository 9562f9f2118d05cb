package org.creditgov.core.catalog.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogFormatException;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.PublicationRegimes;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.DataFormat;
import org.creditgov.core.io.JsonDocument;

/**
 * Catalogs and publication regimes as JSON, in the hand-writable formats of {@code
 * docs/catalog-format.md}: {@code creditgov-catalog/1} (schema {@code catalog-1.schema.json}) and
 * {@code creditgov-publication-regimes/1} ({@code publication-regimes-1.schema.json}).
 *
 * <p>Reading yields a whole, valid value or fails with one {@link CatalogFormatException} that
 * lists every problem, each with the source name, the JSON pointer, the line and column, its code
 * and its requirement: malformed JSON, a key twice, whatever breaks the schema (a missing or
 * unknown key, a wrong type, a value not allowed, a bad date, period or division code), and the
 * rules a schema cannot express (duplicate codes, an unknown category, a format for another type,
 * sharing recipients, publication rules, a legal basis below the level CAT-2 requires or of another
 * jurisdiction, an undeclared instrument). Never a partial catalog, never another exception for bad
 * data. To lint files (and the rules between them) use {@link org.creditgov.core.io.Lint}.
 * Thread-safe.
 */
public final class CatalogJson {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CatalogJson.class);

  private CatalogJson() {}

  /**
   * Reads a catalog.
   *
   * @param sourceName how problems name the source (a file name)
   * @throws CatalogFormatException listing every problem, if the text is not a valid catalog
   * @throws NullPointerException if an argument is null
   */
  public static Catalog read(String json, String sourceName) {
    return value(CatalogReader.catalog(JsonDocument.parse(json, sourceName))).get(0);
  }

  /**
   * Reads a catalog from a reader (closed by the caller).
   *
   * @throws CatalogFormatException listing every problem, or an unreadable-data problem if the
   *     reader fails
   */
  public static Catalog read(Reader reader, String sourceName) {
    return value(CatalogReader.catalog(document(reader, sourceName))).get(0);
  }

  /**
   * Reads a catalog file (UTF-8); problems name the file by its file name.
   *
   * @throws CatalogFormatException listing every problem, or an unreadable-data problem if the
   *     file cannot be read or is not UTF-8
   */
  public static Catalog read(Path file) {
    return value(CatalogReader.catalog(JsonDocument.read(file))).get(0);
  }

  /**
   * The problems {@link #read(String, String)} would refuse the text for, as data; empty when it
   * is a valid catalog.
   */
  public static ImmutableList<DataProblem> problems(String json, String sourceName) {
    return CatalogReader.catalog(JsonDocument.parse(json, sourceName)).problems();
  }

  /**
   * Reads publication regimes.
   *
   * @throws CatalogFormatException listing every problem, including versions of a series in force
   *     on a common day and duplicate ids
   */
  public static PublicationRegimes readRegimes(String json, String sourceName) {
    return PublicationRegimes.of(value(CatalogReader.regimes(JsonDocument.parse(json, sourceName))));
  }

  /**
   * Reads a publication-regimes file (UTF-8).
   *
   * @throws CatalogFormatException listing every problem, or an unreadable-data problem
   */
  public static PublicationRegimes readRegimes(Path file) {
    return PublicationRegimes.of(value(CatalogReader.regimes(JsonDocument.read(file))));
  }

  /**
   * The problems {@link #readRegimes(String, String)} would refuse the text for, as data: those of
   * the file, and, when it has none, those between its regimes.
   */
  public static ImmutableList<DataProblem> regimeProblems(String json, String sourceName) {
    DataFormat.Read<PublicationRegime> read = CatalogReader.regimes(JsonDocument.parse(json, sourceName));
    return read.problems().isEmpty() ? PublicationRegimes.problems(read.values()) : read.problems();
  }

  /**
   * The catalog as JSON text in the format {@link #read(String, String)} reads, each instrument
   * declared once under {@code instruments}; reading it back gives an equal catalog.
   *
   * @throws NullPointerException if {@code catalog} is null
   */
  public static String write(Catalog catalog) {
    return CatalogWriter.catalog(requireNonNull(catalog, "catalog"));
  }

  /**
   * The regimes as JSON text in the format {@link #readRegimes(String, String)} reads; reading it
   * back gives equal regimes.
   *
   * @throws NullPointerException if {@code regimes} is null
   */
  public static String write(PublicationRegimes regimes) {
    return CatalogWriter.regimes(requireNonNull(regimes, "regimes").all());
  }

  private static <T> ImmutableList<T> value(DataFormat.Read<T> read) {
    if (!read.problems().isEmpty()) {
      LOG.warn("Reference data refused: {}", DataProblem.summary(read.problems()));
      throw new CatalogFormatException(read.problems());
    }
    return read.values();
  }

  private static JsonDocument document(Reader reader, String sourceName) {
    requireNonNull(reader, "reader");
    requireNonNull(sourceName, "sourceName");
    StringWriter out = new StringWriter();
    try {
      reader.transferTo(out);
    } catch (IOException e) {
      return JsonDocument.unreadable(sourceName, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
    return JsonDocument.parse(out.toString(), sourceName);
  }

  /** The regimes of a list, for writers of several regimes that are not a registry. */
  static String writeRegimes(List<PublicationRegime> regimes) {
    return CatalogWriter.regimes(regimes);
  }
}
