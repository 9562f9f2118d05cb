package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.creditgov.rules.designation.Fixtures.answer;
import static org.creditgov.rules.designation.Fixtures.decide;
import static org.creditgov.rules.designation.Fixtures.object;
import static org.creditgov.rules.designation.Fixtures.propose;
import static org.creditgov.rules.designation.Fixtures.serve;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.catalog.StopKind;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.procedure.CommandResult;
import org.creditgov.rules.procedure.EventStore;
import org.creditgov.rules.procedure.InMemoryEventStore;
import org.creditgov.rules.repair.InformationKind;
import org.creditgov.rules.repair.ListingRemovals;
import org.creditgov.rules.repair.Material;
import org.creditgov.rules.repair.Repair;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairCase;
import org.creditgov.rules.repair.RepairCommand;
import org.creditgov.rules.repair.RepairCondition;
import org.creditgov.rules.repair.RepairDecision;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairLedger;
import org.creditgov.rules.repair.RepairService;
import org.creditgov.rules.repair.RepairedInformation;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionFinding;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;
import org.creditgov.rules.sync.Change;
import org.creditgov.testkit.Seeds;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/**
 * Approval ends everything at once (REP-3, REP-5), from one event: the listing is removed as
 * repaired with the approval as its document; the record's publication and sharing stop that day;
 * a sanction resting on the listing or on the record is refused; the changes are in the outbox with
 * the approval. The property: over random approval and query dates, on and after the approval the
 * listing is not in force, no sanction founded on it is allowed, the information is not publishable
 * or shared; before it, all of them still hold.
 */
class RepairEndsTheListingTest {

  private static final DesignationId ID = DesignationId.of("QTX-2025-0001");
  private static final LocalDate LISTED = LocalDate.of(2025, 5, 14);
  private static final String LISTING_DOC = "青应急认〔2025〕1号";

  private final class World {
    final TestClock clock = TestClock.at(LocalDate.of(2025, 4, 21));
    final RepairLedger ledger = RepairLedger.create();
    final DesignationStore designationStore = DesignationStore.inMemory();
    final DesignationService designations = DesignationService.builder().store(designationStore).clock(clock).listTypes(Fixtures.REGISTRY).repairs(ledger).build();
    final ListingRemovals removals = ListingRemovals.on(designations, ledger);
    final InMemoryEventStore<RepairId, RepairEvent, Change> store = EventStore.inMemory();
    final RepairService repairs = RepairService.builder().regimes(BundledRepairRegimes.registry()).store(store).clock(clock)
        .onEvent(ledger).onEvent(removals).build();

    World() {
      assertThat(designations.propose(propose(ID.value(), LocalDate.of(2025, 4, 21))).isAccepted()).isTrue();
      clock.set(LocalDate.of(2025, 4, 25));
      assertThat(designations.execute(ID, 1, serve(LocalDate.of(2025, 4, 25))).isAccepted()).isTrue();
      clock.set(LocalDate.of(2025, 4, 29));
      assertThat(designations.execute(ID, 2, object(LocalDate.of(2025, 4, 29))).isAccepted()).isTrue();
      clock.set(LocalDate.of(2025, 5, 8));
      assertThat(designations.execute(ID, 3, answer(LocalDate.of(2025, 5, 8), false)).isAccepted()).isTrue();
      clock.set(LISTED);
      assertThat(designations.execute(ID, 4, decide(LISTED)).isAccepted()).isTrue();
    }

