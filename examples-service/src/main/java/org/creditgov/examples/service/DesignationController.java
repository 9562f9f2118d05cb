package org.creditgov.examples.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.spring.CreditDecisions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * The severe-list procedure over HTTP (DES-1 … DES-7), in the canonical forms {@code
 * creditgov-designation-command/1} and {@code creditgov-command-result/1}:
 *
 * <ul>
 *   <li>{@code POST /designations} — a PROPOSE command opens a designation (its subject registered
 *       first with {@code POST /subjects});
 *   <li>{@code POST /designations/{id}/commands?expectedVersion=n} — any other step;
 *   <li>{@code GET /designations/{id}} — its version and its status today.
 * </ul>
 */
@RestController
class DesignationController {

  private final CreditDecisions decisions;
  private final JsonForm<DesignationCommand> commands;
  private final JsonForm<CommandResult> results;
  private final Answers answers;
  private final Clock clock;

  DesignationController(CreditDecisions decisions, SubjectDirectory subjects, WorkingDayCalendar calendar,
      ListTypeRegistry listTypes, JsonMapper mapper, Clock clock) {
    this.decisions = decisions;
    this.commands = DesignationJson.commands(subjects);
    this.results = DesignationJson.commandResults(calendar, listTypes);
    this.answers = new Answers(mapper);
    this.clock = clock;
  }

  /** Opens a designation with a PROPOSE command. */
  @PostMapping(path = "/designations", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> propose(@RequestBody String body) {
    DesignationCommand command = commands.decode(body, "request body");
    if (!(command instanceof DesignationCommand.Propose propose)) {
      throw new IllegalArgumentException("a designation is opened by a PROPOSE command, not " + DesignationJson.kind(command)
          + ": send it to /designations/{id}/commands");
    }
    return answer(decisions.propose(propose), true);
  }

  /** Any later step of designation {@code id}, at the version the client last saw. */
  @PostMapping(path = "/designations/{id}/commands", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Object> execute(@PathVariable String id, @RequestParam long expectedVersion, @RequestBody String body) {
    DesignationCommand command = commands.decode(body, "request body");
    if (command instanceof DesignationCommand.Propose) {
      throw new IllegalArgumentException("a PROPOSE command opens a designation: send it to /designations");
    }
    return answer(decisions.execute(DesignationId.of(id), expectedVersion, command), false);
  }

  private ResponseEntity<Object> answer(CommandResult r, boolean opens) {
    String canonical = results.encode(r);
    if (r instanceof CommandResult.Accepted) {
      return answers.accepted(canonical, opens);
    } else if (r instanceof CommandResult.Refused f) {
      return answers.refused(f.verdict(), canonical);
    }
    return answers.conflict(canonical);
  }

  /** The designation's version and status today (404 when there is none). */
  @GetMapping(path = "/designations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, Object>> find(@PathVariable String id) {
    LocalDate today = LocalDate.now(clock);
    return decisions.designations().find(DesignationId.of(id)).map(d -> ResponseEntity.ok(view(d, today)))
        .orElseGet(() -> ResponseEntity.notFound().build());
  }

  private static Map<String, Object> view(Designation d, LocalDate today) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("designationId", d.id().value());
    v.put("version", d.version());
    v.put("listType", d.listType().code());
    v.put("statusToday", d.statusOn(today).name());
    d.lastDayListed().ifPresent(day -> v.put("lastDayListed", day.toString()));
    return v;
  }
}
