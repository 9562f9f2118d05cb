package org.creditgov.core.catalog;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The catalog in force in one jurisdiction on one date (CAT-4): the national basic catalog plus
 * every supplement on the jurisdiction's parent chain in force on that date, as {@link
 * CatalogRegistry#resolve} returns it. It holds for the whole {@link #period()} over which the same
 * layer versions stay in force.
 *
 * <p>{@link #check(CreditRecord)} judges a record against it and answers with every finding; the
 * verdict's {@link Verdict#ruleSetVersion()} names the layers applied (their ids and start dates),
 * so that a past decision can be re-evaluated. Lookups are precomputed when the catalog is
 * resolved: a check costs a hash lookup and a pass over the item's fields. Immutable and
 * thread-safe.
 */
public final class ResolvedCatalog {

  private static final String NONE = "—";

  private final Jurisdiction jurisdiction;
  private final LocalDate asOf;
  private final EffectivePeriod period;
  private final ImmutableList<Catalog> layers;
  private final RuleSetVersion ruleSetVersion;
  private final ImmutableMap<String, CompiledItem> items;
  private final Map<String, CompiledItem> lookup;
  private final PublicationRegimes regimes;
  private final WorkingDayCalendar calendar;
  private final ResidentIdNumber.Parser residentIds;
  private final ImmutableList<LegalBasis> catalogRules = ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49);

  ResolvedCatalog(
      Jurisdiction jurisdiction,
      LocalDate asOf,
      EffectivePeriod period,
      ImmutableList<Catalog> layers,
      PublicationRegimes regimes,
      WorkingDayCalendar calendar,
      ResidentIdNumber.Parser residentIds) {
    this.jurisdiction = jurisdiction;
    this.asOf = asOf;
    this.period = period;
    this.layers = layers;
    this.regimes = regimes;
    this.calendar = calendar;
    this.residentIds = residentIds;
    this.ruleSetVersion = ruleSetVersion(layers);
    ImmutableMap.Builder<String, CompiledItem> b = ImmutableMap.builder();
    for (Catalog layer : layers) {
      for (CatalogItem item : layer.items()) {
        b.put(item.code(), new CompiledItem(item, layer));
      }
    }
    this.items = b.buildOrThrow(); // the registry refuses redefinitions, so codes are unique
    this.lookup = new HashMap<>(items); // a plain HashMap: the fastest String lookup for the hot path
  }

  static RuleSetVersion ruleSetVersion(List<Catalog> layers) {
    List<RuleSetVersion.Layer> applied = new ArrayList<>();
    for (Catalog c : layers) {
      applied.add(new RuleSetVersion.Layer("catalog", c.id(), c.effective().from()));
    }
    return RuleSetVersion.of(applied);
  }

  /** The jurisdiction the catalog was resolved for. */
  public Jurisdiction jurisdiction() {
    return jurisdiction;
  }

  /** The date the catalog was first resolved for (any date of {@link #period()} resolves to it). */
  public LocalDate asOf() {
    return asOf;
  }

  /** The period over which this resolution holds: the same layer versions are in force throughout. */
  public EffectivePeriod period() {
    return period;
  }

  /** The layers applied, national first, then down the parent chain. */
  public ImmutableList<Catalog> layers() {
    return layers;
  }

  /** The layers as a version string, {@code id@start + id@start …}: each verdict carries it. */
  public RuleSetVersion ruleSetVersion() {
    return ruleSetVersion;
  }

  /** Every item in force, layer by layer. */
  public ImmutableList<CatalogItem> items() {
    return items.values().stream().map(c -> c.item).collect(ImmutableList.toImmutableList());
  }

  /** The item of the given code, if it is in force here (CAT-1). */
  public Optional<CatalogItem> item(String code) {
    CompiledItem c = lookup.get(code);
    return c == null ? Optional.empty() : Optional.of(c.item);
  }

  /** The layer that defines the item of the given code. */
  public Optional<Catalog> layerOf(String code) {
    CompiledItem c = lookup.get(code);
    return c == null ? Optional.empty() : Optional.of(c.layer);
  }

  /** The publication regimes the check consults. */
  public PublicationRegimes regimes() {
    return regimes;
  }

  /**
   * Checks a record against this catalog and answers with every finding (CAT-1, CAT-3, CAT-5,
   * CAT-6): the record's submission date outside {@link #period()}; its item not in the catalog;
   * a subject type the item does not apply to; each required field missing or blank; each value of
   * the wrong type, failing its format or too long; each field the item does not define; a missing
   * or disallowed severity class; a submission before the decision or after the update deadline
   * (or a deadline the working-day calendar cannot compute); and, for a public item, the
   * publication window or why none can be determined. No finding quotes a field value.
   *
   * @throws NullPointerException if {@code record} is null
   */
  public Verdict check(CreditRecord record) {
    requireNonNull(record, "record");
    List<Finding> findings = new ArrayList<>(4);
    if (!period.contains(record.submissionDate())) {
      findings.add(
          Finding.ofArgs(
              CatalogFinding.OUTSIDE_RESOLVED_PERIOD, catalogRules, record.submissionDate(), period, ruleSetVersion));
      return verdict(findings);
    }
    CompiledItem ci = lookup.get(record.itemCode());
    if (ci == null) {
      findings.add(
          Finding.ofArgs(
              CatalogFinding.ITEM_NOT_IN_CATALOG, catalogRules,
              record.itemCode(), jurisdiction, record.submissionDate(), ruleSetVersion));
      return verdict(findings);
    }
    SubjectType type = record.subject().type();
    if (!ci.allows(type)) {
      findings.add(Finding.ofArgs(CatalogFinding.SUBJECT_TYPE_NOT_ALLOWED, ci.bases, ci.code, ci.subjectTypesText, type));
    }
    checkFields(ci, record.fields(), findings);
    boolean classKnown = checkClass(ci, record.severityClass(), findings);
    checkDeadline(ci, record, findings);
    if (ci.isPublic && classKnown) {
      findings.add(publicationFinding(ci, record));
    }
    return verdict(findings);
  }

  private Verdict verdict(List<Finding> findings) {
    return Verdict.builder().addAllFindings(findings).ruleSetVersion(ruleSetVersion).build();
  }

  private void checkFields(CompiledItem ci, ImmutableMap<String, Object> values, List<Finding> findings) {
    int present = 0;
    String[] names = ci.names;
    for (int i = 0; i < names.length; i++) {
      Object v = values.get(names[i]);
      if (v == null) {
        if (ci.required[i]) {
          findings.add(Finding.ofArgs(CatalogFinding.FIELD_MISSING, ci.bases, ci.code, names[i]));
        }
        continue;
      }
      present++;
      if (!ci.types[i].accepts(v)) {
        findings.add(
            Finding.ofArgs(CatalogFinding.FIELD_WRONG_TYPE, ci.bases, ci.code, names[i], ci.types[i], v.getClass().getSimpleName()));
        continue;
      }
      if (v instanceof String) {
        String s = (String) v;
        if (s.isBlank()) {
          if (ci.required[i]) {
            findings.add(Finding.ofArgs(CatalogFinding.FIELD_MISSING, ci.bases, ci.code, names[i]));
          }
          continue;
        }
        if (ci.maxLength[i] > 0 && s.length() > ci.maxLength[i]) {
          int length = s.codePointCount(0, s.length());
          if (length > ci.maxLength[i]) {
            findings.add(Finding.ofArgs(CatalogFinding.FIELD_TOO_LONG, ci.bases, ci.code, names[i], length, ci.maxLength[i]));
          }
        }
      }
      FieldFormat format = ci.formats[i];
      if (format != null && !CompiledItem.hasFormat(format, v, residentIds)) {
        findings.add(Finding.ofArgs(CatalogFinding.FIELD_FORMAT_INVALID, ci.bases, ci.code, names[i], format));
      }
    }
    if (present < values.size()) {
      for (String name : values.keySet()) {
        if (!ci.defines(name)) {
          findings.add(Finding.ofArgs(CatalogFinding.FIELD_NOT_IN_CATALOG, catalogRules, ci.code, name));
        }
      }
    }
  }

  /** Whether the record's class is usable for the publication period. */
  private static boolean checkClass(CompiledItem ci, Optional<SeverityClass> severityClass, List<Finding> findings) {
    if (ci.classMask == 0) {
      if (severityClass.isPresent()) {
        findings.add(Finding.ofArgs(CatalogFinding.SEVERITY_CLASS_NOT_APPLICABLE, ci.bases, ci.code, severityClass.get()));
      }
      return true;
    }
    if (severityClass.isEmpty()) {
      findings.add(Finding.ofArgs(CatalogFinding.SEVERITY_CLASS_MISSING, ci.bases, ci.code, ci.classesText));
      return false;
    }
    if (!ci.allows(severityClass.get())) {
      findings.add(
          Finding.ofArgs(CatalogFinding.SEVERITY_CLASS_NOT_ALLOWED, ci.bases, ci.code, ci.classesText, severityClass.get()));
      return false;
    }
    return true;
  }

  private void checkDeadline(CompiledItem ci, CreditRecord record, List<Finding> findings) {
    LocalDate decision = record.decisionDate();
    LocalDate submission = record.submissionDate();
    if (submission.isBefore(decision)) {
      findings.add(Finding.ofArgs(CatalogFinding.SUBMISSION_BEFORE_DECISION, ci.bases, decision, submission));
      return;
    }
    try {
      int days = calendar.workingDaysBetween(decision, submission);
      // late when submitted after the deadline day: more working days than allowed, or as many
      // but on a later rest day
      boolean late =
          days > ci.deadline
              || (days == ci.deadline && submission.isAfter(decision) && !calendar.isWorkingDay(submission));
      if (late) {
        LocalDate deadline = calendar.plusWorkingDays(decision, ci.deadline);
        findings.add(
            Finding.ofArgs(CatalogFinding.SUBMISSION_LATE, ci.bases, ci.code, ci.deadline, deadline, submission, days));
      }
    } catch (DateOutOfCalendarException e) {
      findings.add(
          Finding.ofArgs(
              CatalogFinding.DEADLINE_NOT_COMPUTABLE, ci.bases,
              ci.code, ci.deadline, decision, calendar.coveredFrom(), calendar.coveredUntil()));
    }
  }

  private Finding publicationFinding(CompiledItem ci, CreditRecord record) {
    LocalDate start = record.decisionDate();
    PublicationRule rule = requireNonNull(ci.rule); // a public item has one (CatalogItem's check)
    switch (rule.kind()) {
      case OPEN:
        return Finding.ofArgs(CatalogFinding.PUBLICATION_WITHOUT_END, ci.bases, ci.code, start);
      case FIXED:
        return Finding.ofArgs(
            CatalogFinding.PUBLICATION_WINDOW, ci.bases,
            ci.code, start, plusOrNone(start, rule.minimum()), plusOrNone(start, rule.maximum()), ci.code);
      case REGIME:
        SeverityClass c = record.severityClass().orElseThrow(); // classKnown: present and allowed
        PublicationRegime regime = regimeFor(rule, start);
        if (regime == null) {
          return Finding.ofArgs(
              CatalogFinding.NO_PUBLICATION_REGIME, ci.bases, ci.code, String.join(", ", rule.series()), start);
        }
        Optional<PublicationPeriod> p = regime.period(c);
        if (p.isEmpty()) {
          return Finding.ofArgs(CatalogFinding.NO_PERIOD_FOR_CLASS, regime.legalBases(), ci.code, regime.id(), c);
        }
        if (!p.get().publishedByDefault()) {
          return Finding.ofArgs(CatalogFinding.NOT_PUBLISHED_BY_DEFAULT, regime.legalBases(), ci.code, regime.id(), c, p.get().maximum());
        }
        return Finding.ofArgs(
            CatalogFinding.PUBLICATION_WINDOW, regime.legalBases(),
            ci.code, start, plusOrNone(start, p.get().minimum()), start.plus(p.get().maximum()), regime.id());
      default:
        throw new AssertionError(rule.kind());
    }
  }

  private static Object plusOrNone(LocalDate start, Optional<Period> period) {
    return period.isPresent() ? start.plus(period.get()) : NONE;
  }

  private @Nullable PublicationRegime regimeFor(PublicationRule rule, LocalDate decision) {
    for (String series : rule.series()) {
      Optional<PublicationRegime> r = regimes.inForce(series, decision);
      if (r.isPresent()) {
        return r.get();
      }
    }
    return null;
  }

  /**
   * The publication window of a record of a public item (CAT-6): from the decision date, the
   * earliest early end and the automatic end, under the item's fixed period or the regime in
   * force on the decision date for the record's class. Empty when the item is not in this catalog,
   * not public, or no period can be determined (no regime, no class, no period for the class); the
   * check says which.
   *
   * @throws NullPointerException if {@code record} is null
   */
  public Optional<PublicationWindow> publicationWindow(CreditRecord record) {
    requireNonNull(record, "record");
    CompiledItem ci = lookup.get(record.itemCode());
    if (ci == null || !ci.isPublic || ci.rule == null) {
      return Optional.empty();
    }
    LocalDate start = record.decisionDate();
    PublicationRule rule = ci.rule;
    switch (rule.kind()) {
      case OPEN:
        return Optional.of(PublicationWindow.builder().start(start).publishedByDefault(true).build());
      case FIXED:
        return Optional.of(
            PublicationWindow.builder()
                .start(start)
                .earliestEarlyEnd(rule.minimum().map(start::plus))
                .automaticEnd(rule.maximum().map(start::plus))
                .publishedByDefault(true)
                .build());
      case REGIME:
        if (record.severityClass().isEmpty() || !ci.allows(record.severityClass().get())) {
          return Optional.empty();
        }
        PublicationRegime regime = regimeFor(rule, start);
        if (regime == null) {
          return Optional.empty();
        }
        return regime
            .period(record.severityClass().get())
            .map(
                p ->
                    PublicationWindow.builder()
                        .start(start)
                        .earliestEarlyEnd(p.minimum().map(start::plus))
                        .automaticEnd(start.plus(p.maximum()))
                        .publishedByDefault(p.publishedByDefault())
                        .regimeId(regime.id())
                        .build());
      default:
        throw new AssertionError(rule.kind());
    }
  }

  /**
   * What the catalog allows for {@code record} on {@code date} (CAT-6): sharing and its
   * recipients, publication and until when, the fields to mask and the fields never disclosed.
   * A record of an item outside this catalog may be neither shared nor published (CAT-1).
   *
   * @throws NullPointerException if an argument is null
   */
  public DisclosureDecision disclosure(CreditRecord record, LocalDate date) {
    requireNonNull(record, "record");
    requireNonNull(date, "date");
    boolean person = !record.subject().type().isOrganisation();
    CompiledItem ci = lookup.get(record.itemCode());
    if (ci == null) {
      return ImmutableDisclosureDecision.builder()
          .date(date)
          .inCatalog(false)
          .sharing(SharingAttribute.none())
          .disclosure(DisclosureAttribute.NONE)
          .mayPublish(false)
          .personalCreditInformation(person)
          .build();
    }
    Optional<PublicationWindow> window = publicationWindow(record);
    return ImmutableDisclosureDecision.builder()
        .date(date)
        .inCatalog(true)
        .sharing(ci.item.sharing())
        .disclosure(ci.item.disclosure())
        .mayPublish(ci.isPublic && window.isPresent() && window.get().isPublishedOn(date))
        .window(window)
        .addAllFieldsToMask(ci.personalFields)
        .addAllFieldsWithheld(ci.secretFields)
        .personalCreditInformation(person)
        .build();
  }

  @Override
  public String toString() {
    return "ResolvedCatalog[" + jurisdiction + " on " + asOf + ": " + ruleSetVersion + ", " + items.size() + " items, holds " + period + "]";
  }
}
