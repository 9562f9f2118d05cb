/**
 * The texts of the library's messages: named, typed {@link org.creditgov.core.text.Fact}s that
 * findings and data problems carry, and {@link org.creditgov.core.text.MessageTexts}, which writes
 * them into Chinese and English templates a user may override. Dates, periods, amounts and terms
 * are written for a county clerk: 2026年9月28日, 3年, 6个月, 10个工作日, and names instead of codes.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.text;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
