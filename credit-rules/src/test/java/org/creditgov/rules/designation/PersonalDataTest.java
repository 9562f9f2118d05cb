package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.rules.designation.DocumentRef.Kind;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * A natural person's name and identity number never appear in a {@code toString()}, a finding's
 * message or facts, an outbox message or an exception message (the package logs nothing); and
 * the canonical JSON of the events and outbox messages holds neither the name nor the birth date:
 * the subject is named by its reference only.
 */
class PersonalDataTest {

  private static final String GROUNDS = "王小明于2024年违法生产，身份证号53010219200508011X";

  private final List<String> printed = new ArrayList<>();

  private void print(Object o) {
    printed.add(String.valueOf(o));
  }

  @Test
  void aNaturalPersonsDataIsNeverPrinted() {
    NaturalPerson person = Fixtures.person();
    // the test's own assumption: the raw value does carry the data
    assertThat(person.name() + person.document().number()).contains(Fixtures.PERSON_NAME, Fixtures.PERSON_ID);

    LocalDate day = LocalDate.of(2025, 3, 3);
    TestClock clock = TestClock.at(day);
    InMemoryDesignationStore store = DesignationStore.inMemory();
    DesignationService service = Fixtures.service(store, clock);
    DesignationId id = DesignationId.of("PD-1");

    DesignationCommand.Propose propose = DesignationCommand.propose().id(id).listTypeCode(Fixtures.SAFETY.code()).subject(person)
        .criteriaVersion("2021-v1").on(day).grounds(GROUNDS).actor(Fixtures.OFFICER)
        .addDocuments(DocumentRef.of(Kind.EFFECTIVE_RULING, "罚-1", day)).build();
    PriorNotice notice = PriorNotice.builder().documentNumber("告-1").grounds(GROUNDS)
        .addLegalBases(Fixtures.SAFETY_LAW).rights("异议权").servedOn(day).build();
    DecisionDocument decision = Fixtures.completeDecisionWithoutPeriod(LocalDate.of(2025, 4, 1))
        .listingPeriod(java.time.Period.ofYears(1)).build();
    DesignationCommand.Withdraw withdraw = DesignationCommand.withdraw().actor(Fixtures.OFFICER).on(day)
        .reason(GROUNDS).build();
    List<Object> commands = List.of(propose, notice, decision, withdraw,
        DesignationCommand.serveNotice().actor(Fixtures.OFFICER).notice(notice).build());
    commands.forEach(this::print);

    List<CommandResult> results = new ArrayList<>();
    results.add(service.propose(propose));
    results.add(service.execute(id, 1, DesignationCommand.serveNotice().actor(Fixtures.OFFICER).notice(notice).build()));
    results.add(service.execute(id, 2, DesignationCommand.decide().actor(Fixtures.OFFICER).decision(decision).build()));
    clock.set(LocalDate.of(2025, 4, 1));
    results.add(service.execute(id, 2, DesignationCommand.decide().actor(Fixtures.OFFICER).decision(decision).build()));
    clock.set(LocalDate.of(2025, 5, 1));
    results.add(service.execute(id, 3, Fixtures.remove(LocalDate.of(2025, 5, 1), RemovalReason.REPAIRED,
        Kind.REPAIR_APPROVAL)));
    results.add(service.propose(DesignationCommand.propose().id(DesignationId.of("PD-2")).listTypeCode(Fixtures.SAFETY.code())
        .subject(Fixtures.minorBornOn(LocalDate.of(2010, 1, 1))).criteriaVersion("x").on(day).grounds(GROUNDS)
        .actor(Fixtures.OFFICER).build()));
    assertThat(results).extracting(CommandResult::isAccepted).containsExactly(true, true, false, true, true, false);

    results.forEach(this::print);
    Designation d = service.find(id).orElseThrow();
    print(d);
    d.events().forEach(this::print);
    print(store);
    print(store.changes());
    print(Fixtures.OFFICER);
    for (CommandResult r : results) {
      if (r instanceof CommandResult.Refused) {
        for (Finding f : ((CommandResult.Refused) r).verdict().findings()) {
          print(f.messageEn() + f.messageZh() + f.facts());
        }
      }
    }
    // a corrupted history: the exception names versions and ids, never the subject
    Throwable corrupt = catchThrowable(() -> Designation.replay(
        ImmutableList.of(d.events().get(0), d.events().get(2)), WorkingDayCalendar.china(), Fixtures.REGISTRY));
    assertThat(corrupt).isInstanceOf(IllegalArgumentException.class);
    print(corrupt.getMessage());

    // the clerk typed the person's name and number into the grounds: the event keeps them masked
    DesignationEvent.Proposed proposed = (DesignationEvent.Proposed) d.events().get(0);
    assertThat(proposed.grounds()).isEqualTo("王**于2024年违法生产，身份证号****************1X");
    assertThat(((DesignationEvent.NoticeServed) d.events().get(1)).notice().grounds())
        .contains("王**于2024年违法生产，身份证号****************1X");
    // the stored forms: events and outbox messages name the subject by reference, without details
    List<String> stored = new ArrayList<>();
    d.events().forEach(e -> stored.add(org.creditgov.rules.json.DesignationJson.EVENT.encode(e)));
    store.changes().forEach(c -> stored.add(org.creditgov.rules.json.DesignationJson.LISTING_CHANGE.encode(c)));
    assertThat(stored).hasSize(d.events().size() + 2).allSatisfy(json -> assertThat(json)
        .doesNotContain(Fixtures.PERSON_NAME).doesNotContain("1920-05-08").doesNotContain("李小红"));
    // the reference's identifier (the subject's key) is the only trace, in the proposal and the outbox messages
    String ref = "\"subject\":{\"type\":\"NATURAL_PERSON\",\"identifier\":\"" + Fixtures.PERSON_ID + "\"}";
    for (String json : stored) {
      boolean refers = json.contains("\"type\":\"PROPOSED\"") || json.contains("listing-change");
      assertThat(json.replace(ref, "")).doesNotContain(Fixtures.PERSON_ID).doesNotContain("identifier");
      assertThat(json.contains(ref)).as(json).isEqualTo(refers);
    }

    assertThat(printed).isNotEmpty().allSatisfy(text -> assertThat(text)
        .doesNotContain(Fixtures.PERSON_NAME)
        .doesNotContain(Fixtures.PERSON_ID)
        .doesNotContain("530102")
        .doesNotContain("1920-05-08")
        .doesNotContain("officer-007")
        .doesNotContain("李小红"));
  }
}
