package org.creditgov.testkit;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded generators of administrative-division codes (GB/T 2260) for the jurisdictions that
 * layered catalogs and local rules resolve along (CAT-4). Deterministic given the {@link
 * SplittableRandom}, like every generator of this package.
 */
public final class JurisdictionGenerators {

  /**
   * The province-level codes (first two digits) of GB/T 2260 that credit-core's bundled division
   * table names: the 31 provinces, autonomous regions and municipalities, Taiwan (71), Hong Kong
   * (81) and Macau (82).
   */
  public static final List<String> PROVINCE_LEVEL_CODES =
      List.of(
          "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
          "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
          "65", "71", "81", "82");

  private JurisdictionGenerators() {}

  /**
   * A well-formed division code: a known province-level code, then a prefecture part and a county
   * part of two digits each, with a county part only under a prefecture part. A third each of
   * province ({@code PP0000}), prefecture ({@code PPCC00}) and county ({@code PPCCXX}) codes, most
   * of which name no real division: they are well formed, which is what {@code Jurisdiction.of}
   * accepts.
   */
  public static String wellFormedDivisionCode(SplittableRandom random) {
    String province = PROVINCE_LEVEL_CODES.get(random.nextInt(PROVINCE_LEVEL_CODES.size()));
    switch (random.nextInt(3)) {
      case 0:
        return province + "0000";
      case 1:
        return province + twoDigitsNotZero(random) + "00";
      default:
        return province + twoDigitsNotZero(random) + twoDigitsNotZero(random);
    }
  }

  private static String twoDigitsNotZero(SplittableRandom random) {
    int n = 1 + random.nextInt(99);
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
