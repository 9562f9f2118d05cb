package org.creditgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.repair.InformationKind;
import org.creditgov.rules.repair.Material;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairCase;
import org.creditgov.rules.repair.RepairCommand;
import org.creditgov.rules.repair.RepairCondition;
import org.creditgov.rules.repair.RepairDecision;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairService;
import org.creditgov.rules.repair.RepairStatus;
import org.creditgov.rules.repair.RepairedInformation;
import org.creditgov.rules.repair.io.BundledRepairRegimes;
import org.creditgov.rules.sync.ChangeKind;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The repair store on each database (REP-2, REP-3): a case applied for, accepted and approved
 * through the {@code RepairService} reads back; its projection knows the step awaited and its last
 * day, so a case past it is listed as pending past its deadline until decided; the approval's
 * three changes are stored with it, one outbox row per target.
 */
class JdbcRepairStoreTest {

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void aCaseReadsBackAndItsDeadlinesAreQueried(TestDatabases.Kind kind) {
    LocalDate today = LocalDate.of(2026, 7, 1);
    TestClock clock = TestClock.at(today);
    JdbcStores stores = JdbcStores.builder(TestDatabases.fresh(kind)).clock(clock)
        .listTypes(DesignationGenerators.registry()).repairRegimes(BundledRepairRegimes.registry()).build();
    stores.migrate();
    JdbcRepairStore store = stores.repairs();
    RepairService service = RepairService.builder().regimes(BundledRepairRegimes.registry()).store(store).clock(clock).build();
    Jurisdiction qtx = Jurisdiction.of("640381");
    String department = "青铜峡市市场监督管理局";
    Actor officer = Actor.of(department, "officer-7", qtx);
    SubjectRef company = SubjectRef.of(SubjectType.LEGAL_PERSON, "91512081MA62K0260E");
    RepairedInformation penalty = new RepairedInformation(InformationKind.ADMINISTRATIVE_PENALTY,
        org.creditgov.core.catalog.SeverityClass.GENERAL, qtx, RepairCase.NATIONAL, "NAT-ADMIN-PENALTY",
        "青市监罚〔2026〕12号", today.minusMonths(4), Optional.empty(), Set.of());
    RepairId id = RepairId.of("R-1");
    assertThat(service.apply(id, new RepairApplication(company, penalty, today, department,
        Set.of(Material.PROOF_OF_FULFILMENT, Material.COMMITMENT_LETTER), Set.of(RepairCondition.OTHER_BY_LAW)))
        .isAccepted()).isTrue();
    RepairRow applied = store.row(id).orElseThrow();
    assertThat(applied.status()).isEqualTo(RepairStatus.APPLIED);
    assertThat(applied.subject()).isEqualTo(company);
    LocalDate feedbackDue = applied.dueOn().orElseThrow();
    assertThat(store.pendingPast(feedbackDue)).isEmpty();
    assertThat(store.pendingPast(feedbackDue.plusDays(1))).extracting(RepairRow::id).containsExactly(id);

    assertThat(service.execute(id, 1, new RepairCommand.Accept(officer, today)).isAccepted()).isTrue();
    RepairRow accepted = store.row(id).orElseThrow();
    assertThat(accepted.status()).isEqualTo(RepairStatus.ACCEPTED);
    assertThat(accepted.acceptedOn()).contains(today);
    LocalDate decisionDue = accepted.dueOn().orElseThrow(); // from the regime's decision time limit
    assertThat(decisionDue).isAfter(today);
    assertThat(store.pendingPast(decisionDue.plusDays(1))).extracting(RepairRow::id).containsExactly(id);

    RepairCommand approve = new RepairCommand.Decide(officer, RepairDecision.approve("青信修〔2026〕3号", today,
        "已履行行政处罚决定并作出信用承诺", BundledRepairRegimes.regimes().stream()
            .filter(x -> x.id().equals("repair-ndrc-order-36")).findFirst().orElseThrow().legalBases()));
    assertThat(service.execute(id, 2, approve).isAccepted()).isTrue();
    assertThat(store.load(id)).hasSize(3);
    assertThat(service.load(id).orElseThrow().status()).isEqualTo(RepairStatus.APPROVED);
    assertThat(store.row(id).orElseThrow().closedOn()).contains(today);
    assertThat(store.pendingPast(decisionDue.plusYears(1))).isEmpty();
    assertThat(store.ids()).containsExactly(id);
    assertThat(stores.outbox().deliveries()).hasSize(6).extracting(d -> d.change().kind())
        .containsOnly(ChangeKind.REPAIRED, ChangeKind.PUBLICATION_STOPPED, ChangeKind.SHARING_STOPPED);
  }
}
