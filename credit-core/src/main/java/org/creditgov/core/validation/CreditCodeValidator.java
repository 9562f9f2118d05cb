package org.creditgov.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.identity.ValidationLevel;
import org.jspecify.annotations.Nullable;

/** Validates {@link CreditCode}. Public so that any Bean Validation provider can instantiate it. */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

  private ValidationLevel level = ValidationLevel.STANDARD;

  /** Created by the Bean Validation provider. */
  public CreditCodeValidator() {}

  @Override
  public void initialize(CreditCode annotation) {
    level = annotation.level();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    return value == null || UnifiedSocialCreditCode.isValid(value.toString(), level);
  }
}
