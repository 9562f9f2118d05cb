package org.creditgov.privacy.consent;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multimap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.ResolvedCatalog;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.CatalogAccess;
import org.jspecify.annotations.Nullable;

/**
 * Records, withdraws and checks consents (PRI-1, PRI-2, PRI-4), with every answer a {@link
 * Verdict} listing all its findings and every instant read from the one injected clock.
 *
 * <ul>
 *   <li>{@link #record(Consent)} refuses, with every reason, a consent without an end or lasting
 *       longer than its purpose allows, for a purpose not in force or on a founding the purpose does
 *       not admit, with a field outside the catalog, not needed for the purpose or secret,
 *       sensitive or provided to another processor without a separate consent, given in a form the
 *       purpose does not accept, forced (a condition of a service that does not need it) or bundled
 *       (covering purposes the service does not need);
 *   <li>{@link #withdraw(String, SubjectRef)} takes effect from the clock's instant: a check one
 *       nanosecond later is refused;
 *   <li>{@link #check}, {@link #authorise}, {@link #status}, {@link #active} and {@link #search}
 *       all judge by {@link StoredConsent#status(Instant)} at the clock's instant: a consent expired
 *       by one millisecond never authorises, on any path.
 * </ul>
 *
 * <p>Changes go to the {@link ConsentStore} one consent at a time with optimistic concurrency; a
 * change that meets another officer's is retried on the fresh state, or refused with {@link
 * ConsentFinding#CONCURRENT_CHANGE}. Thread-safe.
 *
 * <pre>{@code
 * ConsentRegistry consents = ConsentRegistry.builder()
 *     .purposes(purposes).catalogs(CatalogAccess.of(catalogRegistry))
 *     .store(new InMemoryConsentStore()).clock(clock).build();
 * ConsentResult r = consents.record(consent);
 * Verdict v = consents.check(consent.id(), subject, "宁夏青铜峡农村商业银行", "LOAN-APPROVAL", fields);
 * }</pre>
 */
public final class ConsentRegistry {

  private static final int RETRIES = 8;

  private final PurposeRegistry purposes;
  private final CatalogAccess catalogs;
  private final ConsentStore store;
  private final Clock clock;

  private ConsentRegistry(Builder b) {
    this.purposes = requireNonNull(b.purposes, "purposes");
    this.catalogs = requireNonNull(b.catalogs, "catalogs");
    this.store = b.store;
    this.clock = b.clock;
  }

  /** A builder: purposes and catalogs are mandatory; an in-memory store and the system clock in China by default. */
  public static Builder builder() {
    return new Builder();
  }

  /** The purpose registry consents are judged against. */
  public PurposeRegistry purposes() {
    return purposes;
  }

  /** The store. */
  public ConsentStore store() {
    return store;
  }

  /** The clock every status is judged by. */
  public Clock clock() {
    return clock;
  }

  // ---------------------------------------------------------------------------------- record

  /**
   * Records a consent (PRI-1, PRI-2, PRI-4): judged against the purposes and the catalog in force
   * in its jurisdiction on the day it is recorded, and stored at version 1 if no finding refuses
   * it. A refused consent is not stored.
   *
   * @throws NullPointerException if {@code consent} is null
   */
  public ConsentResult record(Consent consent) {
    requireNonNull(consent, "consent");
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
    List<Finding> findings = new ArrayList<>();
    Optional<ResolvedPurposes> inForce = purposes.resolve(consent.jurisdiction(), today);
    Optional<Purpose> purpose = inForce.flatMap(r -> r.purpose(consent.purposeCode()));
    if (inForce.isEmpty()) {
      findings.add(purposes.notInForce(consent.jurisdiction(), today));
    } else if (purpose.isEmpty()) {
      findings.add(Finding.of(ConsentFinding.UNKNOWN_PURPOSE, Bases.PURPOSE_BOUND,
          Fact.code("purpose", consent.purposeCode()), Fact.term("jurisdiction", consent.jurisdiction().term()),
          Fact.date("date", today)));
    }
    Optional<ResolvedCatalog> catalog = catalogs.resolve(consent.jurisdiction(), today);
    if (catalog.isEmpty()) {
      findings.add(CatalogAccess.notInForce(consent.jurisdiction(), today));
    }
    window(consent, purpose, findings);
    founding(consent, purpose, findings);
    scope(consent, purpose, catalog.orElse(null), findings);
    if (consent.founding().isConsent()) {
      context(consent, inForce, purpose, findings);
    }
    Verdict verdict = verdict(findings, inForce);
    if (!verdict.isAllowed()) {
      return ConsentResult.of(verdict, Optional.empty());
    }
    StoredConsent stored = StoredConsent.builder().consent(consent).recordedAt(now).version(1).build();
    if (!store.insert(stored)) {
      return ConsentResult.of(
          Verdict.of(List.of(Finding.of(ConsentFinding.ALREADY_RECORDED, Bases.CONSENT, Fact.code("consent", consent.id())))),
          Optional.empty());
    }
    Finding recorded = Finding.of(ConsentFinding.RECORDED, purposeBases(purpose, inForce),
        Fact.code("consent", consent.id()), Fact.term("purpose", purpose.orElseThrow().term()),
        Fact.instant("validUntil", consent.validUntil().orElseThrow()));
    return ConsentResult.of(verdict.toBuilder().addFinding(recorded).build(), Optional.of(stored));
  }

