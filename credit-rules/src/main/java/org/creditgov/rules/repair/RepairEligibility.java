package org.creditgov.rules.repair;

import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.time.CalendarAnswer;
import org.creditgov.core.verdict.Verdict;

/**
 * The answer to "may this information be repaired, on this application date" (REP-1, REP-2,
 * REP-4): the verdict with every finding, the rules that governed it (absent when no regime was in
 * force) and the platform's feedback deadline (absent when the regime sets none or the calendar
 * cannot count it; a {@linkplain CalendarAnswer#isOfficial() provisional} answer is held for
 * review, never answered as official).
 *
 * @param verdict every finding
 * @param rules the governing rules
 * @param feedbackDue the last day of the platform's feedback
 */
public record RepairEligibility(Verdict verdict, Optional<GoverningRules> rules, Optional<CalendarAnswer<LocalDate>> feedbackDue) {

  /** Whether the application may be accepted. */
  public boolean isAllowed() {
    return verdict.isAllowed();
  }
}
