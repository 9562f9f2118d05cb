package org.creditgov.core.catalog.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.PublicationRegimes;

/**
 * The reference data bundled with the library, read from JSON resources with {@link CatalogJson};
 * {@link org.creditgov.core.io.Lint} reads them by name ({@code bundled:national-2024}, {@code
 * bundled:publication-regimes} …) without copying them out of the jar.
 *
 * <ul>
 *   <li>{@link #national2024()}: a national basic catalog <em>modelled on</em> the 2024 edition:
 *       its categories and the items the library's sources confirm, each labelled with its source
 *       and with every unconfirmed attribute marked. It is not the official text: load your
 *       official edition with {@link CatalogJson#read(java.nio.file.Path)}. Its header names
 *       国办发〔2020〕49号 as the procedural basis of its verdicts.
 *   <li>{@link #exampleSupplements()}: illustrative supplements for Ningxia (640000), Wuzhong
 *       (640300) and Qingtongxia (640381), marked as examples; the Qingtongxia layer names the
 *       county's plan as its procedural basis.
 *   <li>{@link #publicationRegimes()}: the national publication-period regimes (527号, NDRC Order
 *       58, NDRC Order 36 with 国办发〔2025〕22号) and the market-regulation overlay (SAMR Orders 45
 *       and 107), with their sources and unconfirmed notes.
 * </ul>
 */
public final class BundledCatalogs {

  private static final String DIR = "/org/creditgov/core/catalog/";
  /** The names of the bundled catalogs, as lint knows them ({@code bundled:<name>}); the file is {@code <name>.json}. */
  static final String NATIONAL = "national-2024";

  static final ImmutableList<String> EXAMPLES =
      ImmutableList.of("example-640000-ningxia", "example-640300-wuzhong", "example-640381-qingtongxia");
  /** The name of the bundled regimes. */
  static final String REGIMES = "publication-regimes";
  static final ImmutableSet<String> CATALOGS = ImmutableSet.<String>builder().add(NATIONAL).addAll(EXAMPLES).build();

  private BundledCatalogs() {}

  /**
   * The national basic catalog modelled on the 2024 edition.
   *
   * @throws IllegalStateException if the bundled resource is missing (a broken build)
   * @throws org.creditgov.core.catalog.CatalogFormatException if it is invalid (a broken build)
   */
  public static Catalog national2024() {
    return CatalogJson.read(text(NATIONAL), sourceName(NATIONAL));
  }

  /**
   * The example supplements for 640000, 640300 and 640381, province first.
   *
   * @throws IllegalStateException if a bundled resource is missing (a broken build)
   */
  public static ImmutableList<Catalog> exampleSupplements() {
    return EXAMPLES.stream().map(name -> CatalogJson.read(text(name), sourceName(name))).collect(ImmutableList.toImmutableList());
  }

  /**
   * The bundled publication regimes.
   *
   * @throws IllegalStateException if the bundled resource is missing (a broken build)
   */
  public static PublicationRegimes publicationRegimes() {
    return CatalogJson.readRegimes(text(REGIMES), sourceName(REGIMES));
  }

  /**
   * A registry of all the bundled data, judging resident ID numbers by {@code clock}.
   *
   * @throws NullPointerException if {@code clock} is null
   */
  public static CatalogRegistry registry(Clock clock) {
    return CatalogRegistry.builder()
        .addCatalog(national2024())
        .addCatalogs(exampleSupplements())
        .regimes(publicationRegimes())
        .clock(clock)
        .build();
  }

  /** How problems name a bundled document: its file name. */
  static String sourceName(String name) {
    return name + ".json";
  }

  /** The text of the bundled document {@code name}. */
  static String text(String name) {
    try (InputStream in = BundledCatalogs.class.getResourceAsStream(DIR + name + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the bundled resource " + DIR + name + ".json is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