  private static Verdict verdict(List<Finding> findings, Optional<ResolvedPurposes> inForce) {
    Verdict.Builder b = Verdict.builder().addAllFindings(findings);
    inForce.ifPresent(r -> b.ruleSetVersion(r.version()));
    return b.build();
  }

  private static ImmutableList<LegalBasis> purposeBases(Optional<Purpose> purpose, Optional<ResolvedPurposes> inForce) {
    ImmutableList.Builder<LegalBasis> b = ImmutableList.builder();
    purpose.ifPresent(p -> b.addAll(p.legalBases()));
    inForce.ifPresent(r -> b.addAll(r.proceduralBases()));
    ImmutableList<LegalBasis> bases = ImmutableSet.copyOf(b.build()).asList();
    return bases.isEmpty() ? Bases.CONSENT : bases;
  }

  /** The end is mandatory and within the purpose's maximum, counted by the Civil Code (Arts. 201–203). */
  private static void window(Consent consent, Optional<Purpose> purpose, List<Finding> findings) {
    if (consent.validUntil().isEmpty()) {
      findings.add(purpose.isPresent()
          ? Finding.of(ConsentFinding.NO_END, Bases.NO_LIFELONG, Fact.term("purpose", purpose.get().term()),
              Fact.period("maximum", purpose.get().maximumValidity()))
          : Finding.of(ConsentFinding.NO_END, Bases.NO_LIFELONG,
              Fact.term("purpose", Term.of(consent.purposeCode(), consent.purposeCode(), consent.purposeCode())),
              Fact.period("maximum", java.time.Period.ZERO)));
      return;
    }
    Instant until = consent.validUntil().get();
    if (!until.isAfter(consent.validFrom())) {
      findings.add(Finding.of(ConsentFinding.WINDOW_EMPTY, Bases.NO_LIFELONG,
          Fact.instant("validFrom", consent.validFrom()), Fact.instant("validUntil", until)));
      return;
    }
    if (purpose.isPresent()) {
      LocalDate lastDay = lastDayAllowed(consent.validFrom(), purpose.get());
      Instant latest = lastDay.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
      if (until.isAfter(latest)) {
        findings.add(Finding.of(ConsentFinding.LONGER_THAN_PURPOSE_ALLOWS, Bases.NO_LIFELONG,
            Fact.term("purpose", purpose.get().term()), Fact.period("maximum", purpose.get().maximumValidity()),
            Fact.date("lastDay", lastDay), Fact.instant("validUntil", until)));
      }
    }
  }

  /**
   * The last day a consent to {@code purpose} given at {@code validFrom} may last (inclusive): the
   * day of {@code validFrom} in China plus the purpose's maximum (Civil Code Arts. 201–202: the
   * period ends on the corresponding day); it may then last until midnight at its end (Art. 203).
   */
  public static LocalDate lastDayAllowed(Instant validFrom, Purpose purpose) {
    return LocalDate.ofInstant(validFrom, ChinaTime.ZONE).plus(purpose.maximumValidity());
  }

