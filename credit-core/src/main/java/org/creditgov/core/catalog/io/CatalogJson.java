package org.creditgov.core.catalog.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogFormatException;
import org.creditgov.core.catalog.CatalogProblem.Reason;
import org.creditgov.core.catalog.CatalogProblem;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.PublicationRegimes;
import org.creditgov.core.io.JsonInput;

/**
 * Catalogs and publication regimes as JSON, in the hand-writable format of {@code
 * docs/catalog-format.md} ({@code creditgov-catalog/1} and {@code creditgov-publication-regimes/1}).
 *
 * <p>Reading yields a whole, valid value or fails with one {@link CatalogFormatException} that
 * lists every problem, each with the source name, the JSON pointer and, where the text shows it,
 * the line and column: malformed JSON, a wrong JSON type, a missing, unknown or duplicate key, an
 * unknown enum value, a bad date, period or division code, duplicate codes, a legal basis below
 * the level CAT-2 requires or of another jurisdiction. Never a partial catalog, never another
 * exception for bad data. The {@code lint} methods return the same problems as data, for editors
 * and CI. Thread-safe.
 */
public final class CatalogJson {

  private CatalogJson() {}

  /**
   * Reads a catalog.
   *
   * @param sourceName how problems name the source (a file name)
   * @throws CatalogFormatException listing every problem, if the text is not a valid catalog
   * @throws NullPointerException if an argument is null
   */
  public static Catalog read(String json, String sourceName) {
    JsonInput<CatalogProblem> in = new JsonInput<>(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"), DocumentReader.PROBLEMS);
    Catalog c = new DocumentReader(in).catalog();
    throwIfAny(in);
    if (c == null) { // not reachable: a catalog is missing only when there are problems
      throw new IllegalStateException("no catalog and no problem in " + sourceName);
    }
    return c;
  }

  /**
   * Reads a catalog from a reader (closed by the caller).
   *
   * @throws CatalogFormatException listing every problem, or an {@link Reason#UNREADABLE} one if
   *     the reader fails
   */
  public static Catalog read(Reader reader, String sourceName) {
    return read(text(reader, sourceName), sourceName);
  }

  /**
   * Reads a catalog file (UTF-8); problems name the file by its file name.
   *
   * @throws CatalogFormatException listing every problem, or an {@link Reason#UNREADABLE} one if
   *     the file cannot be read or is not UTF-8
   */
  public static Catalog read(Path file) {
    return read(text(file), file.getFileName().toString());
  }

  /**
   * The problems that {@link #read(String, String)} would refuse the text for; empty when it is a
   * valid catalog.
   */
  public static ImmutableList<CatalogProblem> lint(String json, String sourceName) {
    JsonInput<CatalogProblem> in = new JsonInput<>(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"), DocumentReader.PROBLEMS);
    new DocumentReader(in).catalog();
    return ImmutableList.copyOf(in.locatedProblems());
  }

  /**
   * Reads publication regimes.
   *
   * @throws CatalogFormatException listing every problem, including overlapping versions of a
   *     series and duplicate ids
   */
  public static PublicationRegimes readRegimes(String json, String sourceName) {
    JsonInput<CatalogProblem> in = new JsonInput<>(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"), DocumentReader.PROBLEMS);
    List<PublicationRegime> regimes = new DocumentReader(in).regimes();
    throwIfAny(in);
    if (regimes == null) {
      throw new IllegalStateException("no regimes and no problem in " + sourceName);
    }
    return PublicationRegimes.of(regimes);
  }

  /**
   * Reads a publication-regimes file (UTF-8).
   *
   * @throws CatalogFormatException listing every problem, or an {@link Reason#UNREADABLE} one
   */
  public static PublicationRegimes readRegimes(Path file) {
    return readRegimes(text(file), file.getFileName().toString());
  }

  /** The problems that {@link #readRegimes(String, String)} would refuse the text for. */
  public static ImmutableList<CatalogProblem> lintRegimes(String json, String sourceName) {
    JsonInput<CatalogProblem> in = new JsonInput<>(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"), DocumentReader.PROBLEMS);
    List<PublicationRegime> regimes = new DocumentReader(in).regimes();
    List<CatalogProblem> problems = new ArrayList<>(in.locatedProblems());
    if (problems.isEmpty() && regimes != null) {
      try {
        PublicationRegimes.of(regimes);
      } catch (CatalogFormatException e) {
        problems.addAll(e.problems());
      }
    }
    return ImmutableList.copyOf(problems);
  }

  /**
   * Lints a whole set of files as a registry would load them (for CI): every problem of every
   * file, and, when the files are valid one by one, the problems between them (overlapping
   * versions, redefinitions of a higher layer's items, unknown regime series).
   */
  public static ImmutableList<CatalogProblem> lintFiles(Collection<Path> catalogFiles, Optional<Path> regimesFile) {
    List<CatalogProblem> problems = new ArrayList<>();
    List<Catalog> catalogs = new ArrayList<>();
    PublicationRegimes regimes = PublicationRegimes.empty();
    if (regimesFile.isPresent()) {
      try {
        regimes = readRegimes(regimesFile.get());
      } catch (CatalogFormatException e) {
        problems.addAll(e.problems());
      }
    }
    for (Path file : catalogFiles) {
      try {
        catalogs.add(read(file));
      } catch (CatalogFormatException e) {
        problems.addAll(e.problems());
      }
    }
    if (problems.isEmpty()) {
      problems.addAll(CatalogRegistry.builder().addCatalogs(catalogs).regimes(regimes).problems());
    }
    return ImmutableList.copyOf(problems);
  }

  /**
   * The catalog as JSON text in the format {@link #read(String, String)} reads, every legal basis
   * written in full; reading it back gives an equal catalog.
   */
  public static String write(Catalog catalog) {
    return CatalogWriter.write(requireNonNull(catalog, "catalog"));
  }

  private static void throwIfAny(JsonInput<CatalogProblem> in) {
    if (in.hasProblems()) {
      throw new CatalogFormatException(in.locatedProblems());
    }
  }

  private static String text(Reader reader, String sourceName) {
    requireNonNull(reader, "reader");
    StringWriter out = new StringWriter();
    try {
      reader.transferTo(out);
    } catch (IOException e) {
      throw unreadable(sourceName, e);
    }
    return out.toString();
  }

  private static String text(Path file) {
    requireNonNull(file, "file");
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new CatalogFormatException(
          List.of(CatalogProblem.of(Reason.UNREADABLE, file.getFileName().toString(), "", "the file is not UTF-8")));
    } catch (IOException e) {
      throw unreadable(String.valueOf(file.getFileName()), e);
    }
  }

  private static CatalogFormatException unreadable(String sourceName, IOException e) {
    return new CatalogFormatException(
        List.of(CatalogProblem.of(Reason.UNREADABLE, sourceName, "", "cannot be read: " + e)));
  }
}
