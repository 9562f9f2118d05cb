/**
 * Test support for users and for the library's own tests: seeded generators of valid and invalid
 * domain data, and invariant suites a vendor runs against their own system.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.testkit;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
