package org.creditgov.privacy.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.entry.AuditEntry;
import org.creditgov.privacy.json.PrivacyJson;
import org.creditgov.privacy.query.Actor;
import org.creditgov.privacy.query.InMemoryQueryLog;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryReview;

/**
 * The query log on credit-audit's tamper-evident {@link AuditLog} (SEC-1, SEC-2, SEC-3): each
 * query and each review is one {@link AuditEntry} of the query log — actor, department, the
 * subject's keyed pseudonym (never the identifier), purpose, outcome, the query's id as reference
 * — carrying the entry's canonical form ({@link PrivacyJson#payload(QueryLogEntry)}) as payload.
 * A change to any entry is detectable by index with a signed checkpoint (see docs/audit-log.md);
 * entries are only appended.
 *
 * <p>{@link #open} reads every entry of the log back, so that lookups by subject, officer and day
 * answer from memory; an entry of the log that is not a query-log payload (another system's) is
 * skipped. An append is durable when it returns ({@link AuditLog#append(AuditEntry)} syncs); if it
 * throws, nothing is indexed. Needs Jackson 3 on the path (the payload codec). Thread-safe.
 *
 * <pre>{@code
 * AuditLog audit = AuditLog.open(directory, options);
 * QueryLog log = AuditQueryLog.open(audit);
 * }</pre>
 */
public final class AuditQueryLog implements QueryLog {

  private static final String OUTCOME_REVIEWED = "REVIEWED_";

  private final AuditLog log;
  private final InMemoryQueryLog index = new InMemoryQueryLog();

  private AuditQueryLog(AuditLog log) {
    this.log = log;
  }

  /**
   * The query log kept in {@code log}, its earlier entries read back.
   *
   * @throws org.creditgov.core.json.JsonFormException if an entry of the query log holds a
   *     payload of this form that does not read (a damaged log: verify it with {@code
   *     AuditLogVerifier})
   * @throws NullPointerException if {@code log} is null
   */
  public static AuditQueryLog open(AuditLog log) {
    AuditQueryLog q = new AuditQueryLog(requireNonNull(log, "log"));
    long size = log.size();
    for (long i = 0; i < size; i++) {
      String source = log.directory() + "#" + i;
      String json = new String(log.entry(i), StandardCharsets.UTF_8);
      Optional<String> payload = payloadOf(json);
      if (payload.isEmpty()) {
        continue;
      }
      if (PrivacyJson.isReviewPayload(payload.get())) {
        q.index.appendReview(PrivacyJson.readReviewPayload(payload.get(), source));
      } else if (PrivacyJson.isEntryPayload(payload.get())) {
        q.index.append(PrivacyJson.readEntryPayload(payload.get(), source));
      }
    }
    return q;
  }

  /** The payload of an audit entry of the query log, where it carries one. */
  private static Optional<String> payloadOf(String auditEntryJson) {
    int at = auditEntryJson.indexOf(",\"payload\":");
    if (at < 0 || !auditEntryJson.contains("\"log\":\"QUERY\"")) {
      return Optional.empty();
    }
    // the payload is the last member but "recordedAt"/"purpose"/"reference": find its end by depth
    int start = at + ",\"payload\":".length();
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < auditEntryJson.length(); i++) {
      char c = auditEntryJson.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return Optional.of(auditEntryJson.substring(start, i + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** The audit log the queries are kept in. */
  public AuditLog auditLog() {
    return log;
  }

  @Override
  public synchronized void append(QueryLogEntry entry) {
    requireNonNull(entry, "entry");
    if (index.entry(entry.queryId()).isPresent()) {
      throw new IllegalArgumentException("query " + entry.queryId() + " is already registered");
    }
    AuditEntry.Builder b = AuditEntry.query()
        .recordedAt(entry.recordedAt())
        .actor(entry.actor().officer())
        .department(entry.actor().department())
        .subjectToken(entry.subjectKeyId(), entry.subjectToken())
        .purpose(entry.purposeCode())
        .outcome(entry.outcome().name())
        .reference(entry.queryId())
        .payload(PrivacyJson.payload(entry));
    log.append(b.build());
    index.append(entry);
  }

  @Override
  public synchronized void appendReview(QueryReview review) {
    requireNonNull(review, "review");
    QueryLogEntry entry = index.entry(review.queryId())
        .orElseThrow(() -> new IllegalArgumentException("no query " + review.queryId() + " is registered"));
    log.append(AuditEntry.query()
        .recordedAt(review.reviewedAt())
        .actor(review.reviewer().officer())
        .department(review.reviewer().department())
        .subjectToken(entry.subjectKeyId(), entry.subjectToken())
        .purpose(entry.purposeCode())
        .outcome(OUTCOME_REVIEWED + review.outcome().name())
        .reference(review.queryId())
        .payload(PrivacyJson.payload(review))
        .build());
    index.appendReview(review);
  }

  @Override
  public ImmutableList<QueryLogEntry> entries() {
    return index.entries();
  }

  @Override
  public Optional<QueryLogEntry> entry(String queryId) {
    return index.entry(queryId);
  }

  @Override
  public ImmutableList<QueryLogEntry> forSubject(String subjectToken) {
    return index.forSubject(subjectToken);
  }

  @Override
  public ImmutableList<QueryReview> reviews(String queryId) {
    return index.reviews(queryId);
  }

  @Override
  public int queriesBy(Actor actor, LocalDate day) {
    return index.queriesBy(actor, day);
  }

  @Override
  public int refusalsBy(Actor actor, LocalDate day) {
    return index.refusalsBy(actor, day);
  }

  @Override
  public String toString() {
    return "AuditQueryLog[" + log + "]";
  }
}
