/**
 * Benchmarks of the durable stores (credit-store-jdbc, issue 14) on an embedded PostgreSQL: appends
 * with 8 threads beside plain JDBC writing the same rows in the same transactions, the published
 * list on a date from the projection for 100,000 designations beside a plain SELECT, and outbox
 * dispatch to an in-process target beside a bare JDBC read-and-mark of the same rows.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.bench.store;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
