package org.creditgov.rules.repair;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.catalog.PublicationPeriod;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.PublicationRegimes;
import org.creditgov.core.catalog.PublicationWindow;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.Layers;
import org.creditgov.core.ruleset.RuleSetRegistry;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.CalendarAnswer;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;

/**
 * The repair regimes a registry knows (REP-4): the public face of a {@link RuleSetRegistry} of
 * {@link RepairRegime}s beside the {@link PublicationRegimes} whose periods they use. It answers
 * which rules govern a case — decided by its dates: the regime of the case's sector series in force
 * on the application date, else the national one; the periods of that regime's publication series
 * in force on the date its {@link PeriodsFrom} names — and whether the case may be repaired, with
 * the platform's feedback deadline in working days. Immutable and thread-safe.
 */
public final class RepairRegimes {

  private final RuleSetRegistry<RepairRegime, Layers<RepairRegime>> registry;
  private final PublicationRegimes publication;

  private RepairRegimes(RuleSetRegistry<RepairRegime, Layers<RepairRegime>> registry, PublicationRegimes publication) {
    this.registry = registry;
    this.publication = publication;
  }

  /**
   * The given regimes, their periods from {@code publication}.
   *
   * @throws RepairRegimeDataException listing every duplicate id and every pair of versions of one
   *     series in force on a common day
   * @throws NullPointerException if an argument is null
   */
  public static RepairRegimes of(Iterable<RepairRegime> regimes, PublicationRegimes publication) {
    return new RepairRegimes(builder().addAll(regimes).build(), requireNonNull(publication, "publication"));
  }

  /** The problems {@link #of} would refuse {@code regimes} for, as data (for lint). */
  public static ImmutableList<DataProblem> problems(Iterable<RepairRegime> regimes) {
    return builder().addAll(regimes).problems();
  }

  private static RuleSetRegistry.Builder<RepairRegime, Layers<RepairRegime>> builder() {
    return RuleSetRegistry.builder(RepairRegime.KIND, layers -> layers);
  }

  /** Every regime, by jurisdiction, series, then start date. */
  public ImmutableList<RepairRegime> all() {
    return registry.versions();
  }

  /** The publication regimes the periods come from. */
  public PublicationRegimes publicationRegimes() {
    return publication;
  }

  /**
   * The regime of {@code series} in force in {@code jurisdiction} on {@code applicationDate}, else
   * the national series' (a sector regime replaces the national one for its sector's cases).
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<RepairRegime> governing(Jurisdiction jurisdiction, String series, LocalDate applicationDate) {
    Optional<RepairRegime> sector = registry.version(jurisdiction, series, applicationDate);
    return sector.isPresent() || series.equals(RepairCase.NATIONAL)
        ? sector
        : registry.version(jurisdiction, RepairCase.NATIONAL, applicationDate);
  }

  /** The rules that govern {@code repairCase}; empty when no regime is in force on its application date. */
  public Optional<GoverningRules> rules(RepairCase repairCase) {
    Optional<RepairRegime> regime = governing(repairCase.jurisdiction(), repairCase.series(), repairCase.applicationDate());
    if (regime.isEmpty()) {
      return Optional.empty();
    }
    RepairRegime r = regime.get();
    LocalDate on = r.periodsFrom() == PeriodsFrom.DECISION_DATE ? repairCase.decisionDate() : repairCase.applicationDate();
    Optional<PublicationRegime> pub = publication.inForce(repairCase.jurisdiction(), r.publicationSeries(), on);
    Optional<PublicationPeriod> period = pub.flatMap(p -> p.period(repairCase.severityClass()));
    return Optional.of(new GoverningRules(r, on, pub, period));
  }

