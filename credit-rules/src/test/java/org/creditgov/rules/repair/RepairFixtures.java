package org.creditgov.rules.repair;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.repair.io.BundledRepairRegimes;

/** The cases the repair tests share: a Qingtongxia company's penalties and listing under the bundled regimes. */
final class RepairFixtures {

  static final Jurisdiction QTX = Jurisdiction.of("640381");
  static final String DEPARTMENT = "青铜峡市市场监督管理局";
  static final Actor OFFICER = Actor.of(DEPARTMENT, "officer-7", QTX);
  static final SubjectRef COMPANY = SubjectRef.of(SubjectType.LEGAL_PERSON, "91512081MA62K0260E");
  static final Set<Material> BOTH = Set.of(Material.PROOF_OF_FULFILMENT, Material.COMMITMENT_LETTER);

  private RepairFixtures() {}

  static RepairedInformation penalty(SeverityClass c, LocalDate decided) {
    return new RepairedInformation(InformationKind.ADMINISTRATIVE_PENALTY, c, QTX, RepairCase.NATIONAL, "NAT-ADMIN-PENALTY",
        "青市监罚〔" + decided.getYear() + "〕12号", decided, Optional.empty(), Set.of());
  }

  static RepairedInformation listing(DesignationId id, LocalDate decided) {
    return new RepairedInformation(InformationKind.SEVERE_LIST, SeverityClass.SERIOUS, QTX, RepairCase.NATIONAL,
        "NAT-SEVERE-LIST", "青应急认〔" + decided.getYear() + "〕1号", decided, Optional.of(id), Set.of());
  }

  static RepairApplication application(RepairedInformation info, LocalDate appliedOn) {
    return new RepairApplication(COMPANY, info, appliedOn, DEPARTMENT, BOTH, Set.of(RepairCondition.OTHER_BY_LAW));
  }

  static List<LegalBasis> basis() {
    return BundledRepairRegimes.regimes().stream().filter(r -> r.id().equals("repair-ndrc-order-36")).findFirst()
        .orElseThrow().legalBases();
  }

  static RepairDecision approval(LocalDate on) {
    return RepairDecision.approve("青信修〔" + on.getYear() + "〕3号", on, "已履行行政处罚决定并作出信用承诺", basis());
  }
}
