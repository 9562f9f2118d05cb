package org.creditgov.examples.service;

import java.net.URI;
import java.util.List;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;

/**
 * How a command's answer goes over HTTP: an accepted command is its canonical result with 200 (201
 * when it opened a case); a refused one is a 422 problem detail (RFC 9457) carrying every finding's
 * code and the canonical result; a version conflict is a 409 problem detail with the canonical
 * result.
 */
final class Answers {

  /** The problem type of a refused command. */
  static final URI REFUSED = URI.create("https://creditgov.org/problems/command-refused");
  /** The problem type of a version conflict. */
  static final URI CONFLICT = URI.create("https://creditgov.org/problems/version-conflict");

  private final JsonMapper mapper;

  Answers(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /** An accepted command's canonical result. */
  ResponseEntity<Object> accepted(String canonical, boolean opened) {
    return ResponseEntity.status(opened ? HttpStatus.CREATED : HttpStatus.OK).contentType(MediaType.APPLICATION_JSON)
        .body(mapper.readTree(canonical));
  }

  /** A refused command: its findings' codes and its canonical result. */
  ResponseEntity<Object> refused(Verdict verdict, String canonical) {
    return refused(REFUSED, "The command is refused", verdict, canonical);
  }

  /** A refusal of {@code type}: the findings' codes and the canonical answer. */
  ResponseEntity<Object> refused(URI type, String title, Verdict verdict, String canonical) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
        verdict.findings().size() + (verdict.findings().size() == 1 ? " finding refuses it: " : " findings refuse it: ")
            + String.join(", ", codes(verdict)));
    p.setType(type);
    p.setTitle(title);
    p.setProperty("codes", codes(verdict));
    p.setProperty("result", mapper.readTree(canonical));
    return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  /** A version conflict: another step was recorded first. */
  ResponseEntity<Object> conflict(String canonical) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
        "another step was recorded first: reload the case and decide again");
    p.setType(CONFLICT);
    p.setTitle("Version conflict");
    p.setProperty("result", mapper.readTree(canonical));
    return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
  }

  private static List<String> codes(Verdict verdict) {
    return verdict.findings().stream().map(Finding::code).toList();
  }
}