  private static void founding(Consent consent, Optional<Purpose> purpose, List<Finding> findings) {
    Founding f = consent.founding();
    if (purpose.isPresent() && !purpose.get().allows(f.kind())) {
      findings.add(Finding.of(ConsentFinding.FOUNDING_NOT_ALLOWED, Bases.LAWFUL_BASES,
          Fact.term("purpose", purpose.get().term()), Fact.term("founding", f.kind())));
    }
    if (f.legalBasis().isPresent() && !org.creditgov.privacy.PrivacyInstruments.isLawOrRegulation(f.legalBasis().get())) {
      findings.add(Finding.of(ConsentFinding.STATUTORY_BASIS_TOO_LOW, Bases.LAWFUL_BASES,
          Fact.text("citation", f.legalBasis().get().citation()), Fact.term("level", f.legalBasis().get().level())));
    }
    if (f.isConsent() && purpose.isPresent() && purpose.get().writtenConsentRequired()
        && consent.method() != ConsentMethod.WRITTEN) {
      findings.add(Finding.of(ConsentFinding.WRITTEN_CONSENT_REQUIRED, Bases.WRITTEN_FOR_CREDIT_QUERY,
          Fact.term("purpose", purpose.get().term()), Fact.term("method", consent.method())));
    }
  }

  private static void scope(Consent consent, Optional<Purpose> purpose, @Nullable ResolvedCatalog catalog, List<Finding> findings) {
    if (consent.scope().isEmpty()) {
      findings.add(Finding.of(ConsentFinding.SCOPE_EMPTY, Bases.PURPOSE_BOUND));
      return;
    }
    boolean separateSensitive = !consent.founding().isConsent()
        || consent.separateConsents().contains(SeparateConsent.SENSITIVE_PERSONAL_INFORMATION);
    for (Map.Entry<String, java.util.Collection<String>> e : consent.scope().asMap().entrySet()) {
      String item = e.getKey();
      Optional<CatalogItem> ci = catalog == null ? Optional.empty() : catalog.item(item);
      if (catalog != null && ci.isEmpty()) {
        findings.add(Finding.of(ConsentFinding.ITEM_NOT_IN_CATALOG, Bases.CATALOG, Fact.code("item", item)));
        continue;
      }
      Term itemTerm = CatalogAccess.itemTerm(catalog, item);
      for (String field : e.getValue()) {
        Optional<FieldSpec> spec = ci.flatMap(i -> i.field(field));
        if (ci.isPresent() && spec.isEmpty()) {
          findings.add(Finding.of(ConsentFinding.FIELD_NOT_IN_CATALOG, Bases.CATALOG,
              Fact.term("item", itemTerm), Fact.code("field", field)));
          continue;
        }
        Term fieldTerm = CatalogAccess.fieldTerm(catalog, item, field);
        if (purpose.isPresent() && !purpose.get().needs(item, field)) {
          findings.add(Finding.of(ConsentFinding.BEYOND_PURPOSE, Bases.PURPOSE_BOUND,
              Fact.term("purpose", purpose.get().term()), Fact.term("item", itemTerm), Fact.term("field", fieldTerm)));
        }
        if (spec.isPresent() && spec.get().sensitivity().isSecret()) {
          findings.add(Finding.of(ConsentFinding.SECRET_FIELD, Bases.CATALOG,
              Fact.term("item", itemTerm), Fact.term("field", fieldTerm), Fact.term("sensitivity", spec.get().sensitivity())));
        } else if (spec.isPresent() && spec.get().sensitivity() == org.creditgov.core.catalog.Sensitivity.SENSITIVE_PERSONAL
            && !separateSensitive) {
          findings.add(Finding.of(ConsentFinding.SENSITIVE_WITHOUT_SEPARATE_CONSENT, Bases.SENSITIVE,
              Fact.term("item", itemTerm), Fact.term("field", fieldTerm)));
        }
      }
    }
    if (consent.founding().isConsent() && consent.provisionTo().isPresent()
        && !consent.separateConsents().contains(SeparateConsent.PROVISION_TO_OTHER_PROCESSOR)) {
      findings.add(Finding.of(ConsentFinding.PROVISION_WITHOUT_SEPARATE_CONSENT, Bases.PROVISION,
          Fact.text("processor", consent.provisionTo().get())));
    }
  }

  private static void context(Consent consent, Optional<ResolvedPurposes> inForce, Optional<Purpose> purpose, List<Finding> findings) {
    if (consent.context().isEmpty()) {
      return;
    }
    ConsentContext c = consent.context().get();
    if (c.conditionOfService() && !c.neededPurposes().contains(consent.purposeCode())) {
      findings.add(Finding.of(ConsentFinding.FORCED, Bases.NOT_FORCED, Fact.text("service", c.service()),
          Fact.term("purpose", purpose.map(Purpose::term).orElse(Term.of(consent.purposeCode(), consent.purposeCode(), consent.purposeCode())))));
    }
    List<Term> unneeded = new ArrayList<>();
    for (String covered : c.purposesCovered()) {
      if (!c.neededPurposes().contains(covered)) {
        unneeded.add(inForce.flatMap(r -> r.purpose(covered)).map(Purpose::term).orElse(Term.of(covered, covered, covered)));
      }
    }
    if (!unneeded.isEmpty()) {
      findings.add(Finding.of(ConsentFinding.BUNDLED, Bases.NOT_BUNDLED, Fact.text("service", c.service()),
          Fact.terms("purposes", unneeded)));
    }
  }

