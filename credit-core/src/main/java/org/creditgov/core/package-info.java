/**
 * The library's root types: {@link org.creditgov.core.RequirementId} (every requirement of the
 * credit rules by its id, such as DES-4, with its title), {@link org.creditgov.core.Bilingual} (a
 * name in Simplified Chinese and in English, which every enum that reaches a message implements),
 * and the value style {@link org.creditgov.core.CreditStyle} of the library's immutable types.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
