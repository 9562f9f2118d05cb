package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.privacy.json.PrivacyJson;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryReview;

/**
 * The query log's index in a database (SEC-1, SEC-2): table {@code cg_query_entry} holds each
 * registered query as its canonical document ({@code creditgov-query-log-entry}, {@link
 * PrivacyJson#QUERY_LOG_ENTRY}) with its format, beside the columns the lookups need — the
 * subject's keyed pseudonym (never its identifier), the department and officer, the day in China
 * it was recorded on, whether it was refused and whether it is flagged for review; {@code
 * cg_query_review} holds the reviews ({@code creditgov-query-review}). Entries and reviews are
 * only ever inserted.
 *
 * <p>This is the database's index of the query log; the tamper-evident record stays credit-audit's
 * log ({@link org.creditgov.privacy.io.AuditQueryLog}), whose entries may stay in its files. An
 * append is one statement, kept whole or not at all: a second entry of a query id is refused
 * (primary key), and so is a review of a query not registered (foreign key), each with an {@link
 * IllegalArgumentException}. Rows are read through the forms' upcasters whatever their version; a
 * row that does not read is refused with a {@link StoreException}. The schema is migrated
 * by Flyway ({@code db/migration/creditgov}). Thread-safe, as the data source is.
 */
public final class JdbcQueryLog implements QueryLog {

  static final String ENTRIES = "cg_query_entry";
  static final String REVIEWS = "cg_query_review";
  private static final String ENTRY_COLUMNS = "e.query_id, e.subject_token, e.format, e.document";

  private final DataSource dataSource;
  private final JsonForm<QueryLogEntry> entryForm;
  private final JsonForm<QueryReview> reviewForm;

