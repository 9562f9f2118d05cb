package org.creditgov.privacy.query;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.verdict.Verdict;
import org.immutables.value.Value;

/**
 * The answer to one query (SEC-1, PRI-1): the verdict with every finding, the records minimised
 * and masked (none when refused), and the entry that registered the query.
 */
@Value.Immutable
@CreditStyle
public abstract class QueryResult {

  QueryResult() {} // subclassed only by the generated implementation

  /**
   * An answer. The gateway gives these; the query-result form reads them back ({@code
   * creditgov-query-result/1}).
   *
   * @throws IllegalStateException if the verdict refuses and records are given (a refused query
   *     returns no data)
   */
  public static QueryResult of(Verdict verdict, List<MinimisedRecord> records, QueryLogEntry entry) {
    return ImmutableQueryResult.builder().verdict(verdict).addAllRecords(records).entry(entry).build();
  }

  /** The verdict. */
  public abstract Verdict verdict();

  /** The records returned; empty when the query was refused. */
  public abstract ImmutableList<MinimisedRecord> records();

  /** The query's entry in the log. */
  public abstract QueryLogEntry entry();

  /** The gateway's id of the query. */
  public String queryId() {
    return entry().queryId();
  }

  /** Whether the query was answered (it may still be flagged for review). */
  public boolean authorised() {
    return verdict().isAllowed();
  }

  @Value.Check
  void check() {
    if (!verdict().isAllowed() && !records().isEmpty()) {
      throw new IllegalStateException("a refused query returns no data");
    }
  }
}
