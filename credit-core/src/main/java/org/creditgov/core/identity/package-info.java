/**
 * Identifiers of credit subjects: unified social credit codes, resident identity numbers and
 * foreign permanent resident ID numbers. Each type parses ({@code parse}, {@code tryParse}),
 * validates ({@code isValid}) and decodes; a bad string is an {@link
 * org.creditgov.core.identity.InvalidIdentifierException} with a reason code, never another
 * exception. Personal identifiers print masked.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.identity;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
