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
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.identity.ValidationLevel;

/**
 * The annotated string must be a valid unified social credit code (统一社会信用代码, GB 32100-2015), as
 * {@link UnifiedSocialCreditCode#isValid(String, ValidationLevel)} judges it. {@code null} is
 * valid: combine with {@code @NotNull} where the code is mandatory.
 *
 * <p>Bean Validation reads properties through {@code getX()}/{@code isX()} accessors only: on an
 * Immutables-style accessor such as {@code creditCode()} the constraint is ignored. Put it on a
 * field, a {@code get}-prefixed getter, a parameter, or a type argument ({@code
 * List<@CreditCode String>}).
 */
@Documented
@Constraint(validatedBy = CreditCodeValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
@Retention(RUNTIME)
@Repeatable(CreditCode.List.class)
public @interface CreditCode {

  /** The message, by default from the library's zh-CN and en messages. */
  String message() default "{org.creditgov.core.validation.CreditCode.message}";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};

  /** How strictly to validate; {@link ValidationLevel#STRICT} also checks the embedded organisation code. */
  ValidationLevel level() default ValidationLevel.STANDARD;

  /** Several {@code @CreditCode} on one element. */
  @Documented
  @Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE, CONSTRUCTOR})
  @Retention(RUNTIME)
  @interface List {
    /** The constraints. */
    CreditCode[] value();
  }
}
