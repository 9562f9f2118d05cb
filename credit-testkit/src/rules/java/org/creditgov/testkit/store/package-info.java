/**
 * Contract suites of the storage SPIs (DES-6, DES-7, REP-3), which any implementation runs — the
 * library's in-memory and JDBC stores, and a vendor's own: {@link
 * org.creditgov.testkit.store.StoreContracts}.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.testkit.store;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
