package org.creditgov.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.creditgov.core.identity.InvalidIdentifierException;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.identity.ValidationLevel;
import org.creditgov.core.jurisdiction.Jurisdiction;
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

  Demo(PrintStream out, Clock clock) {
    this.out = out;
    this.clock = clock;
  }

  /** Runs the demo on standard output, with today's date in China. */
  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    new Demo(out, ChinaTime.systemClock()).run();
  }

  void run() {
    out.println("credit-governance demo — " + LocalDate.now(clock) + " (Asia/Shanghai)");
    identifiers();
    jurisdictions();
    deadlines();
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
            id.birthDate().getYear(), id.sex(), Jurisdiction.of(id.provinceCode() + "0000").nameEn().orElse("?"),
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

  private void heading(String title) {
    out.println();
    out.println(title);
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }
}
