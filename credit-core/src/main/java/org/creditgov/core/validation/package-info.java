/**
 * Jakarta Bean Validation constraints for vendors' DTOs: {@link
 * org.creditgov.core.validation.CreditCode} and {@link org.creditgov.core.validation.ResidentId},
 * with messages in zh-CN and en (from {@code ContributorValidationMessages}, which Hibernate
 * Validator aggregates from every library).
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.validation;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
