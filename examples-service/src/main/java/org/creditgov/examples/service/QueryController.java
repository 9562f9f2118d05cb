package org.creditgov.examples.service;

import java.net.URI;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.consent.ConsentResult;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.json.PrivacyJson;
import org.creditgov.privacy.query.QueryGateway;
import org.creditgov.privacy.query.QueryResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Consents and purpose-bound queries over HTTP (PRI-1, PRI-2, PRI-4, SEC-1, SEC-2):
 *
 * <ul>
 *   <li>{@code POST /consents} — records a subject's consent ({@code creditgov-consent/1}); the
 *       answer is its verdict ({@code creditgov-verdict/1}, 201), or a 422 problem detail with the
 *       findings' codes;
 *   <li>{@code POST /consents/{id}/withdrawal} — the subject ({@code creditgov-subject-ref/1})
 *       withdraws it (PRI-4);
 *   <li>{@code POST /queries} — a query through the gateway ({@code creditgov-query-request/1});
 *       the answer is {@code creditgov-query-result/1}: 200 with only the fields the purpose needs
 *       and the founding covers, masked for the audience; a refused query is a 422 problem detail
 *       carrying the codes and the result (its log entry, no record). Every query, answered or
 *       not, is registered in the query log.
 * </ul>
 *
 * <p>The gateway exists only when a pseudonym key is configured ({@code
 * creditgov.privacy.pseudonym-key}): without it {@code /queries} answers 503.
 */
@RestController
class QueryController {

  /** The problem type of a refused consent or query. */
  static final URI REFUSED = URI.create("https://creditgov.org/problems/refused");
  /** The problem type of a query without a gateway. */
  static final URI NO_GATEWAY = URI.create("https://creditgov.org/problems/query-gateway-not-configured");

  private final ConsentRegistry consents;
  private final ObjectProvider<QueryGateway> gateway;
  private final Answers answers;
  private final JsonForm<Verdict> verdicts = CoreJson.VERDICT.withMessages();

  QueryController(ConsentRegistry consents, ObjectProvider<QueryGateway> gateway, JsonMapper mapper) {
    this.consents = consents;
    this.gateway = gateway;
    this.answers = new Answers(mapper);
  }

  /** Records a consent. */
  @PostMapping(path = "/consents", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> consent(@RequestBody String body) {
    return consentAnswer(consents.record(PrivacyJson.CONSENT.decode(body, "request body")), true);
  }

  /** The subject withdraws consent {@code id}. */
  @PostMapping(path = "/consents/{id}/withdrawal", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> withdraw(@PathVariable String id, @RequestBody String body) {
    SubjectRef by = CoreJson.SUBJECT_REF.decode(body, "request body");
    return consentAnswer(consents.withdraw(id, by), false);
  }

  private ResponseEntity<Object> consentAnswer(ConsentResult r, boolean creates) {
    String verdict = verdicts.encode(r.verdict());
    return r.accepted() ? answers.accepted(verdict, creates)
        : answers.refused(REFUSED, "The consent act is refused", r.verdict(), verdict);
  }

  /** A query through the gateway. */
  @PostMapping(path = "/queries", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> query(@RequestBody String body) {
    QueryGateway g = gateway.getIfAvailable();
    if (g == null) {
      ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
          "queries need the pseudonym key of the query log: set creditgov.privacy.pseudonym-key");
      p.setType(NO_GATEWAY);
      p.setTitle("The query gateway is not configured");
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
    QueryResult result = g.query(PrivacyJson.QUERY_REQUEST.decode(body, "request body"));
    String canonical = PrivacyJson.QUERY_RESULT.encode(result);
    return result.authorised() ? answers.accepted(canonical, false)
        : answers.refused(REFUSED, "The query is refused", result.verdict(), canonical);
  }
}
