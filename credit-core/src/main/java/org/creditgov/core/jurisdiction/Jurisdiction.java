package org.creditgov.core.jurisdiction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.creditgov.core.text.Term;
import org.jspecify.annotations.Nullable;

/**
 * A jurisdiction: the nation, or an administrative division identified by its GB/T 2260 code.
 * Catalogs, measure lists and local rules are scoped by jurisdiction, and a local layer applies to
 * every jurisdiction below it, so the {@link #parentChain()} (640381 青铜峡市 → 640300 吴忠市 →
 * 640000 宁夏回族自治区 → national) is what layered rules resolve along (CAT-4).
 *
 * <p>The level follows from the code: {@code PP0000} a province, {@code PPCC00} a prefecture,
 * {@code PPCCXX} a county. Names are bundled for every province and for all of Ningxia; any other
 * well-formed code of a known province is accepted without a name. Immutable; equal by code.
 */
public final class Jurisdiction {

  /** The code this library uses for the national level; GB/T 2260 itself has none. */
  public static final String NATIONAL_CODE = "000000";

  private static final class Names {
    static final ImmutableMap<String, String[]> BY_CODE = load();
  }

  private static final Jurisdiction NATIONAL =
      new Jurisdiction(NATIONAL_CODE, JurisdictionLevel.NATIONAL);

  private final String code;
  private final JurisdictionLevel level;

  private Jurisdiction(String code, JurisdictionLevel level) {
    this.code = code;
    this.level = level;
  }

  /** The national level (全国). */
  public static Jurisdiction national() {
    return NATIONAL;
  }

  /**
   * The jurisdiction of a GB/T 2260 code, or the national level for {@link #NATIONAL_CODE}.
   *
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if the code is not six digits, its first two digits name no
   *     province-level division, or it has a county part without a prefecture part
   */
  public static Jurisdiction of(String code) {
    requireNonNull(code, "code");
    if (code.equals(NATIONAL_CODE)) {
      return NATIONAL;
    }
    if (code.length() != 6 || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException("a division code has six digits: '" + code + "'");
    }
    if (!Names.BY_CODE.containsKey(code.substring(0, 2) + "0000")) {
      throw new IllegalArgumentException("no province-level division has the code " + code.substring(0, 2) + "0000");
    }
    String prefecture = code.substring(2, 4);
    String county = code.substring(4, 6);
    if (prefecture.equals("00") && !county.equals("00")) {
      throw new IllegalArgumentException("division code " + code + " has a county part but no prefecture part");
    }
    JurisdictionLevel level =
        prefecture.equals("00")
            ? JurisdictionLevel.PROVINCE
            : county.equals("00") ? JurisdictionLevel.PREFECTURE : JurisdictionLevel.COUNTY;
    return new Jurisdiction(code, level);
  }

  /** The code: six digits of GB/T 2260, or {@link #NATIONAL_CODE}. */
  public String code() {
    return code;
  }

  /** The administrative level. */
  public JurisdictionLevel level() {
    return level;
  }

  /** The Chinese name, where the bundled table has it ({@code 全国} for the national level). */
  public Optional<String> nameZh() {
    return level == JurisdictionLevel.NATIONAL
        ? Optional.of("全国")
        : Optional.ofNullable(Names.BY_CODE.get(code)).map(n -> n[0]);
  }

  /** The English name, where the bundled table has it. */
  public Optional<String> nameEn() {
    return level == JurisdictionLevel.NATIONAL
        ? Optional.of("national")
        : Optional.ofNullable(Names.BY_CODE.get(code)).map(n -> n[1]);
  }

  /**
   * The jurisdiction as a term for messages: its code, and its name where the bundled table has it
   * (otherwise {@code 行政区划640381} / {@code division 640381}).
   */
  public Term term() {
    return Term.of(code, nameZh().orElse("行政区划" + code), nameEn().orElse("division " + code));
  }

  /** The next level up; empty for the national level. */
  public Optional<Jurisdiction> parent() {
    switch (level) {
      case COUNTY:
        return Optional.of(new Jurisdiction(code.substring(0, 4) + "00", JurisdictionLevel.PREFECTURE));
      case PREFECTURE:
        return Optional.of(new Jurisdiction(code.substring(0, 2) + "0000", JurisdictionLevel.PROVINCE));
      case PROVINCE:
        return Optional.of(NATIONAL);
      default:
        return Optional.empty();
    }
  }

  /** This jurisdiction and every one above it, from this one up to the national level. */
  public ImmutableList<Jurisdiction> parentChain() {
    ImmutableList.Builder<Jurisdiction> chain = ImmutableList.builder();
    for (Optional<Jurisdiction> j = Optional.of(this); j.isPresent(); j = j.get().parent()) {
      chain.add(j.get());
    }
    return chain.build();
  }

  /** Whether this jurisdiction is {@code other} or lies within it. */
  public boolean isWithin(Jurisdiction other) {
    return parentChain().contains(other);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Jurisdiction && ((Jurisdiction) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** The code and, where known, the Chinese name: {@code 640381 青铜峡市}. */
  @Override
  public String toString() {
    return code + nameZh().map(n -> " " + n).orElse("");
  }

  private static ImmutableMap<String, String[]> load() {
    InputStream in = Jurisdiction.class.getResourceAsStream("divisions.csv");
    if (in == null) {
      throw new IllegalStateException("the bundled division table divisions.csv is missing from the jar");
    }
    ImmutableMap.Builder<String, String[]> names = ImmutableMap.builder();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.lines()
          .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("code,"))
          .map(line -> line.split(",", -1))
          .forEach(cols -> names.put(cols[0], new String[] {cols[1], cols[2]}));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names.buildOrThrow();
  }
}
