package org.creditgov.examples.service;

import org.creditgov.core.json.JsonForm;
import org.creditgov.rules.json.RepairJson;
import org.creditgov.rules.procedure.CommandResult;
import org.creditgov.rules.repair.Repair;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.spring.CreditDecisions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Credit repair over HTTP (REP-1 … REP-6), in the canonical forms {@code
 * creditgov-repair-application/1}, {@code creditgov-repair-command/1} and {@code
 * creditgov-repair-command-result/1}:
 *
 * <ul>
 *   <li>{@code POST /repairs/{id}} — an application opens repair case {@code id};
 *   <li>{@code POST /repairs/{id}/commands?expectedVersion=n} — accept, reject, decide or withdraw;
 *       an approval removes the listing it names and stops the record's publication and sharing.
 * </ul>
 */
@RestController
class RepairController {

  private final CreditDecisions decisions;
  private final JsonForm<CommandResult<RepairId, Repair, RepairEvent>> results = RepairJson.commandResults();
  private final Answers answers;

  RepairController(CreditDecisions decisions, JsonMapper mapper) {
    this.decisions = decisions;
    this.answers = new Answers(mapper);
  }

  /** Applies for the repair of case {@code id}. */
  @PostMapping(path = "/repairs/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> apply(@PathVariable String id, @RequestBody String body) {
    RepairApplication application = RepairJson.APPLICATION.decode(body, "request body");
    return answer(decisions.apply(RepairId.of(id), application), true);
  }

  /** A step of repair case {@code id}, at the version the client last saw. */
  @PostMapping(path = "/repairs/{id}/commands", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> execute(@PathVariable String id, @RequestParam long expectedVersion, @RequestBody String body) {
    return answer(decisions.execute(RepairId.of(id), expectedVersion, RepairJson.COMMAND.decode(body, "request body")), false);
  }

  private ResponseEntity<Object> answer(CommandResult<RepairId, Repair, RepairEvent> r, boolean opens) {
    String canonical = results.encode(r);
    if (r instanceof CommandResult.Accepted) {
      return answers.accepted(canonical, opens);
    } else if (r instanceof CommandResult.Refused<RepairId, Repair, RepairEvent> f) {
      return answers.refused(f.verdict(), canonical);
    }
    return answers.conflict(canonical);
  }
}
