package org.creditgov.examples;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.Deadline;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.rules.designation.io.BundledListTypes;

/**
 * The designation scene of the demo (DES-1 … DES-7): a severe-list procedure across the 2025 Labour
 * Day holiday on the bundled example list types (every figure UNCONFIRMED: an example, not law),
 * with the officer's early decision refused and the listing expiring without a timer. Dates are
 * written one way: "last day …" is inclusive, "off the list from …" the first day no longer listed.
 */
final class DesignationScene {

  /** A clock the scene moves from step to step, as days pass in a real office. */
  private static final LegalBasis SAFETY_LAW = LegalBasis.builder()
      .level(InstrumentLevel.LAW).issuer("全国人民代表大会常务委员会").title("中华人民共和国安全生产法")
      .effective(EffectivePeriod.from(LocalDate.of(2021, 9, 1))).build();

  private final PrintStream out;

  DesignationScene(PrintStream out) {
    this.out = out;
  }

  void run() {
    LocalDate proposed = LocalDate.of(2025, 4, 21);
    OfficeClock clock = new OfficeClock(proposed);
    ListTypeRegistry listTypes = BundledListTypes.registry(); // an example: its figures are UNCONFIRMED
    DesignationService service = DesignationService.builder()
        .store(DesignationStore.inMemory()).clock(clock)
        .listTypes(listTypes).build();
    Actor officer = Actor.of("青铜峡市应急管理局", "officer-007", Jurisdiction.of("640381"));
    DesignationId id = DesignationId.of("QTX-2025-0001");
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON,
        UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某化工有限公司");

    Designation d = accepted(service.propose(DesignationCommand.propose().id(id).listTypeCode("SAFETY-SEVERE")
        .subject(company).criteriaVersion("2021-v1").on(proposed).grounds("2024年发生较大生产安全事故").actor(officer)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.EFFECTIVE_RULING, "青应急罚〔2024〕12号", proposed)).build()));
    out.printf("  %s proposed on %s (%s; example list types, figures UNCONFIRMED)%n", proposed, d.listType().name(),
        d.resolvedListType().version());

    LocalDate served = LocalDate.of(2025, 4, 25);
    clock.set(served);
    d = accepted(service.execute(id, d.version(), DesignationCommand.serveNotice().actor(officer)
        .notice(PriorNotice.builder().documentNumber("青应急告〔2025〕3号").grounds("较大生产安全事故")
            .addLegalBases(SAFETY_LAW).rights("可在送达之日起10个工作日内提出异议").servedOn(served).build())
        .build()));
    out.printf("  %s notice served; last day to object %s (10 working days, Labour Day off)%n", served,
        d.objectionDeadline().map(DesignationScene::lastDay).orElse("?"));

    LocalDate tooEarly = LocalDate.of(2025, 5, 13);
    clock.set(tooEarly);
    CommandResult early = service.execute(id, d.version(), decide(officer, tooEarly));
    out.printf("  %s decision attempted → %s%n", tooEarly, early.getClass().getSimpleName());
    if (early instanceof CommandResult.Refused) {
      for (Finding f : ((CommandResult.Refused) early).verdict().findings()) {
        out.printf("    %-5s %s: %s%n", f.requirement().id(), f.code(), f.messageZh());
      }
    }

    LocalDate decided = LocalDate.of(2025, 5, 14);
    clock.set(decided);
    d = accepted(service.execute(id, d.version(), decide(officer, decided)));
    out.printf("  %s listed for 3 years: last day listed %s, off the list from %s; on 2026-11-29 %s, on %s %s"
        + " (no timer ran)%n", decided, d.lastDayListed().map(Object::toString).orElse("?"),
        d.listedUntil().map(Object::toString).orElse("?"), d.statusOn(LocalDate.of(2026, 11, 29)),
        d.listedUntil().map(Object::toString).orElse("?"), d.statusOn(d.listedUntil().orElseThrow()));
    out.printf("  %d events kept (who, when, basis, documents; the subject by reference only); their replay equals"
        + " the state: %s%n", d.events().size(),
        Designation.replay(d.events(), WorkingDayCalendar.china(), listTypes).equals(d));
  }

  private static DesignationCommand.Decide decide(Actor officer, LocalDate on) {
    return DesignationCommand.decide().actor(officer).decision(DecisionDocument.builder()
        .documentNumber("青应急决〔2025〕7号").decidedOn(on).grounds("较大生产安全事故").addLegalBases(SAFETY_LAW)
        .sanctionMeasureNotice("依法限制参与政府采购、工程招投标")
        .addRemovalConditions("履行行政处罚决定并完成信用修复", "列入期限届满")
        .removalProcedure("向认定部门或信用中国网站提出信用修复申请")
        .remedies("可在六十日内申请行政复议，或在六个月内提起行政诉讼")
        .listingPeriod(Period.ofYears(3)).build()).build();
  }

  private static String lastDay(Deadline deadline) {
    return deadline.lastDay().map(Object::toString).orElse("not computable");
  }

  private static Designation accepted(CommandResult result) {
    if (!(result instanceof CommandResult.Accepted)) {
      throw new IllegalStateException("the scene expected the step to be accepted: " + result);
    }
    return ((CommandResult.Accepted) result).designation();
  }
}
