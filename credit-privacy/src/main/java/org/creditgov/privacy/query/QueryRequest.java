package org.creditgov.privacy.query;

import com.google.common.collect.ImmutableSetMultimap;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.immutables.value.Value;

/**
 * One query of credit information (SEC-1, PRI-1): who asks (department and officer), for which
 * purpose (a code of the purpose catalog in force in {@link #jurisdiction()}), about whom (by
 * reference, never printed), which catalog fields, on what founding (a consent or a statutory
 * duty), for which audience, and for which case where there is one.
 *
 * <pre>{@code
 * QueryRequest request = QueryRequest.builder()
 *     .requestId("RCB-LOAN-2026-0917")
 *     .actor(Actor.of("宁夏青铜峡农村商业银行", "loan-officer-07"))
 *     .purposeCode("LOAN-APPROVAL")
 *     .subject(person)
 *     .jurisdiction(Jurisdiction.of("640381"))
 *     .putFields("NAT-ADMIN-PENALTY", "penaltyContent")
 *     .founding(QueryFounding.underConsent("QTX-RCB-2026-000123"))
 *     .audience(Audience.SHARING)
 *     .build();
 * }</pre>
 */
@Value.Immutable
@CreditStyle
public abstract class QueryRequest {

  QueryRequest() {} // subclassed only by the generated implementation

  /** A builder; all but the case reference are mandatory, and at least one field. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this request's values, to vary them. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The caller's reference of the request (its workflow's id); the gateway gives each query its own id besides. */
  public abstract String requestId();

  /** Who asks. */
  public abstract Actor actor();

  /** The purpose, a code of the purpose catalog in force. */
  public abstract String purposeCode();

  /** Whom the query is about. Personal data: printed masked. */
  @Value.Redacted
  public abstract SubjectRef subject();

  /** Where the query is made: its purposes and catalog are those in force here. */
  public abstract Jurisdiction jurisdiction();

  /** The catalog items and fields asked for. */
  public abstract ImmutableSetMultimap<String, String> fields();

  /** What the query rests on. */
  public abstract QueryFounding founding();

  /** Who will see the result, deciding how personal fields are masked. */
  public abstract Audience audience();

  /** The case (file number) the query serves, where there is one. */
  public abstract Optional<String> caseReference();

  @Value.Check
  void check() {
    if (requestId().isBlank() || purposeCode().isBlank()) {
      throw new IllegalArgumentException("a query request has an id and a purpose");
    }
    if (fields().isEmpty()) {
      throw new IllegalArgumentException("a query asks for at least one field");
    }
  }

  /** Builds a {@link QueryRequest}. */
  public static final class Builder extends ImmutableQueryRequest.Builder {
    Builder() {}
  }
}
