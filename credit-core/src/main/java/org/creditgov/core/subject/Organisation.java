package org.creditgov.core.subject;

import java.time.LocalDate;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.immutables.value.Value;

/**
 * A legal person, unincorporated organisation or individual business, keyed by its unified social
 * credit code. Its name and code are public registration information.
 */
@Value.Immutable
@CreditStyle
public abstract non-sealed class Organisation implements Subject {

  Organisation() {} // subclassed only by the generated ImmutableOrganisation

  /** A builder; type, credit code and name are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's attributes, to build a copy with some of them changed: a
   * single-valued attribute set again replaces the copied value, an {@code add…} adds to the copied
   * elements.
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The builder of {@link Organisation}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}
  }

  /** An organisation of the given type. */
  public static Organisation of(SubjectType type, UnifiedSocialCreditCode creditCode, String name) {
    return builder().type(type).creditCode(creditCode).name(name).build();
  }

  @Override
  public abstract SubjectType type();

  /** The unified social credit code that keys the subject. */
  public abstract UnifiedSocialCreditCode creditCode();

  /** The registered name. */
  public abstract String name();

  /** Always false: an organisation is not a minor. */
  @Override
  public boolean isMinorOn(LocalDate date) {
    return false;
  }

  @Value.Check
  void check() {
    if (!type().isOrganisation()) {
      throw new IllegalArgumentException("an organisation cannot be of type " + type());
    }
    if (name().isBlank()) {
      throw new IllegalArgumentException("an organisation needs a name");
    }
  }
}
