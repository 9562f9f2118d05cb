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
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.Layers;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The catalog in force in one jurisdiction over one period (CAT-4): the national basic catalog plus
 * every supplement on the jurisdiction's parent chain in force, as {@link CatalogRegistry#resolve}
 * returns it. It holds for the whole {@link #period()} over which the same layer versions stay in
 * force.
 *
 * <p>{@link #check(CreditRecord)} judges a record against it and answers with every finding; the
 * verdict's {@link Verdict#ruleSetVersion()} names the layers applied (their ids and start dates),
 * so that a past decision can be re-evaluated. The findings about the catalog as a whole (an item or
 * a field outside it, a date outside its period) cite the procedural bases the layers' headers name
 * ({@link Layers#proceduralBases()}); those about an item cite the item's own legal bases; those
 * about publication the regime's. Lookups are precomputed when the catalog is resolved: a check
 * costs a hash lookup and a pass over the item's fields. Immutable and thread-safe.
 */
public final class ResolvedCatalog {

  private final Layers<Catalog> resolved;
  private final ImmutableList<LegalBasis> catalogBases;
  private final ImmutableMap<String, CompiledItem> items;
  private final Map<String, CompiledItem> lookup;
  private final PublicationRegimes regimes;
  private final WorkingDayCalendar calendar;
  private final ResidentIdNumber.Parser residentIds;
  private final Fact jurisdictionFact;
  private final Fact periodFact;
  /** The verdict of a record with no finding, made once: an immutable value. */
  private final Verdict noFinding;

  ResolvedCatalog(Layers<Catalog> layers, PublicationRegimes regimes, WorkingDayCalendar calendar,
      ResidentIdNumber.Parser residentIds) {
    this.resolved = layers;
    this.regimes = regimes;
    this.calendar = calendar;
    this.residentIds = residentIds;
    this.catalogBases = layers.proceduralBases().isEmpty()
        ? ImmutableList.of(layers.kind().foundingBasis())
        : layers.proceduralBases();
    ImmutableMap.Builder<String, CompiledItem> b = ImmutableMap.builder();
    for (Catalog layer : layers.layers()) {
      for (CatalogItem item : layer.items()) {
        b.put(item.code(), new CompiledItem(item, layer));
      }
    }
    this.items = b.buildOrThrow(); // the registry refuses redefinitions, so codes are unique
    this.lookup = new HashMap<>(items); // a plain HashMap: the fastest String lookup for the hot path
    this.jurisdictionFact = Fact.term("jurisdiction", layers.jurisdiction().term());
    this.periodFact = Fact.text("period", Layers.describe(layers.period()));
    this.noFinding = Verdict.builder().ruleSetVersion(layers.version()).build();
  }

  /** The jurisdiction the catalog was resolved for. */
  public Jurisdiction jurisdiction() {
    return resolved.jurisdiction();
  }

  /** The period over which this resolution holds: the same layer versions are in force throughout. */
  public EffectivePeriod period() {
    return resolved.period();
  }

  /** The layers applied, national first, then down the parent chain. */
  public ImmutableList<Catalog> layers() {
    return resolved.layers();
  }

  /** Each layer's id and effective date: every verdict carries it. */
  public RuleSetVersion ruleSetVersion() {
    return resolved.version();
  }

  /**
   * The instruments the findings about the catalog as a whole cite for their procedure: the
   * procedural bases of the layers' headers, or, where they name none, the instrument founding the
   * catalog system (国办发〔2020〕49号).
   */
  public ImmutableList<LegalBasis> proceduralBases() {
    return catalogBases;
  }

  /** Every item in force, layer by layer. */
  public ImmutableList<CatalogItem> items() {
    return items.values().stream().map(c -> c.value).collect(ImmutableList.toImmutableList());
  }

  /** The item of the given code, if it is in force here (CAT-1). */
  public Optional<CatalogItem> item(String code) {
    CompiledItem c = lookup.get(code);
    return c == null ? Optional.empty() : Optional.of(c.value);
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
    if (!resolved.period().contains(record.submissionDate())) {
      findings.add(Finding.of(CatalogFinding.OUTSIDE_RESOLVED_PERIOD, catalogBases,
          Fact.date("submitted", record.submissionDate()), periodFact));
      return verdict(findings);
    }
    CompiledItem ci = lookup.get(record.itemCode());
    if (ci == null) {
      findings.add(Finding.of(CatalogFinding.ITEM_NOT_IN_CATALOG, catalogBases,
          Fact.code("item", record.itemCode()), jurisdictionFact, Fact.date("date", record.submissionDate())));
      return verdict(findings);
    }
    SubjectType type = record.subject().type();
    if (!ci.allows(type)) {
      findings.add(Finding.of(CatalogFinding.SUBJECT_TYPE_NOT_ALLOWED, ci.bases, ci.item,
          Fact.term("subjectType", type), ci.subjectTypes));
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
    return findings.isEmpty() ? noFinding : Verdict.builder().addAllFindings(findings).ruleSetVersion(resolved.version()).build();
  }

  private void checkFields(CompiledItem ci, ImmutableMap<String, Object> values, List<Finding> findings) {
    int present = 0;
    String[] names = ci.names;
    for (int i = 0; i < names.length; i++) {
      Object v = values.get(names[i]);
      if (v == null) {
        if (ci.required[i]) {
          findings.add(Finding.of(CatalogFinding.FIELD_MISSING, ci.bases, ci.item, ci.fields[i]));
        }
        continue;
      }
      present++;
      if (!ci.types[i].accepts(v)) {
        findings.add(Finding.of(CatalogFinding.FIELD_WRONG_TYPE, ci.bases, ci.item, ci.fields[i],
            Fact.term("expected", ci.types[i]), Fact.term("found", FieldType.kindOf(v))));
        continue;
      }
      if (v instanceof String) {
        String s = (String) v;
        if (s.isBlank()) {
          if (ci.required[i]) {
            findings.add(Finding.of(CatalogFinding.FIELD_MISSING, ci.bases, ci.item, ci.fields[i]));
          }
          continue;
        }
        if (ci.maxLength[i] > 0 && s.length() > ci.maxLength[i]) {
          int length = s.codePointCount(0, s.length());
          if (length > ci.maxLength[i]) {
            findings.add(Finding.of(CatalogFinding.FIELD_TOO_LONG, ci.bases, ci.item, ci.fields[i],
                Fact.count("length", length), Fact.count("maxLength", ci.maxLength[i])));
          }
        }
      }
      FieldFormat format = ci.formats[i];
      if (format != null && !CompiledItem.hasFormat(format, v, residentIds)) {
        findings.add(Finding.of(CatalogFinding.FIELD_FORMAT_INVALID, ci.bases, ci.item, ci.fields[i],
            Fact.term("format", format)));
      }
    }
    if (present < values.size()) {
      for (String name : values.keySet()) {
        if (!ci.defines(name)) {
          findings.add(Finding.of(CatalogFinding.FIELD_NOT_IN_CATALOG, catalogBases, ci.item, Fact.code("field", name)));
        }
      }
    }
  }

  /** Whether the record's class is usable for the publication period. */
  private static boolean checkClass(CompiledItem ci, Optional<SeverityClass> severityClass, List<Finding> findings) {
    if (ci.classMask == 0) {
      if (severityClass.isPresent()) {
        findings.add(Finding.of(CatalogFinding.SEVERITY_CLASS_NOT_APPLICABLE, ci.bases, ci.item,
            Fact.term("severityClass", severityClass.get())));
      }
      return true;
    }
    if (severityClass.isEmpty()) {
      findings.add(Finding.of(CatalogFinding.SEVERITY_CLASS_MISSING, ci.bases, ci.item, ci.classes));
      return false;
    }
    if (!ci.allows(severityClass.get())) {
      findings.add(Finding.of(CatalogFinding.SEVERITY_CLASS_NOT_ALLOWED, ci.bases, ci.item, ci.classes,
          Fact.term("severityClass", severityClass.get())));
      return false;
    }
    return true;
  }

  private void checkDeadline(CompiledItem ci, CreditRecord record, List<Finding> findings) {
    LocalDate decision = record.decisionDate();
    LocalDate submission = record.submissionDate();
    if (submission.isBefore(decision)) {
      findings.add(Finding.of(CatalogFinding.SUBMISSION_BEFORE_DECISION, ci.bases,
          Fact.date("decided", decision), Fact.date("submitted", submission)));
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
        findings.add(Finding.of(CatalogFinding.SUBMISSION_LATE, ci.bases, ci.item,
            Fact.workingDays("deadlineDays", ci.deadline), Fact.date("lastDayToSubmit", deadline),
            Fact.date("submitted", submission), Fact.workingDays("taken", days)));
      }
    } catch (DateOutOfCalendarException e) {
      findings.add(Finding.of(CatalogFinding.DEADLINE_NOT_COMPUTABLE, ci.bases, ci.item,
          Fact.workingDays("deadlineDays", ci.deadline), Fact.date("decided", decision),
          Fact.date("calendarFrom", calendar.coveredFrom()), Fact.date("calendarLastDay", calendar.coveredUntil())));
    }
  }

  private Finding publicationFinding(CompiledItem ci, CreditRecord record) {
    LocalDate start = record.decisionDate();
    PublicationRule rule = requireNonNull(ci.rule); // a public item has one (CatalogItem's check)
    switch (rule.kind()) {
      case OPEN:
        return Finding.of(CatalogFinding.PUBLICATION_WITHOUT_END, ci.bases, ci.item, Fact.date("start", start));
      case FIXED:
        return window(ci.bases, ci.item, start, rule.minimum(), rule.maximum().orElseThrow(), ci.fixedRule);
      case REGIME:
        SeverityClass c = record.severityClass().orElseThrow(); // classKnown: present and allowed
        PublicationRegime regime = regimeFor(rule, start);
        if (regime == null) {
          return Finding.of(CatalogFinding.NO_PUBLICATION_REGIME, ci.bases, ci.item,
              Fact.text("series", String.join(", ", rule.series())), Fact.date("decided", start));
        }
        Optional<PublicationPeriod> p = regime.period(c);
        Fact regimeFact = Fact.term("regime", regime.term());
        if (p.isEmpty()) {
          return Finding.of(CatalogFinding.NO_PERIOD_FOR_CLASS, regime.legalBases(), ci.item, regimeFact,
              Fact.term("severityClass", c));
        }
        if (!p.get().publishedByDefault()) {
          return Finding.of(CatalogFinding.NOT_PUBLISHED_BY_DEFAULT, regime.legalBases(), ci.item,
              Fact.term("severityClass", c), regimeFact, Fact.period("maximum", p.get().maximum()));
        }
        return window(regime.legalBases(), ci.item, start, p.get().minimum(), p.get().maximum(), Fact.term("rule", regime.term()));
      default:
        throw new AssertionError(rule.kind());
    }
  }

  /**
   * The window finding of a record decided on {@code start}: its days counted as {@link
   * PublicationWindow#of} counts them (Civil Code Arts. 201–202: the corresponding day, inclusive).
   */
  private static Finding window(List<LegalBasis> bases, Fact item, LocalDate start, Optional<Period> minimum,
      Period maximum, Fact rule) {
    Fact first = Fact.date("start", start);
    Fact last = Fact.date("lastDayPublished", start.plus(maximum));
    return minimum.isPresent()
        ? Finding.of(CatalogFinding.PUBLICATION_WINDOW, bases, item, first, Fact.date("lastDayOfMinimum", start.plus(minimum.get())),
            last, rule)
        : Finding.of(CatalogFinding.PUBLICATION_WINDOW_NO_MINIMUM, bases, item, first, last, rule);
  }

  private @Nullable PublicationRegime regimeFor(PublicationRule rule, LocalDate decision) {
    for (String series : rule.series()) {
      Optional<PublicationRegime> r = regimes.inForce(resolved.jurisdiction(), series, decision);
      if (r.isPresent()) {
        return r.get();
      }
    }
    return null;
  }

  /**
   * The publication window of a record of a public item (CAT-6): from the decision date, the last
   * day of the minimum period and the last day published by itself (both inclusive, by Civil Code
   * Arts. 201–202), under the item's fixed period or the regime in force on the decision date for
   * the record's class. Empty when the item is not in this catalog, not public, or no period can be
   * determined (no regime, no class, no period for the class); the check says which.
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
        return Optional.of(PublicationWindow.of(start, Optional.empty(), Optional.empty(), true, Optional.empty()));
      case FIXED:
        return Optional.of(PublicationWindow.of(start, rule.minimum(), rule.maximum(), true, Optional.empty()));
      case REGIME:
        if (record.severityClass().isEmpty() || !ci.allows(record.severityClass().get())) {
          return Optional.empty();
        }
        PublicationRegime regime = regimeFor(rule, start);
        if (regime == null) {
          return Optional.empty();
        }
        return regime.period(record.severityClass().get()).map(p -> p.window(start, Optional.of(regime.id())));
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
        .sharing(ci.value.sharing())
        .disclosure(ci.value.disclosure())
        .mayPublish(ci.isPublic && window.isPresent() && window.get().isPublishedOn(date))
        .window(window)
        .addAllFieldsToMask(ci.personalFields)
        .addAllFieldsWithheld(ci.secretFields)
        .personalCreditInformation(person)
        .build();
  }

  @Override
  public String toString() {
    return "ResolvedCatalog[" + resolved.jurisdiction() + " over " + resolved.period() + ": " + resolved.version() + ", "
        + items.size() + " items]";
  }
}
