/**
 * The {@code credit} command line (issue 16): the entry point, the commands' language (zh-CN or en) and the documented exit codes (0 ok, 1 findings or problems, 2 usage error, 3 I/O error).
 */
@NullMarked
@CheckReturnValue
package org.creditgov.cli;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