  /**
   * Whether {@code repairCase} may be repaired on its application date (REP-1, REP-2, REP-4), with
   * every finding, and the platform's feedback deadline counted on {@code calendar} from the
   * application date.
   *
   * @throws NullPointerException if an argument is null
   */
  public RepairEligibility eligibility(RepairCase repairCase, WorkingDayCalendar calendar) {
    Optional<GoverningRules> found = rules(repairCase);
    if (found.isEmpty()) {
      return new RepairEligibility(Verdict.of(List.of(registry.notInForce(repairCase.jurisdiction(),
          repairCase.applicationDate()))), Optional.empty(), Optional.empty());
    }
    GoverningRules rules = found.get();
    RepairRegime regime = rules.regime();
    ImmutableList<org.creditgov.core.legal.LegalBasis> bases = regime.legalBases();
    List<Finding> findings = new ArrayList<>(2);
    if (!regime.repairable().contains(repairCase.kind())) {
      findings.add(Finding.of(RepairFinding.KIND_NOT_REPAIRABLE, bases, Fact.term("kind", repairCase.kind()),
          Fact.term("regime", regime.term())));
    }
    for (String c : repairCase.characteristics()) {
      regime.nonRepairable(c).ifPresent(n -> findings.add(Finding.of(RepairFinding.INFORMATION_NOT_REPAIRABLE, bases,
          Fact.term("information", n.term()), Fact.term("regime", regime.term()))));
    }
    boolean fulfilled = repairCase.conditionsMet().contains(RepairCondition.OBLIGATIONS_FULFILLED);
    for (RepairCondition c : regime.conditions()) {
      if (c != RepairCondition.MINIMUM_PERIOD_PASSED && !repairCase.conditionsMet().contains(c)) {
        findings.add(Finding.of(RepairFinding.CONDITION_NOT_MET, bases, Fact.term("condition", c),
            Fact.term("regime", regime.term())));
      }
    }
    Optional<PublicationWindow> window = rules.window(repairCase.decisionDate());
    if (window.isEmpty()) {
      findings.add(Finding.of(RepairFinding.PERIODS_UNDETERMINED, bases, Fact.term("severityClass", repairCase.severityClass()),
          Fact.term("regime", regime.term()), Fact.date("date", rules.periodsDate())));
    } else {
      PublicationWindow w = window.get();
      boolean minorWaived = repairCase.severityClass() == SeverityClass.MINOR && regime.minorRepairableOnFulfilment() && fulfilled;
      if (regime.conditions().contains(RepairCondition.MINIMUM_PERIOD_PASSED) && !minorWaived
          && w.lastDayOfMinimum().isPresent() && !repairCase.applicationDate().isAfter(w.lastDayOfMinimum().get())) {
        findings.add(Finding.of(RepairFinding.MINIMUM_PERIOD_NOT_PASSED, rules.publicationRegime().orElseThrow().legalBases(),
            Fact.period("minimum", rules.period().orElseThrow().minimum().orElseThrow()),
            Fact.date("earliestDate", w.lastDayOfMinimum().get().plusDays(1)), Fact.term("regime", regime.term())));
      }
      if (w.lastDayPublished().isPresent() && repairCase.applicationDate().isAfter(w.lastDayPublished().get())) {
        findings.add(Finding.of(RepairFinding.PUBLICATION_ALREADY_ENDED, bases,
            Fact.date("lastDay", w.lastDayPublished().get()), Fact.term("regime", regime.term())));
      }
    }
    Optional<CalendarAnswer<LocalDate>> due = Optional.empty();
    if (regime.timeLimits().feedbackWorkingDays().isPresent()) {
      try {
        due = Optional.of(calendar.deadline(repairCase.applicationDate(), regime.timeLimits().feedbackWorkingDays().getAsInt()));
      } catch (DateOutOfCalendarException e) {
        due = Optional.empty();
      }
    }
    return new RepairEligibility(Verdict.of(findings), found, due);
  }

  /**
   * The repair notice to deliver with a penalty or listing decision dated {@code decisionDate}
   * (两书同达, REP-6), from the regime of {@code series} in force on that date; empty when none is.
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<RepairNotice> notice(Jurisdiction jurisdiction, String series, InformationKind kind,
      SeverityClass severityClass, LocalDate decisionDate) {
    RepairCase c = new RepairCase(jurisdiction, series, kind, severityClass, decisionDate, decisionDate,
        java.util.Set.of(), java.util.Set.of());
    return rules(c).map(g -> {
      Optional<PublicationWindow> w = g.window(decisionDate);
      boolean minor = severityClass == SeverityClass.MINOR && g.regime().minorRepairableOnFulfilment();
      Optional<LocalDate> earliest = minor ? Optional.of(decisionDate)
          : w.map(win -> win.lastDayOfMinimum().map(d -> d.plusDays(1)).orElse(decisionDate));
      return new RepairNotice(g.regime().id(), kind, decisionDate, earliest, w.flatMap(PublicationWindow::lastDayPublished),
          g.regime().conditions(), ImmutableList.of(Material.PROOF_OF_FULFILMENT, Material.COMMITMENT_LETTER),
          g.regime().timeLimits().feedbackWorkingDays(), g.regime().timeLimits().decisionWorkingDays());
    });
  }

  /**
   * Whether a penalty or listing decision dated {@code decisionDate} was delivered as the regime in
   * force requires (REP-6): a decision delivered without the repair notice where the regime requires
   * one is flagged {@link RepairFinding#NOTICE_NOT_DELIVERED} (a warning: the decision stands).
   *
   * @throws NullPointerException if an argument is null
   */
  public Verdict delivery(Jurisdiction jurisdiction, String series, LocalDate decisionDate, boolean noticeDelivered) {
    Optional<RepairRegime> regime = governing(jurisdiction, series, decisionDate);
    if (regime.isPresent() && regime.get().noticeRequired() && !noticeDelivered) {
      return Verdict.of(List.of(Finding.of(RepairFinding.NOTICE_NOT_DELIVERED, regime.get().legalBases(),
          Fact.date("decisionDate", decisionDate), Fact.term("regime", regime.get().term()))));
    }
    return Verdict.allowed();
  }

  @Override
  public String toString() {
    return "RepairRegimes" + all();
  }
}