    /** Applies on {@code appliedOn}, accepts the same day, approves on {@code approvedOn}. */
    void repair(LocalDate appliedOn, LocalDate approvedOn) {
      clock.set(approvedOn.plusDays(1));
      RepairId id = RepairId.of("QTX-R-1");
      RepairedInformation info = new RepairedInformation(InformationKind.SEVERE_LIST, SeverityClass.SERIOUS,
          Jurisdiction.of("640381"), RepairCase.NATIONAL, "NAT-SEVERE-LIST", LISTING_DOC, LISTED, Optional.of(ID), Set.of());
      CommandResult<RepairId, Repair, RepairEvent> a = repairs.apply(id, new RepairApplication(SubjectRef.of(Fixtures.COMPANY),
          info, appliedOn, "青铜峡市应急管理局", Set.of(Material.PROOF_OF_FULFILMENT, Material.COMMITMENT_LETTER),
          Set.of(RepairCondition.OTHER_BY_LAW)));
      assertThat(a.isAccepted()).as("%s", a.verdict()).isTrue();
      assertThat(repairs.execute(id, 1, new RepairCommand.Accept(Fixtures.OFFICER, appliedOn)).isAccepted()).isTrue();
      CommandResult<RepairId, Repair, RepairEvent> d = repairs.execute(id, 2, new RepairCommand.Decide(Fixtures.OFFICER,
          RepairDecision.approve("青信修〔" + approvedOn.getYear() + "〕3号", approvedOn, "已履行义务并作出信用承诺",
              BundledRepairRegimes.registry().all().get(0).legalBases())));
      assertThat(d.isAccepted()).as("%s", d.verdict()).isTrue();
    }

    CreditRecord record() {
      return CreditRecord.builder().itemCode("NAT-SEVERE-LIST").subject(Fixtures.COMPANY).decisionDate(LISTED)
          .documentNumber(LISTING_DOC).issuingDepartment("青铜峡市应急管理局").severityClass(SeverityClass.SERIOUS)
          .submissionDate(LISTED).build();
    }

    SanctionRequest.Builder sanction(LocalDate on) {
      return SanctionRequest.builder().subject(Fixtures.COMPANY).jurisdiction(Jurisdiction.of("640381")).date(on)
          .measureCode("X").implementingBody("青铜峡市发展和改革局").bodyKind(org.creditgov.rules.sanction.BodyKind.PUBLIC_BODY)
          .trigger(Trigger.LIST_MEMBERSHIP).listing(designations.find(ID).orElseThrow())
          .addConductFacts(ConductFact.builder().field("安全生产").severityClass(SeverityClass.SERIOUS).intent(Intent.UNKNOWN)
              .date(LISTED).document(LISTING_DOC).build());
    }
  }

