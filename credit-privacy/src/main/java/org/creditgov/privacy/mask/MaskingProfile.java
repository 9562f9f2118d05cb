package org.creditgov.privacy.mask;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A masking profile: one {@link MaskRule} for every {@link DataKind}, and {@link #mask(DataKind,
 * String)} to apply them (PRI-3, CAT-6). Profiles are immutable, thread-safe values; a vendor
 * copies one with {@link #toBuilder()} and changes the rules it must.
 *
 * <p>The three built-in profiles are <b>common practice, not a standard</b> (policy-facts.md §5d:
 * the positions below recur in public code; JR/T 0171-2020 Annex A, which may fix them for
 * financial data, could not be read and Credit China's own format is unconfirmed):
 *
 * <table>
 *   <caption>Default rules</caption>
 *   <tr><th>kind</th><th>{@link #PUBLIC}</th><th>{@link #SHARING}</th><th>{@link #SUBJECT}</th></tr>
 *   <tr><td>PERSONAL_NAME</td><td>surname</td><td>surname</td><td>surname and last</td></tr>
 *   <tr><td>RESIDENT_ID</td><td>6 + 4</td><td>6 + 4</td><td>6 + 4</td></tr>
 *   <tr><td>USCC</td><td>whole if valid</td><td>whole if valid</td><td>whole if valid</td></tr>
 *   <tr><td>MOBILE</td><td>3 + 4</td><td>3 + 4</td><td>3 + 4</td></tr>
 *   <tr><td>LANDLINE</td><td>4 + 2</td><td>4 + 2</td><td>4 + 2</td></tr>
 *   <tr><td>BANK_CARD</td><td>0 + 4</td><td>6 + 4</td><td>6 + 4</td></tr>
 *   <tr><td>EMAIL</td><td>1 + domain</td><td>2 + domain</td><td>3 + domain</td></tr>
 *   <tr><td>ADDRESS</td><td>to county</td><td>to township</td><td>to township</td></tr>
 *   <tr><td>LICENCE_PLATE</td><td>2 + 1</td><td>3 + 1</td><td>3 + 1</td></tr>
 *   <tr><td>BIRTH_DATE</td><td>year</td><td>year and month</td><td>year and month</td></tr>
 * </table>
 */
public final class MaskingProfile {

  private static final DataKind[] KINDS = DataKind.values();

  /**
   * For publication on a credit website (CAT-6, PRI-3): the least revealing defaults — surname,
   * ID 6 + 4 (birth date hidden), mobile 3 + 4, bank card last 4, address to the county.
   */
  public static final MaskingProfile PUBLIC =
      builder("PUBLIC")
          .rule(DataKind.PERSONAL_NAME, MaskRule.surname())
          .rule(DataKind.RESIDENT_ID, MaskRule.keep(6, 4, 8))
          .rule(DataKind.USCC, MaskRule.publicCreditCode())
          .rule(DataKind.MOBILE, MaskRule.keep(3, 4, 4))
          .rule(DataKind.LANDLINE, MaskRule.keep(4, 2, 4))
          .rule(DataKind.BANK_CARD, MaskRule.keep(0, 4, 6))
          .rule(DataKind.EMAIL, MaskRule.email(1))
          .rule(DataKind.ADDRESS, MaskRule.addressToCounty())
          .rule(DataKind.LICENCE_PLATE, MaskRule.keep(2, 1, 3))
          .rule(DataKind.BIRTH_DATE, MaskRule.birthYear())
          .build();

  /**
   * For sharing between government bodies (PRI-1: no more than the purpose needs): as {@link
   * #PUBLIC}, with bank card 6 + 4, e-mail 2 + domain, address to the township, plate 3 + 1 and
   * birth year and month.
   */
  public static final MaskingProfile SHARING =
      PUBLIC.toBuilder()
          .name("SHARING")
          .rule(DataKind.BANK_CARD, MaskRule.keep(6, 4, 6))
          .rule(DataKind.EMAIL, MaskRule.email(2))
          .rule(DataKind.ADDRESS, MaskRule.addressToTownship())
          .rule(DataKind.LICENCE_PLATE, MaskRule.keep(3, 1, 3))
          .rule(DataKind.BIRTH_DATE, MaskRule.birthYearMonth())
          .build();

  /**
   * For showing a person their own record (PRI-3; still masked against onlookers): as {@link
   * #SHARING}, with the name's last character and e-mail 3 + domain.
   */
  public static final MaskingProfile SUBJECT =
      SHARING.toBuilder()
          .name("SUBJECT")
          .rule(DataKind.PERSONAL_NAME, MaskRule.surnameAndLast())
          .rule(DataKind.EMAIL, MaskRule.email(3))
          .build();

  private final String name;
  private final MaskRule[] rules;

  private MaskingProfile(String name, MaskRule[] rules) {
    this.name = name;
    this.rules = rules;
  }

  /**
   * A builder for a new profile with no rules yet; every kind needs one before {@link
   * Builder#build()}.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public static Builder builder(String name) {
    return new Builder(checkName(name), new MaskRule[KINDS.length]);
  }

  /** A builder holding this profile's name and rules, to copy it and change some (PRI-3). */
  @CanIgnoreReturnValue
  public Builder toBuilder() {
    return new Builder(name, rules.clone());
  }

  /** The profile's name, such as {@code PUBLIC}. */
  public String name() {
    return name;
  }

  /**
   * The rule for a kind.
   *
   * @throws NullPointerException if {@code kind} is null
   */
  public MaskRule rule(DataKind kind) {
    return rules[requireNonNull(kind, "kind").ordinal()];
  }

  /**
   * Masks a value of the given kind by this profile's rule for it (PRI-3, CAT-6): null gives null,
   * {@code ""} gives {@code ""}, a value with nothing but whitespace (or, for identifier kinds,
   * separators) gives {@code ""}; any other value comes back normalised ({@link
   * DataKind#normalise(String)}) with at least one code point hidden, except a valid organisation
   * code under {@link MaskRule#publicCreditCode()}. The output is valid UTF-16 and masking it again
   * changes nothing.
   *
   * @throws NullPointerException if {@code kind} is null
   */
  public @Nullable String mask(DataKind kind, @Nullable String value) {
    MaskRule rule = rules[requireNonNull(kind, "kind").ordinal()];
    if (value == null || value.isEmpty()) {
      return value;
    }
    String plain = rule.maskPlainHanName(value);
    if (plain == null) {
      plain = rule.maskPlainAscii(kind, value);
    }
    if (plain != null) {
      return plain;
    }
    char[] buf = new char[value.length()];
    int len = KindText.clean(kind, value, buf);
    if (len == 0) {
      return "";
    }
    return rule.apply(kind, buf, len);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MaskingProfile
        && ((MaskingProfile) o).name.equals(name)
        && Arrays.equals(((MaskingProfile) o).rules, rules);
  }

  @Override
  public int hashCode() {
    return name.hashCode() * 31 + Arrays.hashCode(rules);
  }

  /** The name and every rule, such as {@code MaskingProfile[PUBLIC: PERSONAL_NAME=surname(), …]}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("MaskingProfile[").append(name).append(':');
    for (DataKind kind : KINDS) {
      sb.append(kind.ordinal() == 0 ? " " : ", ").append(kind).append('=').append(rules[kind.ordinal()]);
    }
    return sb.append(']').toString();
  }

  private static String checkName(String name) {
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a profile needs a name");
    }
    return name;
  }

  /** Builds a {@link MaskingProfile}; a rule set again replaces the earlier one. Not thread-safe. */
  public static final class Builder {

    private String name;
    private final MaskRule[] rules;

    private Builder(String name, MaskRule[] rules) {
      this.name = name;
      this.rules = rules;
    }

    /**
     * Renames the profile (a changed copy should not keep the name of the original).
     *
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if {@code name} is blank
     */
    @CanIgnoreReturnValue
    public Builder name(String name) {
      this.name = checkName(name);
      return this;
    }

    /**
     * Sets the rule for a kind.
     *
     * @throws NullPointerException if an argument is null
     */
    @CanIgnoreReturnValue
    public Builder rule(DataKind kind, MaskRule rule) {
      rules[requireNonNull(kind, "kind").ordinal()] = requireNonNull(rule, "rule");
      return this;
    }

    /**
     * The profile.
     *
     * @throws IllegalStateException if a kind has no rule, naming every such kind
     */
    public MaskingProfile build() {
      List<DataKind> missing = new ArrayList<>();
      for (DataKind kind : KINDS) {
        if (rules[kind.ordinal()] == null) {
          missing.add(kind);
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("profile " + name + " has no rule for " + missing);
      }
      return new MaskingProfile(name, rules.clone());
    }
  }
}
