package org.creditgov.core.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.creditgov.core.identity.ResidentIdNumber;

/**
 * The annotated string must be a valid resident identity number (公民身份号码, GB 11643-1999), as
 * {@link ResidentIdNumber.Parser#isValid(String)} judges it. "Today", for the birth-date check, is
 * the date of the validator factory's {@link jakarta.validation.ClockProvider}, so tests and
 * replays can fix it. {@code null} is valid: combine with {@code @NotNull} where it is mandatory.
 *
 * <p>Bean Validation reads properties through {@code getX()}/{@code isX()} accessors only: on an
 * Immutables-style accessor such as {@code idNumber()} the constraint is ignored. Put it on a
 * field, a {@code get}-prefixed getter, a parameter, or a type argument.
 */
@Documented
@Constraint(validatedBy = ResidentIdValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
@Repeatable(ResidentId.List.class)
public @interface ResidentId {

  /** The message, by default from the library's zh-CN and en messages. */
  String message() default "{org.creditgov.core.validation.ResidentId.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** Whether a 15-digit legacy number is accepted (it is upgraded when parsed). */
  boolean acceptLegacy15() default true;

  /** Whether the residence permits of Hong Kong, Macau and Taiwan residents (81/82/83) are accepted. */
  boolean acceptResidencePermits() default true;

  /** Several {@code @ResidentId} on one element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    ResidentId[] value();
  }
}
