package org.creditgov.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.util.Optional;
import org.creditgov.core.identity.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/**
 * Validates {@link ResidentId}: the violation's message lists every problem with its position (or
 * the form not accepted), in the order a clerk fixes them, never the value. Public so that any
 * Bean Validation provider can instantiate it.
 */
public final class ResidentIdValidator implements ConstraintValidator<ResidentId, CharSequence> {

  private boolean acceptLegacy15 = true;
  private boolean acceptResidencePermits = true;
  private String message = "";
  /** The parser of the last clock seen: providers usually hand out one clock, or equal ones. */
  private volatile ResidentIdNumber.@Nullable Parser parser;

  /** Created by the Bean Validation provider. */
  public ResidentIdValidator() {}

  @Override
  public void initialize(ResidentId annotation) {
    acceptLegacy15 = annotation.acceptLegacy15();
    acceptResidencePermits = annotation.acceptResidencePermits();
    message = annotation.message();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    ResidentIdNumber.Parser ids = parserFor(context.getClockProvider().getClock());
    Optional<ResidentIdNumber> id = ids.tryParse(value.toString());
    if (id.isEmpty()) {
      ViolationMessage.report(context, "ResidentId", message, ids.problems(value.toString()));
      return false;
    }
    if (!acceptLegacy15 && id.get().upgradedFromLegacy()) {
      ViolationMessage.refuse(context, "ResidentId", message, "refused.legacy15");
      return false;
    }
    if (!acceptResidencePermits && id.get().isResidencePermit()) {
      ViolationMessage.refuse(context, "ResidentId", message, "refused.residencePermit");
      return false;
    }
    return true;
  }

  private ResidentIdNumber.Parser parserFor(Clock clock) {
    ResidentIdNumber.Parser p = parser;
    if (p == null || !p.clock().equals(clock)) {
      p = ResidentIdNumber.parser(clock);
      parser = p;
    }
    return p;
  }
}