  JdbcQueryLog(DataSource dataSource, JsonForm<QueryLogEntry> entryForm, JsonForm<QueryReview> reviewForm) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.entryForm = requireNonNull(entryForm, "entryForm");
    this.reviewForm = requireNonNull(reviewForm, "reviewForm");
  }

  /**
   * The query log kept in the database of {@code dataSource}, whose schema Flyway has migrated.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static JdbcQueryLog on(DataSource dataSource) {
    return new JdbcQueryLog(dataSource, PrivacyJson.QUERY_LOG_ENTRY, PrivacyJson.QUERY_REVIEW);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if the query id, the pseudonym, the department or the
   *     officer is longer than its column (200, 200, 1,000 and 200 characters)
   * @throws StoreException if the database fails; nothing is kept then
   */
  @Override
  public void append(QueryLogEntry entry) {
    requireNonNull(entry, "entry");
    String document = entryForm.encode(entry);
    try {
      PrivacySql.insertOne(dataSource, "INSERT INTO cg_query_entry (query_id, subject_token, department, officer,"
          + " recorded_day, refused, flagged, format, document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          entry.queryId(), entry.subjectToken(), entry.actor().department(), entry.actor().officer(),
          LocalDate.ofInstant(entry.recordedAt(), ChinaTime.ZONE), entry.refused(), !entry.flags().isEmpty(),
          entryForm.format(), document);
    } catch (SQLException e) {
      if (PrivacySql.isUniqueViolation(e)) {
        throw new IllegalArgumentException("query " + entry.queryId() + " is already registered");
      }
      if (PrivacySql.isTooLong(e)) {
        throw new IllegalArgumentException("a value of the entry is longer than the log keeps");
      }
      throw PrivacySql.failure(ENTRIES, "an append", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails; nothing is kept then
   */
  @Override
  public void appendReview(QueryReview review) {
    requireNonNull(review, "review");
    String document = reviewForm.encode(review);
    try {
      PrivacySql.insertOne(dataSource, "INSERT INTO cg_query_review (query_id, format, document) VALUES (?, ?, ?)",
          review.queryId(), reviewForm.format(), document);
    } catch (SQLException e) {
      if (PrivacySql.isForeignKeyViolation(e) || PrivacySql.isTooLong(e)) {
        throw new IllegalArgumentException("no query " + review.queryId() + " is registered");
      }
      throw PrivacySql.failure(REVIEWS, "an append", e);
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if a row does not read or the database fails
   */
  @Override
  public ImmutableList<QueryLogEntry> entries() {
    return entries("SELECT " + ENTRY_COLUMNS + " FROM cg_query_entry e ORDER BY e.seq");
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if its row does not read or the database fails
   */
  @Override
  public Optional<QueryLogEntry> entry(String queryId) {
    ImmutableList<QueryLogEntry> found =
        entries("SELECT " + ENTRY_COLUMNS + " FROM cg_query_entry e WHERE e.query_id = ?", requireNonNull(queryId, "queryId"));
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if a row does not read or the database fails
   */
  @Override
  public ImmutableList<QueryLogEntry> forSubject(String subjectToken) {
    requireNonNull(subjectToken, "subjectToken");
    return entries("SELECT " + ENTRY_COLUMNS + " FROM cg_query_entry e WHERE e.subject_token = ? ORDER BY e.seq", subjectToken);
  }

  /**
   * {@inheritDoc} One query, however many entries the log holds.
   *
   * @throws StoreException if a row does not read or the database fails
   */
  @Override
  public ImmutableList<QueryLogEntry> awaitingReview() {
    return entries("SELECT " + ENTRY_COLUMNS + " FROM cg_query_entry e WHERE e.flagged = TRUE AND NOT EXISTS"
        + " (SELECT 1 FROM cg_query_review r WHERE r.query_id = e.query_id) ORDER BY e.seq");
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if a row does not read or the database fails
   */
  @Override
  public ImmutableList<QueryReview> reviews(String queryId) {
    requireNonNull(queryId, "queryId");
    return PrivacySql.lookup(dataSource, REVIEWS, "SELECT seq, query_id, format, document FROM cg_query_review WHERE query_id = ? ORDER BY seq",
        this::review, queryId);
  }

  /** The review of the current row, its query id checked against its document's. */
  private QueryReview review(ResultSet rs) throws SQLException {
    String key = Long.toString(rs.getLong("seq"));
    QueryReview r = PrivacySql.decode(reviewForm, REVIEWS, key, PrivacySql.text(rs, "format", REVIEWS, key),
        PrivacySql.text(rs, "document", REVIEWS, key));
    if (!r.queryId().equals(rs.getString("query_id"))) {
      throw PrivacySql.inconsistent(REVIEWS, key, "the query id column differs from the document's");
    }
    return r;
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public int queriesBy(Actor actor, LocalDate day) {
    return count(actor, day, "");
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the database fails
   */
  @Override
  public int refusalsBy(Actor actor, LocalDate day) {
    return count(actor, day, " AND refused = TRUE");
  }

  private int count(Actor actor, LocalDate day, String condition) {
    requireNonNull(actor, "actor");
    requireNonNull(day, "day");
    return Math.toIntExact(PrivacySql.lookup(dataSource, ENTRIES, "SELECT COUNT(*) FROM cg_query_entry"
        + " WHERE department = ? AND officer = ? AND recorded_day = ?" + condition, rs -> rs.getLong(1),
        actor.department(), actor.officer(), day).get(0));
  }

  private ImmutableList<QueryLogEntry> entries(String sql, String... parameters) {
    return PrivacySql.lookup(dataSource, ENTRIES, sql, this::entryOf, (Object[]) parameters);
  }

  /** The entry of the current row, its key columns checked against its document. */
  private QueryLogEntry entryOf(ResultSet rs) throws SQLException {
    String key = PrivacySql.text(rs, "query_id", ENTRIES, "?");
    QueryLogEntry e = PrivacySql.decode(entryForm, ENTRIES, key, PrivacySql.text(rs, "format", ENTRIES, key),
        PrivacySql.text(rs, "document", ENTRIES, key));
    if (!e.queryId().equals(key) || !e.subjectToken().equals(rs.getString("subject_token"))) {
      throw PrivacySql.inconsistent(ENTRIES, key, "the query id or pseudonym columns differ from the document's");
    }
    return e;
  }

  /** The tables it keeps, never their content. */
  @Override
  public String toString() {
    return "JdbcQueryLog[" + ENTRIES + ", " + REVIEWS + "]";
  }
}
