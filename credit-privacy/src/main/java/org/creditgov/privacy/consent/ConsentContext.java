package org.creditgov.privacy.consent;

import com.google.common.collect.ImmutableSet;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * The circumstances a consent was asked for in (PRI-2, PIPL Arts. 14 and 16), so that a forced or
 * bundled consent can be refused: the service the person asked for, the purposes that service
 * actually needs, whether giving the consent was made a condition of the service, and every purpose
 * the same act of consent covered.
 *
 * <pre>{@code
 * ConsentContext loan = ConsentContext.builder()
 *     .service("个人经营贷款申请")
 *     .addNeededPurpose("LOAN-APPROVAL")
 *     .conditionOfService(true)
 *     .addPurposesCovered("LOAN-APPROVAL")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CreditStyle
public abstract class ConsentContext {

  ConsentContext() {} // subclassed only by the generated implementation

  /** A builder; the service is mandatory, {@code conditionOfService} defaults to false. */
  public static Builder builder() {
    return new Builder();
  }

  /** The service the person asked for (a loan application, a licence). */
  public abstract String service();

  /** The purpose codes the service needs. */
  public abstract ImmutableSet<String> neededPurposes();

  /** Whether the service was refused unless the person consented. */
  @Value.Default
  public boolean conditionOfService() {
    return false;
  }

  /**
   * Every purpose code the same act of consent covered (one signature for several purposes); the
   * consent's own purpose among them or not.
   */
  public abstract ImmutableSet<String> purposesCovered();

  @Value.Check
  void check() {
    if (service().isBlank()) {
      throw new IllegalArgumentException("a consent context names the service");
    }
  }

  /** Builds a {@link ConsentContext}. */
  public static final class Builder extends ImmutableConsentContext.Builder {
    Builder() {}
  }
}