  @Test
  void anApprovalRemovesTheListingStopsPublicationAndSharingAndLiftsTheSanctions() {
    World w = new World();
    LocalDate approved = LocalDate.of(2026, 6, 3);
    w.repair(LocalDate.of(2026, 6, 1), approved);
    Designation d = w.designations.find(ID).orElseThrow();
    assertThat(w.removals.results()).singleElement().satisfies(r -> assertThat(r.isAccepted()).isTrue());
    assertThat(d.statusOn(approved.minusDays(1))).isEqualTo(Status.LISTED);
    assertThat(d.statusOn(approved)).isEqualTo(Status.REMOVED);
    DesignationEvent.Removed removed = (DesignationEvent.Removed) d.events().get(d.events().size() - 1);
    assertThat(removed.reason()).isEqualTo(RemovalReason.REPAIRED);
    assertThat(removed.documents()).extracting(DocumentRef::kind, DocumentRef::number)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(DocumentRef.Kind.REPAIR_APPROVAL, "青信修〔2026〕3号"));
    assertThat(w.ledger.stopOf(w.record()).orElseThrow().stoppedBy(approved)).isTrue();
    assertThat(w.ledger.stopOf(w.record(), StopKind.SHARING).orElseThrow().stoppedBy(approved)).isTrue();
    SanctionChecker checker = SanctionChecker.of(BundledLists.registry(), w.ledger);
    // the listing and the record it rests on were repaired by one decision: one finding naming it, not two alike
    assertThat(checker.check(w.sanction(approved).build()).findingsOf(SanctionFinding.FOUNDED_ON_REPAIRED_INFORMATION))
        .singleElement().satisfies(f -> assertThat(f.messageEn()).contains("青信修〔2026〕3号"));
    assertThat(w.store.messages()).hasSize(3);
  }

  /** REP-3 across a restart: a case applied for before it and approved after it still removes its listing. */
  @Test
  void anApprovalAfterARestartRemovesTheListingAppliedForBeforeIt() {
    World before = new World();
    RepairId id = RepairId.of("QTX-R-1");
    LocalDate applied = LocalDate.of(2026, 6, 1);
    before.clock.set(applied);
    RepairedInformation info = new RepairedInformation(InformationKind.SEVERE_LIST, SeverityClass.SERIOUS,
        Jurisdiction.of("640381"), RepairCase.NATIONAL, "NAT-SEVERE-LIST", LISTING_DOC, LISTED, Optional.of(ID), Set.of());
    assertThat(before.repairs.apply(id, new RepairApplication(SubjectRef.of(Fixtures.COMPANY), info, applied, "青铜峡市应急管理局",
        Set.of(Material.PROOF_OF_FULFILMENT, Material.COMMITMENT_LETTER), Set.of(RepairCondition.OTHER_BY_LAW))).isAccepted()).isTrue();
    assertThat(before.repairs.execute(id, 1, new RepairCommand.Accept(Fixtures.OFFICER, applied)).isAccepted()).isTrue();

    // the process restarts: everything in memory is rebuilt from the stores
    LocalDate approved = LocalDate.of(2026, 6, 3);
    TestClock clock = TestClock.at(approved);
    RepairLedger ledger = RepairLedger.replay(before.store);
    assertThat(ledger.information(id)).contains(info);
    DesignationService designations = DesignationService.builder().store(before.designationStore).clock(clock)
        .listTypes(Fixtures.REGISTRY).repairs(ledger).build();
    ListingRemovals removals = ListingRemovals.on(designations, ledger);
    RepairService repairs = RepairService.builder().regimes(BundledRepairRegimes.registry()).store(before.store).clock(clock)
        .onEvent(ledger).onEvent(removals).build();
    assertThat(repairs.execute(id, 2, new RepairCommand.Decide(Fixtures.OFFICER, RepairDecision.approve("青信修〔2026〕3号",
        approved, "已履行义务并作出信用承诺", BundledRepairRegimes.registry().all().get(0).legalBases()))).isAccepted()).isTrue();
    assertThat(removals.results()).singleElement().satisfies(r -> assertThat(r.isAccepted()).isTrue());
    assertThat(designations.find(ID).orElseThrow().statusOn(approved)).isEqualTo(Status.REMOVED);
  }

  @Test
  void onAndAfterTheApprovalNothingFoundedOnTheInformationHolds() {
    Seeds.forEachSeed(40, seed -> {
      SplittableRandom r = Seeds.random(seed);
      World w = new World();
      LocalDate applied = LocalDate.of(2026, 4, 1).plusDays(r.nextInt(200));
      LocalDate approved = applied.plusDays(r.nextInt(10));
      w.repair(applied, approved);
      SanctionChecker checker = SanctionChecker.of(BundledLists.registry(), w.ledger);
      Designation d = w.designations.find(ID).orElseThrow();
      for (int i = 0; i < 20; i++) {
        LocalDate t = approved.plusDays(r.nextInt(400) - 200);
        boolean after = !t.isBefore(approved);
        assertThat(d.statusOn(t) == Status.LISTED).as("listed on %s", t).isEqualTo(!after && !t.isBefore(LISTED));
        assertThat(w.ledger.stopOf(w.record()).orElseThrow().stoppedBy(t)).as("publication stopped on %s", t).isEqualTo(after);
        assertThat(w.ledger.stopOf(w.record(), StopKind.SHARING).orElseThrow().stoppedBy(t)).isEqualTo(after);
        assertThat(checker.check(w.sanction(t).build()).has(SanctionFinding.FOUNDED_ON_REPAIRED_INFORMATION))
            .as("sanction on %s", t).isEqualTo(after);
        assertThat(w.ledger.listingRepairedBy(ID, t).isPresent()).isEqualTo(after);
      }
      assertThat(List.copyOf(w.store.messages())).hasSize(3);
    });
  }
}
