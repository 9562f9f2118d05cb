package org.creditgov.rules.repair.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.rules.repair.RepairRegime;
import org.creditgov.rules.repair.RepairRegimes;

/**
 * The repair regimes bundled with the library (REP-4): 发改办财金〔2019〕527号, NDRC Order 58
 * (2023-05-01 … 2026-03-31), NDRC Order 36 with 国办发〔2025〕22号 (from 2026-04-01), and market
 * regulation's SAMR Order 45 and Order 107, from policy-facts §3; every value a primary source does
 * not confirm is labelled in the regime's {@code unconfirmed} notes. Their periods come from
 * credit-core's bundled publication regimes.
 */
public final class BundledRepairRegimes {

  /** The bundled file's name, also its Lint name ({@code bundled:repair-regimes}). */
  public static final String NAME = "repair-regimes";

  private static final class Holder {
    static final ImmutableList<RepairRegime> REGIMES = RepairRegimesJson.read(text(), NAME + ".json");
    static final RepairRegimes REGISTRY = RepairRegimes.of(REGIMES, BundledCatalogs.publicationRegimes());
  }

  private BundledRepairRegimes() {}

  /** The bundled regimes. */
  public static ImmutableList<RepairRegime> regimes() {
    return Holder.REGIMES;
  }

  /** The bundled regimes over credit-core's bundled publication regimes. */
  public static RepairRegimes registry() {
    return Holder.REGISTRY;
  }

  static String text() {
    try (InputStream in = RepairRegime.class.getResourceAsStream(NAME + ".json")) {
      if (in == null) {
        throw new IllegalStateException("the bundled repair-regimes file is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled repair-regimes file", e);
    }
  }
}
