package org.creditgov.examples.service;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Requests the service cannot read, as RFC 9457 problem details: a body that is not a valid
 * canonical JSON document lists every problem with its code, JSON pointer and texts; a bad argument
 * (an id that is not an id) says why. No text quotes a subject's identifier.
 */
@RestControllerAdvice
class Problems {

  /** The problem type of a body that does not read. */
  static final URI INVALID_REQUEST = URI.create("https://creditgov.org/problems/invalid-request");
  /** The problem type of a bad argument. */
  static final URI BAD_ARGUMENT = URI.create("https://creditgov.org/problems/bad-argument");

  /** A body refused by its form's reader: every problem. */
  @ExceptionHandler(ReferenceDataException.class)
  ProblemDetail unreadable(ReferenceDataException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + " in the request body");
    p.setType(INVALID_REQUEST);
    p.setTitle("The request body is not a valid canonical JSON document");
    List<Map<String, Object>> problems = e.problems().stream().map(Problems::problem).toList();
    p.setProperty("codes", e.problems().stream().map(DataProblem::code).toList());
    p.setProperty("problems", problems);
    return p;
  }

  private static Map<String, Object> problem(DataProblem d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("code", d.code());
    m.put("pointer", d.pointer());
    d.line().ifPresent(l -> m.put("line", l));
    d.column().ifPresent(c -> m.put("column", c));
    d.requirement().ifPresent(r -> m.put("requirement", r.id()));
    m.put("messageZh", d.messageZh());
    m.put("messageEn", d.messageEn());
    return m;
  }

  /** A bad argument of the request (a path or parameter that is not valid). */
  @ExceptionHandler(IllegalArgumentException.class)
  ProblemDetail badArgument(IllegalArgumentException e) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, String.valueOf(e.getMessage()));
    p.setType(BAD_ARGUMENT);
    p.setTitle("Bad argument");
    return p;
  }
}
