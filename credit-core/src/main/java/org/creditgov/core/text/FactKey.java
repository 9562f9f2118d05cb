package org.creditgov.core.text;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The typed name of a fact, for reading back what a check computed: {@code
 * finding.fact(DesignationFacts.OBJECTION_DEADLINE)} gives the deadline as a {@link LocalDate},
 * not as text to parse. Each package that makes findings declares its keys as constants with
 * their documented meaning.
 *
 * @param <T> the Java type of the value
 */
public final class FactKey<T> {

  private final String name;
  private final Fact.Kind kind;
  private final Class<?> type;

  private FactKey(String name, Fact.Kind kind, Class<?> type) {
    this.name = requireNonNull(name, "name");
    this.kind = kind;
    this.type = type;
  }

  /** The key of a date fact. */
  public static FactKey<LocalDate> date(String name) {
    return new FactKey<>(name, Fact.Kind.DATE, LocalDate.class);
  }

  /** The key of an instant fact. */
  public static FactKey<Instant> instant(String name) {
    return new FactKey<>(name, Fact.Kind.INSTANT, Instant.class);
  }

  /** The key of a period fact. */
  public static FactKey<Period> period(String name) {
    return new FactKey<>(name, Fact.Kind.PERIOD, Period.class);
  }

  /** The key of a working-days fact. */
  public static FactKey<Integer> workingDays(String name) {
    return new FactKey<>(name, Fact.Kind.WORKING_DAYS, Integer.class);
  }

  /** The key of a count fact. */
  public static FactKey<Long> count(String name) {
    return new FactKey<>(name, Fact.Kind.COUNT, Long.class);
  }

  /** The key of an amount fact. */
  public static FactKey<BigDecimal> amount(String name) {
    return new FactKey<>(name, Fact.Kind.AMOUNT, BigDecimal.class);
  }

  /** The key of a code fact. */
  public static FactKey<String> code(String name) {
    return new FactKey<>(name, Fact.Kind.CODE, String.class);
  }

  /** The key of a term fact. */
  public static FactKey<Term> term(String name) {
    return new FactKey<>(name, Fact.Kind.TERM, Term.class);
  }

  /** The key of a list-of-terms fact. */
  @SuppressWarnings("unchecked")
  public static FactKey<List<Term>> terms(String name) {
    return (FactKey<List<Term>>) (FactKey<?>) new FactKey<List<?>>(name, Fact.Kind.TERMS, List.class);
  }

  /** The key of a text fact (same in both languages). */
  public static FactKey<String> text(String name) {
    return new FactKey<>(name, Fact.Kind.TEXT, String.class);
  }

  /** The fact's name. */
  public String name() {
    return name;
  }

  /** The kind of fact. */
  public Fact.Kind kind() {
    return kind;
  }

  /** The value of this key's fact among {@code facts}, if there is one of this name and kind. */
  @SuppressWarnings("unchecked")
  public Optional<T> in(Iterable<Fact> facts) {
    for (Fact f : facts) {
      if (f.name().equals(name) && f.kind() == kind && type.isInstance(f.value())) {
        return Optional.of((T) f.value());
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return name + ":" + kind;
  }
}
