package org.creditgov.rules.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonFormException;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationFinding;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.InMemoryDesignationStore;
import org.creditgov.rules.designation.ListingChange;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.DesignationGenerators.Sequence;
import org.creditgov.testkit.DesignationGenerators.Step;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * The canonical forms of designation over what the procedure really makes: generated sequences of
 * valid and invalid commands run on a service, and every command, event, result and outbox message
 * they gave is encoded, validated against its schema, decoded to an equal value, and encoded again
 * to the same text.
 */
class DesignationJsonTest {

  /** The generated histories remove some listings as repaired: every repair counts as approved (REP-3). */
  private static final org.creditgov.rules.designation.RepairApprovals EVERY_LISTING_REPAIRED =
      new org.creditgov.rules.designation.RepairApprovals() {
        @Override
        public Optional<org.creditgov.rules.designation.DocumentRef> approvalOfListing(DesignationId id) {
          return Optional.of(org.creditgov.rules.designation.DocumentRef.of(
              org.creditgov.rules.designation.DocumentRef.Kind.REPAIR_APPROVAL, "test-approval", LocalDate.of(2000, 1, 1)));
        }

        @Override
        public Optional<org.creditgov.rules.designation.DocumentRef> approvalOfRecord(String documentNumber) {
          return Optional.empty();
        }
      };

  /** What one generated sequence gave. */
  private record Run(Sequence sequence, SubjectDirectory subjects, List<DesignationCommand> commands,
      List<CommandResult> results, List<DesignationEvent> events, List<ListingChange> changes) {}

  private static Run run(long seed) {
    Sequence s = DesignationGenerators.sequence(Seeds.random(seed), 3, 40);
    TestClock clock = TestClock.at(s.steps().get(0).today());
    InMemoryDesignationStore store = DesignationStore.inMemory();
    DesignationService service = DesignationService.builder().store(store).clock(clock)
        .listTypes(s.listTypes()).repairs(EVERY_LISTING_REPAIRED).build();
    SubjectDirectory every = SubjectDirectory.inMemory(); // the subjects of every proposal, accepted or not
    ImmutableList<DesignationId> ids = DesignationGenerators.ids(3);
    List<DesignationCommand> commands = new ArrayList<>();
    List<CommandResult> results = new ArrayList<>();
    for (Step step : s.steps()) {
      clock.set(step.today());
      commands.add(step.command());
      if (step.command() instanceof DesignationCommand.Propose p) {
        every.put(p.subject());
        results.add(service.propose(p));
      } else {
        DesignationId id = ids.get(step.target());
        long version = Math.max(1, store.load(id).size());
        results.add(service.execute(id, version, step.command()));
      }
    }
    List<DesignationEvent> events = new ArrayList<>();
    ids.forEach(id -> events.addAll(store.load(id)));
    return new Run(s, every, commands, results, events, store.drainChanges());
  }

  private static <T> void roundTrip(JsonForm<T> form, T value) {
    String json = form.encode(value);
    List<DataProblem> problems = Schemas.bundled().validate(JsonDocument.parse(json, "x.json"), form.schema());
    assertThat(problems).as(json).isEmpty();
    T back = form.decode(json);
    assertThat(back).as(json).isEqualTo(value);
    assertThat(form.encode(back)).isEqualTo(json);
    assertThat(form.encode(value)).isEqualTo(json);
  }

  @Test
  void everyCommandEventResultAndOutboxMessageRoundTrips() {
    int[] seen = new int[4];
    java.util.Set<String> eventKinds = new java.util.TreeSet<>();
    java.util.Set<String> commandKinds = new java.util.TreeSet<>();
    Seeds.forEachSeed(60, seed -> {
      Run r = run(seed);
      JsonForm<DesignationCommand> commands = DesignationJson.commands(r.subjects());
      JsonForm<CommandResult> results = DesignationJson.commandResults(WorkingDayCalendar.china(), r.sequence().listTypes());
      for (DesignationCommand c : r.commands()) {
        roundTrip(commands, c);
        commandKinds.add(c.getClass().getSimpleName());
        seen[0]++;
      }
      for (DesignationEvent e : r.events()) {
        roundTrip(DesignationJson.EVENT, e);
        eventKinds.add(e.getClass().getSimpleName());
        seen[1]++;
      }
      for (CommandResult res : r.results()) {
        roundTrip(results, res);
        roundTrip(results.withMessages(), res);
        seen[2]++;
      }
      for (ListingChange c : r.changes()) {
        roundTrip(DesignationJson.LISTING_CHANGE, c);
        seen[3]++;
      }
    });
    assertThat(java.util.Arrays.stream(seen).min().orElse(0)).as("%s", java.util.Arrays.toString(seen)).isGreaterThan(20);
    assertThat(eventKinds).hasSize(8);
    assertThat(commandKinds).hasSize(8);
  }

