package org.creditgov.privacy.query;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The query log (SEC-1, SEC-2, SEC-3): the service interface every store of registered queries
 * implements — {@link InMemoryQueryLog} in memory, {@code org.creditgov.privacy.io.AuditQueryLog} tamper-evident on a
 * credit-audit {@code AuditLog}. Entries and reviews are only ever appended; nothing is changed or
 * removed, so a review is a record of its own beside the entry it reviews.
 *
 * <p>An append either keeps the whole entry or throws, keeping nothing: the gateway returns no data
 * for a query it could not register. Days are counted in China. Implementations are thread-safe.
 */
public interface QueryLog {

  /**
   * Registers one query.
   *
   * @throws IllegalArgumentException if an entry of the same query id is already registered
   * @throws java.io.UncheckedIOException (or another unchecked exception) if the entry could not be
   *     kept; nothing is kept then
   */
  void append(QueryLogEntry entry);

  /**
   * Registers one review.
   *
   * @throws IllegalArgumentException if no entry has the review's query id
   */
  void appendReview(QueryReview review);

  /** Every entry, in the order registered. */
  ImmutableList<QueryLogEntry> entries();

  /** The entry of a query. */
  Optional<QueryLogEntry> entry(String queryId);

  /** The entries about the subject of the pseudonym {@code subjectToken}, in order. */
  ImmutableList<QueryLogEntry> forSubject(String subjectToken);

  /** The reviews of a query, in order. */
  ImmutableList<QueryReview> reviews(String queryId);

  /** How many queries {@code actor} made on {@code day}. */
  int queriesBy(Actor actor, LocalDate day);

  /** How many of them were refused. */
  int refusalsBy(Actor actor, LocalDate day);

  /** Where a query stands in review: not flagged, flagged, or reviewed. */
  default Optional<ReviewState> reviewState(String queryId) {
    return entry(queryId).map(e -> e.flags().isEmpty() ? ReviewState.NOT_FLAGGED
        : reviews(queryId).isEmpty() ? ReviewState.FLAGGED : ReviewState.REVIEWED);
  }

  /** The flagged entries no reviewer has reviewed yet, in order. */
  default ImmutableList<QueryLogEntry> awaitingReview() {
    return entries().stream().filter(e -> !e.flags().isEmpty() && reviews(e.queryId()).isEmpty())
        .collect(ImmutableList.toImmutableList());
  }
}
