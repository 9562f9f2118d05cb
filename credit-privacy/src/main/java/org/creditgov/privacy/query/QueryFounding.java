package org.creditgov.privacy.query;

import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.privacy.consent.FoundingKind;
import org.immutables.value.Value;

/**
 * What a query rests on (PRI-4, SEC-1): a recorded consent, by its id, or a statutory duty with
 * its legal basis (PIPL Art. 13(3)).
 */
@Value.Immutable
@CreditStyle
public abstract class QueryFounding {

  QueryFounding() {} // subclassed only by the generated implementation

  /**
   * A query under the consent of the given id.
   *
   * @throws NullPointerException if {@code consentId} is null
   */
  public static QueryFounding underConsent(String consentId) {
    return ImmutableQueryFounding.builder().kind(FoundingKind.CONSENT).consentId(consentId).build();
  }

  /**
   * A query to perform the statutory duty {@code basis} imposes.
   *
   * @throws NullPointerException if {@code basis} is null
   */
  public static QueryFounding statutoryDuty(LegalBasis basis) {
    return ImmutableQueryFounding.builder().kind(FoundingKind.STATUTORY_DUTY).legalBasis(basis).build();
  }

  /** The kind of founding. */
  public abstract FoundingKind kind();

  /** The consent's id, for a query under consent. */
  public abstract Optional<String> consentId();

  /** The legal basis, for a query under a statutory duty. */
  public abstract Optional<LegalBasis> legalBasis();

  @Value.Check
  void check() {
    boolean consent = kind() == FoundingKind.CONSENT;
    if (consent != consentId().isPresent() || consent == legalBasis().isPresent()) {
      throw new IllegalArgumentException("a query rests on a consent id or on a statutory duty's basis, one of them");
    }
  }
}
