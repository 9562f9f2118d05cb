package org.creditgov.core.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.util.Optional;
import org.creditgov.core.identity.ResidentIdNumber;
import org.jspecify.annotations.Nullable;

/** Validates {@link ResidentId}. Public so that any Bean Validation provider can instantiate it. */
public final class ResidentIdValidator implements ConstraintValidator<ResidentId, CharSequence> {

  private boolean acceptLegacy15 = true;
  private boolean acceptResidencePermits = true;
  /** The parser of the last clock seen: providers usually hand out one clock, or equal ones. */
  private volatile ResidentIdNumber.@Nullable Parser parser;

  /** Created by the Bean Validation provider. */
  public ResidentIdValidator() {}

  @Override
  public void initialize(ResidentId annotation) {
    acceptLegacy15 = annotation.acceptLegacy15();
    acceptResidencePermits = annotation.acceptResidencePermits();
  }

  @Override
  public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Optional<ResidentIdNumber> id = parserFor(context.getClockProvider().getClock()).tryParse(value.toString());
    return id.isPresent()
        && (acceptLegacy15 || !id.get().upgradedFromLegacy())
        && (acceptResidencePermits || !id.get().isResidencePermit());
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
