package org.creditgov.examples;

import java.io.PrintStream;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.DisclosureDecision;
import org.creditgov.core.catalog.ResolvedCatalog;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.identity.InvalidIdentifierException;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.identity.ValidationLevel;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.privacy.redact.RedactionResult;
import org.creditgov.privacy.redact.Redactor;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.WorkingDayCalendar;

/**
 * The demo the README's first command runs: what the library does today, on real inputs. Each
 * capability adds its scene.
 */
public final class Demo {

  private final PrintStream out;
  private final Clock clock;
  private final Path database;

  Demo(PrintStream out, Clock clock, Path database) {
    this.out = out;
    this.clock = clock;
    this.database = database;
  }

  /**
   * Runs the demo on standard output, with today's date in China; the county's day stores its steps
   * in the embedded database and the decision log in {@code target/creditgov-demo} (or the
   * directory the system property {@code creditgov.demo.database} names), where the next run and
   * the command line find them.
   */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path database = Path.of(System.getProperty("creditgov.demo.database", "target/creditgov-demo"));
    new Demo(out, ChinaTime.systemClock(), database).run();
  }

  /**
   * Runs only the county's day (section 10) on the embedded database and decision log in {@code
   * database}: what the command line reads afterwards ({@code credit verify-log DIR/audit --key
   * DIR/audit.vkey}, {@code credit report oversight --database DIR}, {@code credit check --database
   * DIR}).
   */
  public static void countyDay(PrintStream out, Path database) {
    new CountyDayScene(out, database).run();
  }

  void run() {
    out.println("credit-governance demo — " + LocalDate.now(clock) + " (Asia/Shanghai)");
    identifiers();
    jurisdictions();
    deadlines();
    catalog();
    privacy();
    heading("6. Severe-list designation (DES-1 … DES-7): notice, objection window, decision, expiry");
    new DesignationScene(out).run();
    heading("7. Sanction measures (SAN-1 … SAN-6): the whitelist check a tendering office calls");
    new SanctionScene(out).run();
    heading("8. Consent, purpose-bound queries and the disclosure view (PRI-1, PRI-2, PRI-4, SEC-1, CAT-6)");
    new ConsentScene(out).run();
    heading("9. The tamper-evident audit log and the decision log (SEC-2, SEC-3, DES-7)");
    new AuditScene(out, clock).run();
    heading("10. A county's day on the embedded database: a penalty, a listing with notice and objection, a sanction,"
        + " a query, a repair that lifts them (REP-1 … REP-6), the same-day sync, the disclosure view, the log verified");
    new CountyDayScene(out, database).run();
  }

  private void identifiers() {
    heading("1. Identifiers (GB 32100-2015, GB 11643-1999)");
    for (String text : List.of("91512081MA62K0260E", "９１５１２０８１ma62k0260e", "91512081MA62K0260F", "91512081MA62K026OE")) {
      try {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.parse(text);
        out.printf("  USCC %-22s valid: authority %s, type %s, division %s, organisation code %s (%s)%n",
            quote(text), code.registrationAuthority().nameEn(), code.organisationType().nameEn(),
            code.divisionCode(), code.organisationCode(),
            UnifiedSocialCreditCode.isValid(text, ValidationLevel.STRICT)
                ? "passes the strict GB 11714 check" : "fails the strict GB 11714 check");
      } catch (InvalidIdentifierException e) {
        out.printf("  USCC %-22s %s%n       %s%n", quote(text), e.messageEn(), e.messageZh());
      }
    }
    ResidentIdNumber.Parser ids = ResidentIdNumber.parser(clock);
    for (String text : List.of(
        "53010219200508011X", // valid
        "530102200508011", // the same person's 15-digit legacy number
        "53010219200508011２", // full-width, wrong check character
        "640381203001010010", // check character right, born in 2030
        "640381198502300020", // check character right, 30 February
        "710102199001010013")) {
      try {
        ResidentIdNumber id = ids.parse(text);
        out.printf("  ID   %-22s valid: %s, born %d, %s, province %s%s — prints as %s%n",
            "(" + text.length() + " chars)", id.upgradedFromLegacy() ? "upgraded from 15 digits" : "18 digits",
            id.birthDate().getYear(), id.sex(),
            id.isResidencePermit() ? id.provinceCode() : Jurisdiction.of(id.provinceCode() + "0000").nameEn().orElse("?"),
            id.isResidencePermit() ? " (residence permit)" : "", id);
      } catch (InvalidIdentifierException e) {
        out.printf("  ID   %-22s [%s] %s%n       %s%n", "(" + text.length() + " chars)", e.reason(), e.messageEn(), e.messageZh());
      }
    }
  }

  private void jurisdictions() {
    heading("2. Jurisdictions (GB/T 2260): the chain local rules resolve along");
    StringBuilder chain = new StringBuilder("  ");
    for (Jurisdiction j : Jurisdiction.of("640381").parentChain()) {
      chain.append(j).append(j.level().name().equals("NATIONAL") ? "" : " → ");
    }
    out.println(chain);
  }

  private void deadlines() {
    heading("3. Working-day deadlines (State Council holiday notices 2020–2026)");
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    out.printf("  calendar covers %s to %s%n", calendar.coveredFrom(), calendar.coveredUntil());
    LocalDate[] starts = {LocalDate.of(2026, 9, 28), LocalDate.of(2026, 2, 13), LocalDate.of(2026, 12, 18)};
    for (LocalDate start : starts) {
      try {
        LocalDate due = calendar.plusWorkingDays(start, 10);
        out.printf("  10 working days after %s (%s) → %s (%d calendar days)%n", start,
            start.getDayOfWeek(), due, due.toEpochDay() - start.toEpochDay());
      } catch (DateOutOfCalendarException e) {
        out.printf("  10 working days after %s → not computable: %s is in an unpublished year [%s]%n",
            start, e.date(), DateOutOfCalendarException.REASON);
        LocalDate guess = calendar.withFallback(WorkingDayCalendar.Fallback.WEEKDAYS_ONLY).plusWorkingDays(start, 10);
        out.printf("    with the explicit WEEKDAYS_ONLY fallback: %s (a guess, flagged)%n", guess);
      }
    }
    LocalDate sunday = LocalDate.of(2026, 9, 20);
    out.printf("  %s is a %s and %s; %s%n", sunday, sunday.getDayOfWeek(),
        calendar.isWorkingDay(sunday) ? "a working day (调休上班)" : "a rest day",
        calendar.holidayName(sunday).map(h -> "moved for " + h).orElse("an ordinary weekend"));
    ZonedDateTime now = ZonedDateTime.now(clock);
    out.printf("  working days left in the covered calendar after today: %d%n",
        calendar.covers(now.toLocalDate()) ? calendar.workingDaysBetween(now.toLocalDate(), calendar.coveredUntil()) : 0);
  }

  private void catalog() {
    heading("4. The catalog gate (CAT-1 … CAT-6): a penalty record submitted in Qingtongxia");
    CatalogRegistry registry = BundledCatalogs.registry(clock);
    Jurisdiction qingtongxia = Jurisdiction.of("640381");
    LocalDate decided = LocalDate.of(2026, 9, 28);
    String body = "91640381MA76C1234"; // a made-up company registered in Qingtongxia
    Organisation company = Organisation.of(SubjectType.LEGAL_PERSON,
        UnifiedSocialCreditCode.parse(body + UnifiedSocialCreditCode.checkCharacter(body)), "青铜峡市某某商贸有限公司");
    CreditRecord onTime = penalty(company, decided, LocalDate.of(2026, 10, 16), "5000.00");
    CreditRecord late = penalty(company, decided, LocalDate.of(2026, 11, 5), "五千元");
    ResolvedCatalog resolved = registry.resolve(qingtongxia, decided).orElseThrow(); // the bundled catalog is in force
    out.printf("  catalog in force in %s on %s: %s%n", qingtongxia, decided, resolved.ruleSetVersion());
    report("submitted on 2026-10-16", resolved.check(onTime));
    report("submitted on 2026-11-05, fine written in words", resolved.check(late));
    DisclosureDecision disclosure = resolved.disclosure(onTime, LocalDate.of(2026, 11, 29));
    out.printf("  on 2026-11-29: may share %s, may publish %s, published through %s%n",
        disclosure.mayShare(), disclosure.mayPublish(), disclosure.lastDayPublished().map(LocalDate::toString).orElse("—"));
  }

  private static CreditRecord penalty(Organisation company, LocalDate decided, LocalDate submitted, String fine) {
    return CreditRecord.builder()
        .itemCode("NAT-ADMIN-PENALTY")
        .subject(company)
        .putField("violationType", "未按规定公示年度报告")
        .putField("violationFacts", "经查，当事人未按规定公示年度报告。")
        .putField("penaltyBasis", "《企业信息公示暂行条例》")
        .putField("penaltyContent", "罚款")
        .putField("fineAmount", fine.chars().allMatch(c -> c == '.' || Character.isDigit(c)) ? (Object) new BigDecimal(fine) : fine)
        .putField("decidingAuthority", "青铜峡市市场监督管理局")
        .putField("partyCreditCode", company.creditCode().value())
        .decisionDate(decided)
        .documentNumber("青市监罚〔2026〕88号")
        .issuingDepartment("青铜峡市市场监督管理局")
        .severityClass(SeverityClass.GENERAL)
        .submissionDate(submitted)
        .build();
  }

  private void report(String what, Verdict verdict) {
    out.printf("  %s → %s%n", what, verdict.outcome());
    for (Finding f : verdict.findings()) {
      out.printf("    %-5s %s: %s%n          %s%n", f.requirement().id(), f.code(), f.messageEn(), f.messageZh());
    }
  }

  private void privacy() {
    heading("5. Desensitization (PRI-3): the PUBLIC profile and free-text redaction");
    for (String[] kv : new String[][] {{"PERSONAL_NAME", "欧阳娜娜"}, {"PERSONAL_NAME", "阿卜杜拉·买买提"},
        {"RESIDENT_ID", "53010219200508011X"}, {"MOBILE", "１３８ ００１３ ８０００"}}) {
      out.printf("  %-13s → %s%n", kv[0], MaskingProfile.PUBLIC.mask(DataKind.valueOf(kv[0]), kv[1]));
    }
    String text = "经查，当事人王小明（身份证号53010219200508011X，电话13800138000）于2026年3月在订单20260315123456789中……";
    RedactionResult result = Redactor.standard().redact(text, List.of("王小明"));
    out.println("  " + result.text());
    out.println("  found: " + result.spans().stream().map(sp -> sp.kind().name()).collect(Collectors.joining(", ")));
  }

  private void heading(String title) {
    out.println();
    out.println(title);
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
