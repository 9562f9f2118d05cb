package org.creditgov.examples.service;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.util.List;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.CreditCheckReport;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.json.RequestJson;
import org.creditgov.spring.CreditDecisions;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /credit-checks}: the workflow credit check (OPS-1) of a {@code
 * creditgov-credit-check-query/1} request — the measures that apply to the subject in the business
 * context and the incentives offered, each with its canonical {@code creditgov-verdict/1}; the
 * subject masked ({@link MaskedSubject}). A reminder for the officer, never a decision; recorded in
 * the decision log and counted.
 */
@RestController
class CreditCheckController {

  /**
   * A measure or an incentive with its verdict.
   *
   * @param code its code
   * @param nameZh its Chinese name
   * @param verdict its verdict, canonical JSON
   */
  record Reminder(String code, String nameZh, @JsonRawValue String verdict) {}

  /**
   * The answer.
   *
   * @param subject the subject, masked
   * @param context the business context
   * @param date the date checked
   * @param measureListVersion the measure-list version applied, if any
   * @param measures the measures that apply
   * @param incentives the incentives offered
   * @param unmappedItems record items without a field of conduct
   */
  record Answer(MaskedSubject subject, String context, String date, String measureListVersion, List<Reminder> measures,
      List<Reminder> incentives, List<String> unmappedItems) {}

  private final CreditDecisions decisions;
  private final JsonForm<CreditCheckQuery> queries;
  private final JsonForm<Verdict> verdicts = CoreJson.VERDICT;

  CreditCheckController(CreditDecisions decisions, SubjectDirectory subjects) {
    this.decisions = decisions;
    this.queries = RequestJson.creditCheckQueries(subjects, id -> decisions.designations().find(id));
  }

  /** Checks the query. */
  @PostMapping(path = "/credit-checks", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  Answer check(@RequestBody String body) {
    CreditCheckQuery query = queries.decode(body, "request body");
    CreditCheckReport report = decisions.check(query);
    return new Answer(MaskedSubject.of(query.subject()), report.context().name(), report.date().toString(),
        report.measureListVersion().map(Object::toString).orElse(""),
        report.measures().stream().map(m -> new Reminder(m.measure().code(), m.measure().nameZh(), verdicts.encode(m.verdict())))
            .toList(),
        report.incentives().stream()
            .map(i -> new Reminder(i.incentive().code(), i.incentive().nameZh(), verdicts.encode(i.verdict()))).toList(),
        List.copyOf(report.unmappedItems()));
  }
}
