package org.creditgov.core.text;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import org.creditgov.core.Bilingual;

/**
 * One named, typed fact a finding or a data problem carries: what a check found or computed (a
 * deadline, a period end, the measure concerned, a count), with a documented meaning per name.
 * Messages refer to facts by name ({@code {deadline}}) and write each in the message's language:
 * a date as 2026年9月28日 or 28 September 2026, a period as 3年 / 6个月 or 3 years, a term (an enum
 * constant or a titled entry such as a measure) by its name, never its internal code.
 *
 * <p>Facts never hold personal data: pass a masked form, a count or a code. Immutable; equal when
 * name, kind and value are equal.
 */
public final class Fact {

  /** What kind of value a fact holds, which decides how messages write it. */
  public enum Kind {
    /** A calendar date ({@link LocalDate}). */
    DATE,
    /** An instant ({@link Instant}), written as a date and time in China. */
    INSTANT,
    /** A calendar period in years, months and days ({@link Period}). */
    PERIOD,
    /** A number of working days ({@link Integer}). */
    WORKING_DAYS,
    /** A count ({@link Long}). */
    COUNT,
    /** An amount of money in yuan ({@link BigDecimal}). */
    AMOUNT,
    /** A code or identifier that has no title (a document number, a designation id). */
    CODE,
    /** A titled value: a code with a Chinese and an English name ({@link Term}). */
    TERM,
    /** Several titled values, in order ({@code ImmutableList<Term>}). */
    TERMS,
    /** A free text that is the same in both languages (a citation, a regime title). */
    TEXT,
    /** A text in Chinese and in English ({@link Bilingual}). */
    BILINGUAL_TEXT
  }

  private final String name;
  private final Kind kind;
  private final Object value;

  private Fact(String name, Kind kind, Object value) {
    this.name = requireNonNull(name, "name");
    this.kind = kind;
    this.value = requireNonNull(value, "value");
  }

  /** A date. */
  public static Fact date(String name, LocalDate value) {
    return new Fact(name, Kind.DATE, value);
  }

  /** An instant. */
  public static Fact instant(String name, Instant value) {
    return new Fact(name, Kind.INSTANT, value);
  }

  /** A calendar period. */
  public static Fact period(String name, Period value) {
    return new Fact(name, Kind.PERIOD, value);
  }

  /**
   * A number of working days.
   *
   * @throws IllegalArgumentException if {@code value} is negative
   */
  public static Fact workingDays(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("a number of working days is not negative: " + value);
    }
    return new Fact(name, Kind.WORKING_DAYS, value);
  }

  /** A count. */
  public static Fact count(String name, long value) {
    return new Fact(name, Kind.COUNT, value);
  }

  /** An amount of money in yuan. */
  public static Fact amount(String name, BigDecimal yuan) {
    return new Fact(name, Kind.AMOUNT, yuan);
  }

  /** A code without a title. */
  public static Fact code(String name, String value) {
    return new Fact(name, Kind.CODE, value);
  }

  /** A titled value. */
  public static Fact term(String name, Term value) {
    return new Fact(name, Kind.TERM, value);
  }

  /** A titled value from an enum constant (or any value) with Chinese and English names. */
  public static <E extends Enum<E> & Bilingual> Fact term(String name, E constant) {
    return new Fact(name, Kind.TERM, Term.of(constant));
  }

  /** Several titled values, in order. */
  public static Fact terms(String name, Iterable<Term> values) {
    return new Fact(name, Kind.TERMS, ImmutableList.copyOf(values));
  }

  /** A text that reads the same in both languages (a citation, a document title). */
  public static Fact text(String name, String value) {
    return new Fact(name, Kind.TEXT, value);
  }

  /** A text in both languages. */
  public static Fact text(String name, Bilingual value) {
    return new Fact(name, Kind.BILINGUAL_TEXT, Bilingual.of(value.nameZh(), value.nameEn()));
  }

  /** The name, as messages and the JSON form refer to it (lower camel case). */
  public String name() {
    return name;
  }

  /** The kind of value. */
  public Kind kind() {
    return kind;
  }

  /**
   * The value: a {@link LocalDate}, {@link Instant}, {@link Period}, {@link Integer} (working
   * days), {@link Long} (count), {@link BigDecimal}, {@link String} (code, text), {@link Term},
   * {@code ImmutableList<Term>} or {@link Bilingual}, by {@link #kind()}.
   */
  public Object value() {
    return value;
  }

  /** The value as written in Chinese ({@code chinese}) or in English. */
  public String format(boolean chinese) {
    return FactFormat.format(this, chinese);
  }

  /** A date as messages write it: 2026年9月28日 or 28 September 2026. */
  public static String formatDate(LocalDate date, boolean chinese) {
    return FactFormat.date(date, chinese);
  }

  /** A period as messages write it: 1年6个月 or 1 year and 6 months. */
  public static String formatPeriod(Period period, boolean chinese) {
    return FactFormat.period(period, chinese);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Fact f && f.name.equals(name) && f.kind == kind && f.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, value);
  }

  /** {@code name=value}, the value written in English. */
  @Override
  public String toString() {
    return name + "=" + format(false);
  }
}