  @Test
  void anEventNamesItsSubjectByReferenceAndHoldsNoNameOrBirthDate() {
    Run r = run(7);
    for (DesignationEvent e : r.events()) {
      if (e instanceof DesignationEvent.Proposed p) {
        String json = DesignationJson.EVENT.encode(e);
        assertThat(json).contains("\"subject\":{\"type\":\"" + p.subject().type() + "\",\"identifier\":\"" + p.subject().identifier() + "\"}");
        assertThat(json).doesNotContain("测试人").doesNotContain("测试企业").doesNotContain("birth");
        assertThat(json).contains("\"listType\":{\"code\":\"" + p.listType().code() + "\",\"version\":{\"layers\":[");
      }
    }
  }

  @Test
  void aProposalWhoseSubjectTheDirectoryDoesNotHoldIsAProblemThatNeverPrintsTheIdentifier() {
    Run r = run(11);
    DesignationCommand.Propose p = (DesignationCommand.Propose) r.commands().get(0);
    String json = DesignationJson.commands(r.subjects()).encode(p);
    Throwable t = catchThrowable(() -> DesignationJson.commands(SubjectDirectory.inMemory()).decode(json, "cmd.json"));
    assertThat(t).isInstanceOf(JsonFormException.class);
    DataProblem problem = ((JsonFormException) t).problems().get(0);
    assertThat(problem.code()).isEqualTo("data.UNKNOWN_REFERENCE");
    assertThat(problem.pointer()).isEqualTo("/subject");
    String identifier = org.creditgov.core.subject.SubjectRef.of(p.subject()).identifier();
    assertThat(problem.messageEn() + problem.messageZh() + t.getMessage()).doesNotContain(identifier);
  }

  @Test
  void aResultOfFindingsOfTheRuleTypesReadsBackWithTheirTypes() {
    Run r = run(3);
    CommandResult.Refused refused = r.results().stream().filter(x -> x instanceof CommandResult.Refused)
        .map(x -> (CommandResult.Refused) x).findFirst().orElseThrow();
    JsonForm<CommandResult> results = DesignationJson.commandResults(WorkingDayCalendar.china(), r.sequence().listTypes());
    CommandResult.Refused back = (CommandResult.Refused) results.decode(results.encode(refused));
    for (Finding f : back.verdict().findings()) {
      assertThat(f.type()).isInstanceOfAny(DesignationFinding.class, org.creditgov.core.ruleset.RuleSetFinding.class);
    }
  }

  @Test
  void anEventOfOneKindWithAKeyOfAnotherIsRefusedAtThatKey() {
    Run r = run(5);
    DesignationEvent filed = r.events().stream().filter(e -> e instanceof DesignationEvent.ObjectionFiled).findFirst()
        .orElseGet(() -> r.events().get(0));
    String json = DesignationJson.EVENT.encode(filed);
    String wrong = json.substring(0, json.length() - 1) + ",\"upheld\":true}";
    Throwable t = catchThrowable(() -> DesignationJson.EVENT.decode(wrong));
    assertThat(t).isInstanceOf(JsonFormException.class);
    assertThat(((JsonFormException) t).problems().get(0).code()).isEqualTo("data.UNKNOWN_KEY");
    assertThat(((JsonFormException) t).problems().get(0).pointer()).isEqualTo("/upheld");
    assertThat(catchThrowable(() -> DesignationJson.EVENT.decode(json.replace("\"version\":", "\"version\":0,\"x\":"))))
        .isInstanceOf(JsonFormException.class);
  }

  @Test
  void anAcceptedResultWhoseEventsAreNotAHistoryIsRefused() {
    Run r = null;
    CommandResult.Accepted accepted = null;
    for (long seed = 1; accepted == null; seed++) {
      r = run(seed);
      accepted = r.results().stream().filter(x -> x instanceof CommandResult.Accepted)
          .map(x -> (CommandResult.Accepted) x).filter(a -> a.designation().version() >= 2).findFirst().orElse(null);
    }
    JsonForm<CommandResult> results = DesignationJson.commandResults(WorkingDayCalendar.china(), r.sequence().listTypes());
    String json = results.encode(accepted);
    String lying = json.replace("\"version\":" + accepted.designation().version() + ",\"events\"",
        "\"version\":" + (accepted.designation().version() + 1) + ",\"events\"");
    Throwable t = catchThrowable(() -> results.decode(lying));
    assertThat(t).isInstanceOf(JsonFormException.class);
    assertThat(((JsonFormException) t).problems().get(0).code()).isEqualTo("data.INVALID_VALUE");
    // replayed with a lookup that lacks the list type, the history cannot be read either
    JsonForm<CommandResult> blind = DesignationJson.commandResults(WorkingDayCalendar.china(),
        (code, version) -> java.util.Optional.empty());
    assertThat(catchThrowable(() -> blind.decode(json))).isInstanceOf(JsonFormException.class);
  }
}
