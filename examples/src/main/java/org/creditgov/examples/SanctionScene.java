package org.creditgov.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;

/**
 * The sanction scene of the demo (SAN-1 … SAN-6): a tendering ban checked against the measure list
 * in force in Qingtongxia, once too long, once as the list allows, once with the intent unknown.
 */
final class SanctionScene {

  private static final String MEASURE = "NAT-2021-TENDER-BAN";

  private final PrintStream out;

  SanctionScene(PrintStream out) {
    this.out = out;
  }

  void run() {
    SanctionChecker checker = SanctionChecker.of(BundledLists.registry());
    LegalBasis biddingLaw = BundledLists.nationalModel().measure(MEASURE).orElseThrow().legalBases().get(0);
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON,
        UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某建设工程有限公司");

    ConductFact bidRigging = ConductFact.builder().field("招标投标").severityClass(SeverityClass.SERIOUS)
        .intent(Intent.INTENTIONAL).date(LocalDate.of(2025, 3, 3)).document("青发改罚〔2025〕3号").build();
    SanctionRequest fourYears = request(company, biddingLaw, bidRigging).duration(Period.ofYears(4)).build();

    Verdict tooLong = checker.check(fourYears);
    report("a 4-year ban for serious, intentional bid-rigging", tooLong);
    out.printf("    (measure list applied: %s)%n", tooLong.ruleSetVersion().map(Object::toString).orElse("none"));
    // the request is prepared once and varied: the same ban for 2 years, then with the intent unknown
    SanctionRequest twoYears = fourYears.toBuilder().duration(Period.ofYears(2)).build();
    report("the same ban for 2 years", checker.check(twoYears));
    report("2 years, intent not established", checker.check(twoYears.toBuilder()
        .conductFacts(List.of(bidRigging.toBuilder().intent(Intent.UNKNOWN).build())).build()));
  }

  private static SanctionRequest.Builder request(Organisation company, LegalBasis basis, ConductFact fact) {
    return SanctionRequest.builder(MEASURE, company, LocalDate.of(2025, 6, 2))
        .jurisdiction(Jurisdiction.of("640381"))
        .implementingBody("青铜峡市发展和改革局")
        .bodyKind(BodyKind.PUBLIC_BODY)
        .trigger(Trigger.CONDUCT_FACT)
        .addConductFact(fact)
        .addCitedBasis(basis);
  }

  private void report(String what, Verdict verdict) {
    out.printf("  %s → %s%n", what, verdict.outcome());
    for (Finding f : verdict.findings()) {
      out.printf("    %-5s %s: %s%n", f.requirement().id(), f.code(), f.messageZh());
    }
  }
}
