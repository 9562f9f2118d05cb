/**
 * The JDBC stores (PRI-2, PRI-4, SEC-1, SEC-2): {@link org.creditgov.store.jdbc.JdbcConsentStore}
 * keeps consents with optimistic concurrency (one conditional {@code UPDATE … WHERE version = ?});
 * {@link org.creditgov.store.jdbc.JdbcQueryLog} keeps the query log's entries and reviews, append
 * only. Each row holds the value's canonical JSON document and its format, read back through the
 * form's upcasters; a row that does not read is refused with one {@link
 * org.creditgov.store.jdbc.PrivacyStoreException} naming its reason and table. The same SQL runs on
 * PostgreSQL 14+ and on H2 2.x in PostgreSQL mode.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.store.jdbc;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
