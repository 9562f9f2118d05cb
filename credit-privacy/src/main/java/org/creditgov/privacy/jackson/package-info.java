/**
 * Masking on serialisation with Jackson 3 (PRI-3, CAT-6): annotate the personal fields of a DTO
 * with {@link org.creditgov.privacy.jackson.Masked} and register a {@link
 * org.creditgov.privacy.jackson.CreditPrivacyModule} with the profile of the audience.
 *
 * <p>This is the only package of credit-privacy that uses Jackson, and the dependency is optional:
 * an application that uses this package brings Jackson 3 ({@code tools.jackson.core:jackson-databind})
 * itself (a Spring Boot 4 application already has it).
 */
@NullMarked
@CheckReturnValue
package org.creditgov.privacy.jackson;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
