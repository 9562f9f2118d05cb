/**
 * Test support for users and for the library's own tests: seeded generators of valid and invalid
 * domain data, and invariant suites a vendor runs against their own system.
 */
@NullMarked
package org.creditgov.testkit;

import org.jspecify.annotations.NullMarked;
