package org.creditgov.store.jdbc;

import com.google.common.collect.ImmutableList;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.tx.Transaction;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Completes the transactions an embedded H2 2.4–2.5 database leaves half-committed when its
 * process is killed (DES-7, REP-3: a committed delivery or claim must not stay locked).
 *
 * <p>H2 commits a transaction in two steps: it marks the transaction's undo log "committed", then
 * applies the log to the rows and clears it. A process killed between the two, after another
 * thread's commit wrote the half-way state to the file, leaves on reopen a transaction in status
 * {@code COMMITTED} whose rows still carry its uncommitted versions. H2's recovery ({@code
 * TransactionStore.endLeftoverTransactions}) is meant to finish it, but in 2.4 and 2.5 (checked
 * on 2.5.252) {@code Transaction.commit()} applies the log only to a transaction that is still
 * active, so the leftover is never finished: readers see the rows as before the transaction,
 * {@code SELECT … FOR UPDATE SKIP LOCKED} skips them for ever, and an {@code UPDATE} of them
 * spins. In the outbox that is a delivery no dispatcher ever claims again (CrashTest found it).
 *
 * <p>{@link #finish} does what H2's recovery means to do, with H2's own (package-private)
 * operations: for each leftover in status {@code COMMITTED} (a leftover has no owning session) it
 * applies the undo log and ends the transaction, as H2 2.3 did. It runs when the stores open the
 * database, before any work; it touches nothing on another database, on a server-mode H2, or
 * when there is no leftover, and fails with a typed error, never silently, if a leftover exists
 * and this H2 no longer has those operations.
 */
final class H2Leftovers {

  private H2Leftovers() {}

  /**
   * Finishes the committed leftovers of the embedded H2 database {@code c} is connected to.
   *
   * @return how many transactions were finished (0 when there was none, or the database is not an embedded H2)
   * @throws StoreException of reason DATABASE if a leftover exists and cannot be finished
   */
  static int finish(Connection c) throws SQLException {
    if (!c.isWrapperFor(JdbcConnection.class)
        || !(c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
      return 0; // another database, or H2 over TCP: its server recovers the file
    }
    TransactionStore store = session.getDatabase().getStore().getTransactionStore();
    ImmutableList<Transaction> leftovers = store.getOpenTransactions().stream()
        .filter(t -> t.getStatus() == Transaction.STATUS_COMMITTED && ownerless(t))
        .collect(ImmutableList.toImmutableList());
    if (leftovers.isEmpty()) {
      return 0;
    }
    try {
      Method commit = TransactionStore.class.getDeclaredMethod("commit", Transaction.class, boolean.class);
      Method end = TransactionStore.class.getDeclaredMethod("endTransaction", Transaction.class, boolean.class);
      commit.setAccessible(true);
      end.setAccessible(true);
      for (Transaction t : leftovers) {
        commit.invoke(store, t, true); // true: recovery, the log is marked committed already
        end.invoke(store, t, true);
      }
    } catch (InvocationTargetException e) {
      // H2's own failure is named by its class only: its message may quote the rows' values
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new StoreException(StoreException.Reason.DATABASE, "database", "finishing a transaction left half-committed"
          + " by a killed process failed (" + cause.getClass().getName() + ")", ImmutableList.of());
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new StoreException(StoreException.Reason.DATABASE, "database", "a transaction left half-committed by a"
          + " killed process cannot be finished on this version of H2", e);
    }
    return leftovers.size();
  }

  /** A leftover of a dead process: registered by H2's recovery with no owning session (owner 0). */
  private static boolean ownerless(Transaction t) {
    try {
      Field owner = Transaction.class.getDeclaredField("ownerId");
      owner.setAccessible(true);
      return owner.getInt(t) == 0;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new StoreException(StoreException.Reason.DATABASE, "database", "a transaction left half-committed by a"
          + " killed process cannot be recognised on this version of H2", e);
    }
  }
}
