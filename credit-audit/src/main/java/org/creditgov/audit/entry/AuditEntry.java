package org.creditgov.audit.entry;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the query log or the decision log (SEC-1, SEC-2, DES-7): who did what, when, about
 * which subject, for what purpose or on what reference, and with what outcome. The subject is held
 * only as a keyed pseudonym token ({@link SubjectPseudonyms}); a text field that is or contains a
 * valid resident ID number or unified social credit code is refused ({@link
 * AuditEntryException}).
 *
 * <p>The log stores {@link #canonicalJson()}: UTF-8 JSON with keys sorted, no insignificant
 * whitespace, version {@value #FORMAT}. A payload of already-canonical JSON (a verdict, a
 * designation event in the library's canonical form) may ride along opaquely; it is checked to be
 * canonical and its strings go through the same identifier check.
 *
 * <pre>{@code
 * AuditEntry query = AuditEntry.query()
 *     .recordedAt(clock.instant())
 *     .actor("officer-0042")
 *     .department("青铜峡市发展和改革局")
 *     .subject(pseudonyms, "91640381MA76XXXXXX")    // stored as its token only
 *     .purpose("行政许可审查")
 *     .outcome("ALLOWED")
 *     .build();
 * }</pre>
 */
public final class AuditEntry {

  /** The format of the encoding, its {@code format} member. */
  public static final String FORMAT = "creditgov-audit-entry/1";

  /** The two logs. */
  public enum Log {
    /** Who queried which subject, for what purpose, with what outcome (SEC-1). */
    QUERY,
    /** Designation steps, repair decisions, sanction checks (DES-7). */
    DECISION
  }

  private final Log log;
  private final @Nullable DecisionKind decision;
  private final Instant recordedAt;
  private final String actor;
  private final String department;
  private final String subjectKeyId;
  private final String subjectToken;
  private final @Nullable String purpose;
  private final @Nullable String action;
  private final @Nullable String reference;
  private final String outcome;
  private final @Nullable String payload;
  private final byte[] json;

  private AuditEntry(Builder b) {
    List<String> missing = new ArrayList<>();
    if (b.recordedAt == null) {
      missing.add("recordedAt");
    }
    if (b.actor == null) {
      missing.add("actor");
    }
    if (b.department == null) {
      missing.add("department");
    }
    if (b.subjectToken == null) {
      missing.add("subject");
    }
    if (b.outcome == null) {
      missing.add("outcome");
    }
    if (b.log == Log.QUERY && b.purpose == null) {
      missing.add("purpose");
    }
    if (b.log == Log.DECISION && b.action == null) {
      missing.add("action");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("an audit entry needs " + String.join(", ", missing));
    }
    this.log = b.log;
    this.decision = b.decision;
    this.recordedAt = requireNonNull(b.recordedAt);
    this.actor = requireNonNull(b.actor);
    this.department = requireNonNull(b.department);
    this.subjectKeyId = requireNonNull(b.subjectKeyId);
    this.subjectToken = requireNonNull(b.subjectToken);
    this.purpose = b.purpose;
    this.action = b.action;
    this.reference = b.reference;
    this.outcome = requireNonNull(b.outcome);
    this.payload = b.payload;

    IdentifierGuard guard = new IdentifierGuard(recordedAt);
    guard.check("actor", actor, true);
    guard.check("department", department, true);
    guard.check("subject.keyId", subjectKeyId, false);
    guard.check("subject.token", subjectToken, false);
    guard.check("outcome", outcome, true);
    if (purpose != null) {
      guard.check("purpose", purpose, true);
    }
    if (action != null) {
      guard.check("action", action, true);
    }
    if (reference != null) {
      guard.check("reference", reference, true);
    }
    if (payload != null) {
      guard.check("payload", payload, false);
      List<String> strings;
      try {
        strings = CanonicalJson.check(payload);
      } catch (CanonicalJson.NotCanonical e) {
        throw new AuditEntryException(AuditEntryException.Reason.NOT_CANONICAL_JSON, "payload",
            "is not canonical JSON from character " + e.offset);
      }
      for (String s : strings) {
        guard.check("payload", s, true);
      }
    }
    this.json = encode().getBytes(StandardCharsets.UTF_8);
  }

  private String encode() {
    TreeMap<String, String> m = new TreeMap<>();
    m.put("format", CanonicalJson.quoted(FORMAT));
    m.put("log", CanonicalJson.quoted(log.name()));
    if (decision != null) {
      m.put("decision", CanonicalJson.quoted(decision.name()));
    }
    m.put("recordedAt", CanonicalJson.quoted(recordedAt.toString()));
    m.put("actor", CanonicalJson.quoted(actor));
    m.put("department", CanonicalJson.quoted(department));
    TreeMap<String, String> subject = new TreeMap<>();
    subject.put("keyId", CanonicalJson.quoted(subjectKeyId));
    subject.put("token", CanonicalJson.quoted(subjectToken));
    StringBuilder sub = new StringBuilder();
    CanonicalJson.object(sub, subject);
    m.put("subject", sub.toString());
    if (purpose != null) {
      m.put("purpose", CanonicalJson.quoted(purpose));
    }
    if (action != null) {
      m.put("action", CanonicalJson.quoted(action));
    }
    if (reference != null) {
      m.put("reference", CanonicalJson.quoted(reference));
    }
    m.put("outcome", CanonicalJson.quoted(outcome));
    if (payload != null) {
      m.put("payload", payload);
    }
    StringBuilder out = new StringBuilder(256);
    CanonicalJson.object(out, m);
    return out.toString();
  }

  /** A builder of a query-log entry (SEC-1): purpose required. */
  public static Builder query() {
    return new Builder(Log.QUERY, null);
  }

  /**
   * A builder of a decision-log entry (DES-7): action required.
   *
   * @throws NullPointerException if {@code kind} is null
   */
  public static Builder decision(DecisionKind kind) {
    return new Builder(Log.DECISION, requireNonNull(kind, "kind"));
  }

  /** Which log the entry belongs to. */
  public Log log() {
    return log;
  }

  /** The kind of decision, for a decision-log entry. */
  public Optional<DecisionKind> decisionKind() {
    return Optional.ofNullable(decision);
  }

  /** When it happened, from the caller's clock. */
  public Instant recordedAt() {
    return recordedAt;
  }

  /** Who acted: an officer's account or a system's name, never a personal identifier. */
  public String actor() {
    return actor;
  }

  /** The department that acted. */
  public String department() {
    return department;
  }

  /** The id of the key the subject's token was made under. */
  public String subjectKeyId() {
    return subjectKeyId;
  }

  /** The subject's pseudonym token. */
  public String subjectToken() {
    return subjectToken;
  }

  /** The purpose of a query. */
  public Optional<String> purpose() {
    return Optional.ofNullable(purpose);
  }

  /** The step or decision taken (a designation event's name, say). */
  public Optional<String> action() {
    return Optional.ofNullable(action);
  }

  /** A document number, case or request id. */
  public Optional<String> reference() {
    return Optional.ofNullable(reference);
  }

  /** The outcome: allowed, refused, approved … */
  public String outcome() {
    return outcome;
  }

  /** The opaque canonical JSON payload, if any. */
  public Optional<String> payload() {
    return Optional.ofNullable(payload);
  }

  /** The canonical JSON encoding, the bytes the log stores (a copy). */
  public byte[] canonicalJson() {
    return json.clone();
  }

  /** The log, kind, time and outcome only. */
  @Override
  public String toString() {
    return "AuditEntry[" + log + (decision == null ? "" : "/" + decision) + ", " + recordedAt + ", outcome=" + outcome + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AuditEntry && java.util.Arrays.equals(((AuditEntry) o).json, json);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(json);
  }

  /** Builds an {@link AuditEntry}; each attribute may be set once. */
  public static final class Builder {
    private final Log log;
    private final @Nullable DecisionKind decision;
    private @Nullable Instant recordedAt;
    private @Nullable String actor;
    private @Nullable String department;
    private @Nullable String subjectKeyId;
    private @Nullable String subjectToken;
    private @Nullable String purpose;
    private @Nullable String action;
    private @Nullable String reference;
    private @Nullable String outcome;
    private @Nullable String payload;

    Builder(Log log, @Nullable DecisionKind decision) {
      this.log = log;
      this.decision = decision;
    }

    private static <T> T once(@Nullable Object current, T value, String name) {
      requireNonNull(value, name);
      if (current != null) {
        throw new IllegalStateException(name + " is already set");
      }
      return value;
    }

    /** When it happened. */
    @CanIgnoreReturnValue
    public Builder recordedAt(Instant recordedAt) {
      this.recordedAt = once(this.recordedAt, recordedAt, "recordedAt");
      return this;
    }

    /** Who acted: an account or system name. */
    @CanIgnoreReturnValue
    public Builder actor(String actor) {
      this.actor = once(this.actor, actor, "actor");
      return this;
    }

    /** The department. */
    @CanIgnoreReturnValue
    public Builder department(String department) {
      this.department = once(this.department, department, "department");
      return this;
    }

    /**
     * The subject, by its identifier, which is replaced here by its pseudonym token: the identifier
     * is not kept.
     *
     * @throws NullPointerException if an argument is null
     */
    @CanIgnoreReturnValue
    public Builder subject(SubjectPseudonyms pseudonyms, String identifier) {
      requireNonNull(pseudonyms, "pseudonyms");
      requireNonNull(identifier, "identifier");
      return subjectToken(pseudonyms.keyId(), pseudonyms.tokenFor(identifier));
    }

    /** The subject by a token made elsewhere, with the id of its key. */
    @CanIgnoreReturnValue
    public Builder subjectToken(String keyId, String token) {
      this.subjectKeyId = once(this.subjectKeyId, keyId, "subject key id");
      this.subjectToken = once(this.subjectToken, token, "subject token");
      return this;
    }

    /** The purpose of a query. */
    @CanIgnoreReturnValue
    public Builder purpose(String purpose) {
      this.purpose = once(this.purpose, purpose, "purpose");
      return this;
    }

    /** The step or decision taken. */
    @CanIgnoreReturnValue
    public Builder action(String action) {
      this.action = once(this.action, action, "action");
      return this;
    }

    /** A document number, case or request id. */
    @CanIgnoreReturnValue
    public Builder reference(String reference) {
      this.reference = once(this.reference, reference, "reference");
      return this;
    }

    /** The outcome. */
    @CanIgnoreReturnValue
    public Builder outcome(String outcome) {
      this.outcome = once(this.outcome, outcome, "outcome");
      return this;
    }

    /** An already-canonical JSON value carried opaquely. */
    @CanIgnoreReturnValue
    public Builder payload(String canonicalJson) {
      this.payload = once(this.payload, canonicalJson, "payload");
      return this;
    }

    /**
     * The entry.
     *
     * @throws IllegalStateException naming every required attribute that is missing
     * @throws AuditEntryException if a field holds a resident ID number or a credit code, an
     *     unpaired surrogate, or the payload is not canonical JSON
     */
    public AuditEntry build() {
      return new AuditEntry(this);
    }
  }
}
