package org.creditgov.examples.service;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.disclosure.DisclosureView;
import org.creditgov.privacy.json.PrivacyJson;
import org.creditgov.privacy.query.RecordSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /disclosure?jurisdiction=640381[&date=2026-06-05]}: what the public credit website may
 * show about a subject ({@code creditgov-subject-ref/1} in the body) today or on a date (CAT-6,
 * PRI-3, REP-3), as {@code creditgov-disclosure-answer/1}: each of the subject's records shown
 * (masked for the public) or withheld with its findings — outside its publication window, not
 * public in the catalog, or its publication stopped by an approved repair. The subject goes in the
 * body, not the URL, so that no identifier reaches an access log.
 */
@RestController
class DisclosureController {

  private final DisclosureView view;
  private final RecordSource records;
  private final Answers answers;

  DisclosureController(DisclosureView view, RecordSource records, JsonMapper mapper) {
    this.view = view;
    this.records = records;
    this.answers = new Answers(mapper);
  }

  /** The subject's disclosure in {@code jurisdiction}, today or on {@code date}. */
  @PostMapping(path = "/disclosure", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> disclose(@RequestParam String jurisdiction, @RequestParam Optional<LocalDate> date,
      @RequestBody String body) {
    SubjectRef subject = CoreJson.SUBJECT_REF.decode(body, "request body");
    Jurisdiction where = Jurisdiction.of(jurisdiction);
    DisclosureAnswer answer = date.isPresent() ? view.on(where, date.get(), subject, records.records(subject))
        : view.today(where, subject, records.records(subject));
    return answers.accepted(PrivacyJson.DISCLOSURE_ANSWER.encode(answer), false);
  }
}
