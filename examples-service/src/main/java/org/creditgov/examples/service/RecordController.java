package org.creditgov.examples.service;

import java.util.LinkedHashMap;
import java.util.Map;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.json.JsonForm;
import org.creditgov.privacy.query.InMemoryRecordSource;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.json.RequestJson;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /records}: the department files a credit record ({@code creditgov-credit-record/1},
 * CAT-1) in its own record system, which the query gateway and the disclosure view read. In the
 * sample that system is an in-memory {@link InMemoryRecordSource} (the application's bean, so the
 * starter's backs off); a department's service puts its own records system behind {@code
 * RecordSource}. The answer names the record by item, document and date only, never its fields.
 */
@RestController
class RecordController {

  private final InMemoryRecordSource records;
  private final JsonForm<CreditRecord> form;

  RecordController(InMemoryRecordSource records, SubjectDirectory subjects) {
    this.records = records;
    this.form = RequestJson.creditRecords(subjects);
  }

  /** Files the record; its subject must have been registered with {@code POST /subjects}. */
  @PostMapping(path = "/records", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> file(@RequestBody String body) {
    CreditRecord record = form.decode(body, "request body");
    var unused = records.add(record);
    Map<String, Object> filed = new LinkedHashMap<>();
    filed.put("itemCode", record.itemCode());
    filed.put("documentNumber", record.documentNumber());
    filed.put("decisionDate", record.decisionDate().toString());
    return ResponseEntity.status(HttpStatus.CREATED).body(filed);
  }
}
