package org.creditgov.privacy.consent;

import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.verdict.Verdict;
import org.immutables.value.Value;

/**
 * What recording or withdrawing a consent gave (PRI-2, PRI-4): the verdict with every finding,
 * and the consent as now stored when the act was accepted (or, for a repeated withdrawal, as it
 * already stood). A refused act stored nothing.
 */
@Value.Immutable
@CreditStyle
public abstract class ConsentResult {

  ConsentResult() {} // subclassed only by the generated implementation

  static ConsentResult of(Verdict verdict, Optional<StoredConsent> consent) {
    return ImmutableConsentResult.builder().verdict(verdict).consent(consent).build();
  }

  /** The verdict. */
  public abstract Verdict verdict();

  /** The consent as stored after the act; empty when it was refused. */
  public abstract Optional<StoredConsent> consent();

  /** Whether the act was accepted. */
  public boolean accepted() {
    return verdict().isAllowed();
  }
}
