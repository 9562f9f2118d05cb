/**
 * Contract suites of the storage SPIs, which any implementation runs — the library's in-memory and
 * JDBC stores, and a vendor's own: {@link org.creditgov.testkit.store.StoreContracts} for the
 * designation store and the sync store (DES-6, DES-7, REP-3); {@link
 * org.creditgov.testkit.store.ConsentStoreContract} and {@link
 * org.creditgov.testkit.store.QueryLogContract} for credit-privacy's stores (PRI-2, PRI-4, SEC-1,
 * SEC-2), abstract JUnit classes an implementation extends by saying how to make an empty store;
 * {@link org.creditgov.testkit.store.SubjectDirectoryContract} for credit-rules' subject directory
 * (DES-7, PRI-1, PRI-3), likewise, over subjects of every kind; and {@link
 * org.creditgov.testkit.store.StoreValues}, the seeded values they store.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.testkit.store;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
