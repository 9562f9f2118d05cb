/**
 * Contract suites of credit-privacy's store SPIs (PRI-2, PRI-4, SEC-1, SEC-2): {@link
 * org.creditgov.testkit.store.ConsentStoreContract} and {@link
 * org.creditgov.testkit.store.QueryLogContract}, abstract JUnit classes that any implementation —
 * the library's in-memory and JDBC stores, a vendor's own — runs by extending them and saying how
 * to make an empty store; and {@link org.creditgov.testkit.store.StoreValues}, the seeded values
 * they store.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.testkit.store;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
