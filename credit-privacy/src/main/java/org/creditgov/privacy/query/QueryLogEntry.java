package org.creditgov.privacy.query;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.Instant;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.privacy.consent.FoundingKind;
import org.immutables.value.Value;

/**
 * One registered query (SEC-1, SEC-2): when, who (department and officer), for which purpose,
 * about whom — a keyed pseudonym of the subject and the id of its key, never the identifier — on
 * what founding, which fields were asked for and which returned, the outcome with the codes of its
 * findings, and the review flags. The gateway registers one per query, authorised or refused.
 */
@Value.Immutable
@CreditStyle
public abstract class QueryLogEntry {

  QueryLogEntry() {} // subclassed only by the generated implementation

  /** A builder, for logs reading entries back. */
  public static Builder builder() {
    return new Builder();
  }

  /** The gateway's id of the query, unique in the log. */
  public abstract String queryId();

  /** The caller's reference of the request. */
  public abstract String requestId();

  /** When the query was answered, by the gateway's clock. */
  public abstract Instant recordedAt();

  /** Who asked. */
  public abstract Actor actor();

  /** The purpose's code. */
  public abstract String purposeCode();

  /** Where the query was made. */
  public abstract Jurisdiction jurisdiction();

  /** The id of the key the subject's pseudonym was made under. */
  public abstract String subjectKeyId();

  /** The subject's keyed pseudonym. */
  public abstract String subjectToken();

  /** The kind of founding the query named. */
  public abstract FoundingKind founding();

  /** The consent it named, for a query under consent. */
  public abstract Optional<String> consentId();

  /** The statutory duty's legal basis, for a query under a duty. */
  public abstract Optional<LegalBasis> statutoryBasis();

  /** The case the query served, where named. */
  public abstract Optional<String> caseReference();

  /** The fields asked for. */
  public abstract ImmutableSetMultimap<String, String> fieldsRequested();

  /** The fields returned (empty for a refused query). */
  public abstract ImmutableSetMultimap<String, String> fieldsReturned();

  /** How many records the result held. */
  @Value.Default
  public int recordsReturned() {
    return 0;
  }

  /** The outcome of the query's verdict. */
  public abstract Outcome outcome();

  /** The codes of the verdict's findings, in order. */
  public abstract ImmutableList<String> findingCodes();

  /** Why the query is held for review; empty if it is not. */
  public abstract ImmutableSet<ReviewFlag> flags();

  /** Whether the query was refused. */
  public boolean refused() {
    return outcome() == Outcome.REFUSED;
  }

  @Value.Check
  void check() {
    if (recordsReturned() < 0 || (refused() && (recordsReturned() > 0 || !fieldsReturned().isEmpty()))) {
      throw new IllegalArgumentException("a refused query returned nothing");
    }
  }

  /** Builds a {@link QueryLogEntry}. */
  public static final class Builder extends ImmutableQueryLogEntry.Builder {
    Builder() {}
  }
}
