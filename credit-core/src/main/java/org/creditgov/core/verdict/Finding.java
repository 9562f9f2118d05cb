package org.creditgov.core.verdict;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.text.MessageTexts;
import org.immutables.value.Value;

/**
 * One finding of a check: what was found (a stable namespaced {@link #code()}), which requirement
 * it serves, how heavy it is, the legal bases it rests on, the typed facts it found or computed
 * (a deadline, a period end, the measure concerned), and a message in zh-CN and en. Findings are
 * plain immutable values, equal when type, legal bases and facts are equal.
 *
 * <p>Making a finding is cheap, so checks on hot paths can afford all their findings: messages are
 * written from the facts the first time they are read. Never give personal data as a fact; give a
 * masked form, a count or a code.
 */
@Value.Immutable
@CreditStyle
public abstract class Finding {

  Finding() {} // subclassed only by the generated implementation

  /**
   * A finding of the given type, citing the given legal bases, with its facts.
   *
   * @throws IllegalArgumentException if {@code legalBases} is empty
   * @throws NullPointerException if an argument or element is null
   */
  public static Finding of(FindingType type, Iterable<LegalBasis> legalBases, Fact... facts) {
    requireNonNull(type, "type");
    return builder().type(type).addAllLegalBases(legalBases).addFacts(facts).build();
  }

  /** As {@link #of(FindingType, Iterable, Fact...)} with a single legal basis. */
  public static Finding of(FindingType type, LegalBasis legalBasis, Fact... facts) {
    return of(type, ImmutableList.of(legalBasis), facts);
  }

  /** A builder; the type and at least one legal basis are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /** The kind of finding. */
  public abstract FindingType type();

  /** The legal bases the finding rests on; never empty. */
  public abstract ImmutableList<LegalBasis> legalBases();

  /** The facts, in the order the check gave them; each type's Javadoc names its facts. */
  public abstract ImmutableList<Fact> facts();

  /** The stable namespaced code of the finding's type, such as {@code sanction.MINOR_EXCLUDED}. */
  public String code() {
    return type().code();
  }

  /** The requirement the finding serves. */
  public RequirementId requirement() {
    return type().requirement();
  }

  /** How the finding weighs on the verdict. */
  public Severity severity() {
    return type().severity();
  }

  /** The value of a fact by its typed key: {@code finding.fact(DesignationFacts.DEADLINE)}. */
  public <T> Optional<T> fact(FactKey<T> key) {
    return key.in(facts());
  }

  /** The fact of the given name, if there is one. */
  public Optional<Fact> fact(String name) {
    for (Fact f : facts()) {
      if (f.name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The message in Simplified Chinese.
   *
   * @throws IllegalStateException if the library has no text for the code
   */
  @Value.Lazy
  public String messageZh() {
    return MessageTexts.library().format(type(), facts(), Locale.SIMPLIFIED_CHINESE);
  }

  /**
   * The message in English.
   *
   * @throws IllegalStateException if the library has no text for the code
   */
  @Value.Lazy
  public String messageEn() {
    return MessageTexts.library().format(type(), facts(), Locale.ROOT);
  }

  /** The message in {@code locale}'s language: Chinese for a Chinese locale, English otherwise. */
  public String message(Locale locale) {
    return MessageTexts.isChinese(locale) ? messageZh() : messageEn();
  }

  /** The message in {@code locale}'s language, with the user's texts where they override ours. */
  public String message(Locale locale, MessageTexts texts) {
    return texts.format(type(), facts(), locale);
  }

  @Value.Check
  void check() {
    if (legalBases().isEmpty()) {
      throw new IllegalArgumentException("finding " + code() + " must cite at least one legal basis");
    }
  }

  /** The code, requirement id, severity and English message; a finding carries no personal data. */
  @Override
  public String toString() {
    return code() + " (" + requirement().id() + ", " + severity() + "): " + messageEn();
  }

  /** Builds a {@link Finding}. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
