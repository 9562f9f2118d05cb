package org.creditgov.privacy.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A {@link QueryLog} in memory (SEC-1): for tests and for a single process whose queries need not
 * outlive it; {@code org.creditgov.privacy.io.AuditQueryLog} is the tamper-evident one. Thread-safe.
 */
public final class InMemoryQueryLog implements QueryLog {

  private final QueryIndex index = new QueryIndex();

  /** An empty log. */
  public InMemoryQueryLog() {}

  @Override
  public synchronized void append(QueryLogEntry entry) {
    index.add(requireNonNull(entry, "entry"));
  }

  @Override
  public synchronized void appendReview(QueryReview review) {
    index.add(requireNonNull(review, "review"));
  }

  @Override
  public synchronized ImmutableList<QueryLogEntry> entries() {
    return index.entries();
  }

  @Override
  public synchronized Optional<QueryLogEntry> entry(String queryId) {
    return index.entry(requireNonNull(queryId, "queryId"));
  }

  @Override
  public synchronized ImmutableList<QueryLogEntry> forSubject(String subjectToken) {
    return index.forSubject(requireNonNull(subjectToken, "subjectToken"));
  }

  @Override
  public synchronized ImmutableList<QueryReview> reviews(String queryId) {
    return index.reviews(requireNonNull(queryId, "queryId"));
  }

  @Override
  public synchronized int queriesBy(Actor actor, LocalDate day) {
    return index.count(actor, day, 0);
  }

  @Override
  public synchronized int refusalsBy(Actor actor, LocalDate day) {
    return index.count(actor, day, 1);
  }

  /** The number of entries, never their content. */
  @Override
  public synchronized String toString() {
    return "InMemoryQueryLog[" + index.size() + " entries]";
  }
}