  // ---------------------------------------------------------------------------------- withdraw

  /**
   * Withdraws a consent at the person's request (PRI-4, PIPL Art. 15), with effect from the
   * clock's instant: from that instant on, no check, list or search treats it as authorising. A
   * consent already withdrawn stays withdrawn at its first instant ({@link
   * ConsentFinding#ALREADY_WITHDRAWN}, allowed). A consent founded on a statutory duty rests on no
   * consent and is not withdrawn.
   *
   * @param by the person withdrawing: the consent's subject
   * @throws NullPointerException if an argument is null
   */
  public ConsentResult withdraw(String consentId, SubjectRef by) {
    requireNonNull(consentId, "consentId");
    requireNonNull(by, "by");
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      Optional<StoredConsent> found = store.find(consentId);
      if (found.isEmpty()) {
        return refused(ConsentFinding.NOT_FOUND, consentId);
      }
      StoredConsent current = found.get();
      if (!current.consent().subject().equals(by)) {
        return refused(ConsentFinding.OTHER_SUBJECT, consentId);
      }
      if (!current.consent().founding().isConsent()) {
        return refused(ConsentFinding.NOT_WITHDRAWABLE, consentId);
      }
      if (current.withdrawnAt().isPresent()) {
        return ConsentResult.of(Verdict.of(List.of(Finding.of(ConsentFinding.ALREADY_WITHDRAWN, Bases.WITHDRAWAL,
            Fact.code("consent", consentId), Fact.instant("at", current.withdrawnAt().get())))), Optional.of(current));
      }
      Instant now = clock.instant();
      StoredConsent next = current.withdrawn(now);
      if (store.update(current.version(), next)) {
        return ConsentResult.of(Verdict.of(List.of(Finding.of(ConsentFinding.WITHDRAWAL_RECORDED, Bases.WITHDRAWAL,
            Fact.code("consent", consentId), Fact.instant("at", now)))), Optional.of(next));
      }
    }
    return refused(ConsentFinding.CONCURRENT_CHANGE, consentId);
  }

  private static ConsentResult refused(ConsentFinding type, String consentId) {
    return ConsentResult.of(Verdict.of(List.of(Finding.of(type, Bases.CONSENT, Fact.code("consent", consentId)))), Optional.empty());
  }

  // ---------------------------------------------------------------------------------- checks

  /**
   * Whether consent {@code consentId} authorises {@code party} to use {@code fields} (item → field
   * names) of {@code subject} for {@code purposeCode} now, by the clock (PRI-1, PRI-2, PRI-4):
   * every reason it does not, or {@link ConsentFinding#AUTHORISED}. Changes nothing.
   *
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(String consentId, SubjectRef subject, String party, String purposeCode, Multimap<String, String> fields) {
    requireNonNull(consentId, "consentId");
    Optional<StoredConsent> found = store.find(consentId);
    if (found.isEmpty()) {
      return Verdict.of(List.of(Finding.of(ConsentFinding.NOT_FOUND, Bases.CONSENT, Fact.code("consent", consentId))));
    }
    return judge(found.get(), clock.instant(), subject, party, purposeCode, fields);
  }

  /**
   * As {@link #check}, and when authorised, one use of a consent limited in uses is made (with
   * optimistic concurrency: a use is never counted twice nor lost). The gateway calls this for each
   * query it runs.
   *
   * @throws NullPointerException if an argument is null
   */
  public Verdict authorise(String consentId, SubjectRef subject, String party, String purposeCode, Multimap<String, String> fields) {
    requireNonNull(consentId, "consentId");
    for (int attempt = 0; attempt < RETRIES; attempt++) {
      Optional<StoredConsent> found = store.find(consentId);
      if (found.isEmpty()) {
        return Verdict.of(List.of(Finding.of(ConsentFinding.NOT_FOUND, Bases.CONSENT, Fact.code("consent", consentId))));
      }
      StoredConsent current = found.get();
      Verdict v = judge(current, clock.instant(), subject, party, purposeCode, fields);
      if (!v.isAllowed() || current.consent().maxUses().isEmpty()) {
        return v;
      }
      if (store.update(current.version(), current.used())) {
        return v;
      }
    }
    return Verdict.of(List.of(Finding.of(ConsentFinding.CONCURRENT_CHANGE, Bases.CONSENT, Fact.code("consent", consentId))));
  }

  /**
   * Whether any consent of {@code subject} authorises {@code party} to use {@code fields} for
   * {@code purposeCode} now: the first active one that does (its {@link ConsentFinding#AUTHORISED}),
   * else {@link ConsentFinding#NO_MATCHING_CONSENT}. Changes nothing.
   *
   * @throws NullPointerException if an argument is null
   */
  public Verdict check(SubjectRef subject, String party, String purposeCode, Multimap<String, String> fields) {
    Instant now = clock.instant();
    ImmutableList<StoredConsent> candidates = store.matching(subject, party, purposeCode);
    for (StoredConsent c : candidates) {
      // the same judgement as judge() makes, without its findings: only the consent that authorises gets a verdict
      Consent consent = c.consent();
      if (c.status(now).authorises() && consent.subject().equals(subject) && consent.covers(party)
          && consent.purposeCode().equals(purposeCode) && covers(consent, fields)) {
        Verdict v = judge(c, now, subject, party, purposeCode, fields);
        if (v.isAllowed()) {
          return v;
        }
      }
    }
    @Nullable Consent any = candidates.isEmpty() ? null : candidates.get(0).consent(); // names the purpose, where one is known
    return Verdict.of(List.of(Finding.of(ConsentFinding.NO_MATCHING_CONSENT, Bases.CONSENT,
        Fact.text("party", party), Fact.term("purpose", purposeTerm(any, purposeCode)))));
  }

  private static boolean covers(Consent consent, Multimap<String, String> fields) {
    for (Map.Entry<String, String> e : fields.entries()) {
      if (!consent.scope().containsEntry(e.getKey(), e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private Verdict judge(StoredConsent stored, Instant now, SubjectRef subject, String party, String purposeCode,
      Multimap<String, String> fields) {
    Consent c = stored.consent();
    String id = c.id();
    List<Finding> findings = new ArrayList<>(2);
    if (!c.subject().equals(requireNonNull(subject, "subject"))) {
      findings.add(Finding.of(ConsentFinding.OTHER_SUBJECT, Bases.CONSENT, Fact.code("consent", id)));
    }
    if (!c.covers(requireNonNull(party, "party"))) {
      findings.add(Finding.of(ConsentFinding.OTHER_PARTY, Bases.CONSENT, Fact.code("consent", id), Fact.text("party", party)));
    }
    if (!c.purposeCode().equals(requireNonNull(purposeCode, "purposeCode"))) {
      findings.add(Finding.of(ConsentFinding.OTHER_PURPOSE, Bases.PURPOSE_BOUND, Fact.code("consent", id),
          Fact.term("purpose", purposeTerm(c, purposeCode)), Fact.term("consented", purposeTerm(c, c.purposeCode()))));
    }
    switch (stored.status(now)) {
      case NOT_YET_VALID:
        findings.add(Finding.of(ConsentFinding.NOT_YET_VALID, Bases.CONSENT, Fact.code("consent", id),
            Fact.instant("validFrom", c.validFrom())));
        break;
      case EXPIRED:
        findings.add(Finding.of(ConsentFinding.EXPIRED, Bases.NO_LIFELONG, Fact.code("consent", id),
            Fact.instant("validUntil", c.validUntil().orElse(c.validFrom()))));
        break;
      case WITHDRAWN:
        findings.add(Finding.of(ConsentFinding.WITHDRAWN, Bases.WITHDRAWAL, Fact.code("consent", id),
            Fact.instant("withdrawnAt", stored.withdrawnAt().orElseThrow())));
        break;
      case USED_UP:
        findings.add(Finding.of(ConsentFinding.USED_UP, Bases.CONSENT, Fact.code("consent", id),
            Fact.count("uses", c.maxUses().orElse(0))));
        break;
      default:
        break;
    }
    ResolvedCatalog catalog = null;
    boolean catalogRead = false;
    for (Map.Entry<String, String> e : requireNonNull(fields, "fields").entries()) {
      if (!c.scope().containsEntry(e.getKey(), e.getValue())) {
        if (!catalogRead) { // names for the message, on the refusing path only
          catalog = catalogs.resolve(c.jurisdiction(), LocalDate.ofInstant(now, ChinaTime.ZONE)).orElse(null);
          catalogRead = true;
        }
        findings.add(Finding.of(ConsentFinding.OUTSIDE_SCOPE, Bases.PURPOSE_BOUND, Fact.code("consent", id),
            Fact.term("item", CatalogAccess.itemTerm(catalog, e.getKey())),
            Fact.term("field", CatalogAccess.fieldTerm(catalog, e.getKey(), e.getValue()))));
      }
    }
    if (findings.isEmpty()) {
      findings.add(Finding.of(ConsentFinding.AUTHORISED, Bases.CONSENT, Fact.code("consent", id),
          Fact.term("purpose", purposeTerm(c, c.purposeCode(), now)), Fact.instant("validUntil", c.validUntil().orElseThrow())));
    }
    return Verdict.of(findings);
  }

  private Term purposeTerm(@Nullable Consent consent, String code) {
    return purposeTerm(consent, code, clock.instant());
  }

  private Term purposeTerm(@Nullable Consent consent, String code, Instant now) {
    if (consent != null) {
      ResolvedPurposes inForce = purposes.resolveOrNull(consent.jurisdiction(), LocalDate.ofInstant(now, ChinaTime.ZONE));
      Optional<Purpose> p = inForce == null ? Optional.empty() : inForce.purpose(code);
      if (p.isPresent()) {
        return p.get().term();
      }
    }
    return Term.of(code, code, code);
  }

  /**
   * Where consent {@code consentId} stands now, by the clock; empty if there is none.
   *
   * @throws NullPointerException if {@code consentId} is null
   */
  public Optional<ConsentStatus> status(String consentId) {
    Instant now = clock.instant();
    return store.find(requireNonNull(consentId, "consentId")).map(c -> c.status(now));
  }

  /**
   * Every consent of {@code subject} ever recorded, in the order recorded, each with its state;
   * judge each by {@link StoredConsent#status(Instant)} with {@link #clock()}, or use {@link
   * #active(SubjectRef)}.
   *
   * @throws NullPointerException if {@code subject} is null
   */
  public ImmutableList<StoredConsent> list(SubjectRef subject) {
    return store.forSubject(subject);
  }

  /**
   * The consents of {@code subject} that authorise now, by the clock.
   *
   * @throws NullPointerException if {@code subject} is null
   */
  public ImmutableList<StoredConsent> active(SubjectRef subject) {
    Instant now = clock.instant();
    return store.forSubject(subject).stream().filter(c -> c.status(now).authorises()).collect(ImmutableList.toImmutableList());
  }

  /**
   * The consents that authorise {@code party} for {@code purposeCode} now, by the clock, of every
   * subject (for a department reviewing what it holds).
   *
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<StoredConsent> search(String party, String purposeCode) {
    Instant now = clock.instant();
    return store.forParty(requireNonNull(party, "party"), requireNonNull(purposeCode, "purposeCode")).stream()
        .filter(c -> c.status(now).authorises()).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String toString() {
    return "ConsentRegistry[" + store + ", " + purposes + "]";
  }

  /** Collects the registry's collaborators. Not thread-safe. */
  public static final class Builder {
    private @Nullable PurposeRegistry purposes;
    private @Nullable CatalogAccess catalogs;
    private ConsentStore store = new InMemoryConsentStore();
    private Clock clock = ChinaTime.systemClock();

    private Builder() {}

    /** The purposes consents are for. */
    @CanIgnoreReturnValue
    public Builder purposes(PurposeRegistry purposes) {
      this.purposes = requireNonNull(purposes, "purposes");
      return this;
    }

    /** The catalogs whose items and fields scopes name. */
    @CanIgnoreReturnValue
    public Builder catalogs(CatalogAccess catalogs) {
      this.catalogs = requireNonNull(catalogs, "catalogs");
      return this;
    }

    /** Where consents are kept. */
    @CanIgnoreReturnValue
    public Builder store(ConsentStore store) {
      this.store = requireNonNull(store, "store");
      return this;
    }

    /** The clock every status is judged by. */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The registry.
     *
     * @throws NullPointerException if the purposes or the catalogs are not set
     */
    public ConsentRegistry build() {
      return new ConsentRegistry(this);
    }
  }
}
