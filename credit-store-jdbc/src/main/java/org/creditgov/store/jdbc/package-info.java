/**
 * Durable stores on PostgreSQL and H2 (issue 14; DES-6, DES-7, REP-2, REP-3): {@link
 * org.creditgov.store.jdbc.JdbcStores} opens every store over one {@link javax.sql.DataSource} and
 * one schema ({@code db/migration/creditgov}); {@link org.creditgov.store.jdbc.JdbcDesignationStore}
 * and {@link org.creditgov.store.jdbc.JdbcRepairStore} keep the procedures' events with their
 * outbox rows and projections in one transaction per append; {@link
 * org.creditgov.store.jdbc.JdbcOutbox} is the sync store (当日同步) and dispatches its rows to the
 * connected systems, at least once, deduplicated by (target, change id), in order per (target,
 * subject). The differences between the two databases are confined to one package-private class.
 *
 * <p>Consents and the query log (PRI-2, PRI-4, SEC-1, SEC-2): {@link
 * org.creditgov.store.jdbc.JdbcConsentStore} keeps consents with optimistic concurrency (one
 * conditional {@code UPDATE … WHERE version = ?}); {@link org.creditgov.store.jdbc.JdbcQueryLog}
 * keeps the query log's entries and reviews, append only. A row that does not read is refused
 * with one typed exception naming its reason and table.
 *
 * <p>Subjects (DES-7, PRI-1, PRI-3): {@link org.creditgov.store.jdbc.JdbcSubjectDirectory} keeps
 * subjects' details in their own table, apart from the events; masking clears the detail columns,
 * erasing deletes the row.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.store.jdbc;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
