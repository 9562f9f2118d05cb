package org.creditgov.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.identity.ValidationLevel;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link CreditCode}: the violation's message lists every problem with its position, in
 * the order a clerk fixes them, never the value. Public so that any Bean Validation provider can
 * instantiate it.
 */
public final class CreditCodeValidator implements ConstraintValidator<CreditCode, CharSequence> {

  private ValidationLevel level = ValidationLevel.STANDARD;
  private String message = "";

  /** Created by the Bean Validation provider. */
  public CreditCodeValidator() {}

  @Override
  public void initialize(CreditCode annotation) {
    level = annotation.level();
    message = annotation.message();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null || UnifiedSocialCreditCode.isValid(value.toString(), level)) {
      return true;
    }
    ViolationMessage.report(context, "CreditCode", message, UnifiedSocialCreditCode.problems(value.toString(), level));
    return false;
  }
}
