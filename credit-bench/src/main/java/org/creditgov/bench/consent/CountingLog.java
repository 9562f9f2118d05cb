package org.creditgov.bench.consent;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryReview;

/**
 * A query log for the benchmark that counts entries and keeps none (millions of entries would
 * measure the heap, not the gateway); it reports no earlier queries, so no query is flagged for
 * the daily limit. Not for use outside benchmarks.
 */
final class CountingLog implements QueryLog {

  long appended;

  @Override
  public void append(QueryLogEntry entry) {
    appended++;
  }

  @Override
  public void appendReview(QueryReview review) {
    throw new UnsupportedOperationException("the benchmark reviews nothing");
  }

  @Override
  public ImmutableList<QueryLogEntry> entries() {
    return ImmutableList.of();
  }

  @Override
  public Optional<QueryLogEntry> entry(String queryId) {
    return Optional.empty();
  }

  @Override
  public ImmutableList<QueryLogEntry> forSubject(String subjectToken) {
    return ImmutableList.of();
  }

  @Override
  public ImmutableList<QueryReview> reviews(String queryId) {
    return ImmutableList.of();
  }

  @Override
  public int queriesBy(Actor actor, LocalDate day) {
    return 0;
  }

  @Override
  public int refusalsBy(Actor actor, LocalDate day) {
    return 0;
  }
}
