/**
 * The shared answer of every check: a {@link org.creditgov.core.verdict.Verdict} listing every
 * {@link org.creditgov.core.verdict.Finding}, each with a stable code, a requirement id, its legal
 * bases and messages in zh-CN and en.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.verdict;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
