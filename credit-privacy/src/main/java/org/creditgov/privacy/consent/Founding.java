package org.creditgov.privacy.consent;

import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.legal.LegalBasis;
import org.immutables.value.Value;

/**
 * What an authorisation rests on (PIPL Art. 13, PRI-4): the person's consent (Art. 13(1)), or a
 * statutory duty or obligation (Art. 13(3)) with the legal basis that imposes it.
 *
 * <pre>{@code
 * Founding.consent();
 * Founding.statutoryDuty(taxAdministrationLaw.withArticle("第五十七条"));
 * }</pre>
 */
@Value.Immutable
@CreditStyle
public abstract class Founding {

  Founding() {} // subclassed only by the generated implementation

  private static final Founding CONSENT = ImmutableFounding.builder().kind(FoundingKind.CONSENT).build();

  /** The person's consent (PIPL Art. 13(1)). */
  public static Founding consent() {
    return CONSENT;
  }

  /**
   * A statutory duty or obligation (PIPL Art. 13(3)) imposed by {@code basis}.
   *
   * @throws NullPointerException if {@code basis} is null
   */
  public static Founding statutoryDuty(LegalBasis basis) {
    return ImmutableFounding.builder().kind(FoundingKind.STATUTORY_DUTY).legalBasis(basis).build();
  }

  /** The kind of founding. */
  public abstract FoundingKind kind();

  /** The legal basis of a statutory duty; empty for consent. */
  public abstract Optional<LegalBasis> legalBasis();

  /** Whether this is the person's consent. */
  public boolean isConsent() {
    return kind() == FoundingKind.CONSENT;
  }

  @Value.Check
  void check() {
    if ((kind() == FoundingKind.STATUTORY_DUTY) != legalBasis().isPresent()) {
      throw new IllegalArgumentException("a statutory duty names its legal basis; consent names none");
    }
  }
}
