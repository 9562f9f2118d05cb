package org.creditgov.privacy.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.creditgov.privacy.consent.PurposeCatalog;
import org.creditgov.privacy.consent.PurposeRegistry;

/**
 * The purpose catalog bundled with the library (PRI-1): an <strong>example</strong>, not an
 * official text. No national catalog of purposes could be confirmed; the purposes, their fields and
 * above all their longest consents are this library's assumptions, each listed as unconfirmed in
 * the file, for a department to replace with its own catalog.
 */
public final class BundledPurposes {

  /** The resource name of the example, {@code example-purposes.json}. */
  public static final String EXAMPLE = "example-purposes.json";

  private BundledPurposes() {}

  /**
   * The example purpose catalog: national, from 2021-11-01 (the day PIPL came into force).
   *
   * @throws org.creditgov.privacy.consent.PurposeCatalogException never for the bundled file (a
   *     test reads it)
   */
  public static PurposeCatalog example() {
    return PurposeCatalogJson.read(text(EXAMPLE), "bundled:" + EXAMPLE);
  }

  /** A registry holding the example only. */
  public static PurposeRegistry registry() {
    return PurposeRegistry.builder().add(example()).build();
  }

  /** The text of a bundled file. */
  static String text(String name) {
    try (InputStream in = BundledPurposes.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled file " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
