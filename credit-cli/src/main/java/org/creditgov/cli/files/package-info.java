/**
 * Files of any size, a record at a time, in constant memory (PRI-3): CSV with a header, JSON Lines and text read as a stream, malformed records reported by line and skipped, quarantined or fatal, the output written to a temporary file and renamed atomically, and a progress bar on a terminal. Shared by {@code credit mask} and {@code credit redact}.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.cli.files;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
