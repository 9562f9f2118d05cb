package org.creditgov.bench.repair;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.Timeliness;
import org.creditgov.rules.repair.InformationKind;
import org.creditgov.rules.repair.Material;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairCase;
import org.creditgov.rules.repair.RepairCondition;
import org.creditgov.rules.repair.RepairDecision;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairedInformation;
import org.creditgov.rules.repair.StepTiming;

/** The repair cases and histories the repair benchmarks share, made from a fixed seed. */
final class BenchRepairs {

  static final Jurisdiction QTX = Jurisdiction.of("640381");
  static final String DEPARTMENT = "青铜峡市市场监督管理局";
  static final Actor OFFICER = Actor.of(DEPARTMENT, "officer-7", QTX);

  private BenchRepairs() {}

  /**
   * {@code n} cases of Qingtongxia under the national series: mostly administrative penalties of
   * every class, some listings and abnormal-list entries, decided 2022–2025 and applied for 1 to
   * 900 days later (across the regime changes of 2023-05-01, 2025-06-22 and 2026-04-01), with
   * random conditions shown.
   */
  static List<RepairCase> cases(int n) {
    SplittableRandom r = new SplittableRandom(20260401);
    List<RepairCase> cases = new ArrayList<>(n);
    InformationKind[] kinds = {InformationKind.ADMINISTRATIVE_PENALTY, InformationKind.ADMINISTRATIVE_PENALTY,
        InformationKind.ADMINISTRATIVE_PENALTY, InformationKind.SEVERE_LIST, InformationKind.ABNORMAL_LIST};
    for (int i = 0; i < n; i++) {
      LocalDate decided = LocalDate.of(2022, 1, 1).plusDays(r.nextInt(4 * 365));
      LocalDate applied = decided.plusDays(1 + r.nextInt(900));
      Set<RepairCondition> met = EnumSet.noneOf(RepairCondition.class);
      for (RepairCondition c : RepairCondition.values()) {
        if (r.nextInt(5) != 0) {
          met.add(c);
        }
      }
      cases.add(new RepairCase(QTX, RepairCase.NATIONAL, kinds[r.nextInt(kinds.length)],
          SeverityClass.values()[r.nextInt(3)], decided, applied, met, Set.of()));
    }
    return cases;
  }

  /**
   * {@code n} histories: each applied, then accepted and decided (approved three times in four,
   * refused otherwise), one in eight withdrawn after acceptance instead, one in eight not accepted.
   */
  static List<ImmutableList<RepairEvent>> histories(int n) {
    SplittableRandom r = new SplittableRandom(7);
    List<ImmutableList<RepairEvent>> all = new ArrayList<>(n);
    Instant at = Instant.parse("2026-05-06T02:00:00Z");
    SubjectRef company = SubjectRef.of(SubjectType.LEGAL_PERSON, "91512081MA62K0260E");
    for (int i = 0; i < n; i++) {
      RepairId id = RepairId.of("R-" + i);
      LocalDate decided = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(300));
      LocalDate applied = decided.plusDays(100 + r.nextInt(200));
      boolean listing = r.nextInt(4) == 0;
      RepairedInformation info = new RepairedInformation(listing ? InformationKind.SEVERE_LIST : InformationKind.ADMINISTRATIVE_PENALTY,
          listing ? SeverityClass.SERIOUS : SeverityClass.GENERAL, QTX, RepairCase.NATIONAL,
          listing ? "NAT-SEVERE-LIST" : "NAT-ADMIN-PENALTY", "青市监罚〔2025〕" + i + "号", decided,
          listing ? Optional.of(DesignationId.of("QTX-" + i)) : Optional.empty(), Set.of());
      RepairApplication a = new RepairApplication(company, info, applied, DEPARTMENT,
          Set.of(Material.PROOF_OF_FULFILMENT, Material.COMMITMENT_LETTER), Set.of(RepairCondition.OTHER_BY_LAW));
      StepTiming onTime = new StepTiming(Timeliness.ON_TIME, Optional.of(applied.plusDays(5)), java.util.OptionalInt.empty(), false);
      ImmutableList.Builder<RepairEvent> h = ImmutableList.builder();
      h.add(new RepairEvent.Applied(id, 1, DEPARTMENT, applied, at, a, "repair-ndrc-order-36", Optional.of(onTime)));
      int fate = r.nextInt(8);
      if (fate == 0) {
        h.add(new RepairEvent.NotAccepted(id, 2, DEPARTMENT, applied.plusDays(2), at, OFFICER, "材料不齐全", Optional.of(onTime)));
      } else {
        h.add(new RepairEvent.Accepted(id, 2, DEPARTMENT, applied.plusDays(2), at, OFFICER, Optional.of(onTime)));
        LocalDate on = applied.plusDays(9);
        if (fate == 1) {
          h.add(new RepairEvent.Withdrawn(id, 3, DEPARTMENT, on, at));
        } else {
          RepairDecision d = r.nextInt(4) != 0 ? RepairDecision.approve("青信修〔2025〕" + i + "号", on, "已履行", List.of())
              : RepairDecision.refuse("青信修〔2025〕" + i + "号", on, "未履行", List.of(), "可申请行政复议");
          h.add(new RepairEvent.Decided(id, 3, DEPARTMENT, on, at, OFFICER, d, Optional.of(onTime)));
        }
      }
      all.add(h.build());
    }
    return all;
  }
}
