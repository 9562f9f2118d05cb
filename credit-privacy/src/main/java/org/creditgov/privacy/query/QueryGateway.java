package org.creditgov.privacy.query;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.ResolvedCatalog;
import org.creditgov.core.catalog.Sensitivity;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Severity;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.PrivacyInstruments;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.consent.FoundingKind;
import org.creditgov.privacy.consent.Purpose;
import org.creditgov.privacy.consent.PurposeRegistry;
import org.creditgov.privacy.consent.ResolvedPurposes;
import org.creditgov.privacy.consent.SeparateConsent;
import org.creditgov.privacy.consent.StoredConsent;
import org.creditgov.privacy.mask.FieldMasking;
import org.creditgov.privacy.mask.MaskingProfile;
import org.jspecify.annotations.Nullable;

/**
 * The one door to credit information (SEC-1, PRI-1, PRI-2, PRI-4): every query names its actor,
 * purpose, subject, fields and founding, and is answered with a {@link Verdict} listing every
 * finding. An authorised result holds only the fields the purpose needs (the purpose catalog),
 * that the catalog lets out (never a secret; sensitive information only where the purpose allows
 * it and a separate consent or a statutory duty covers it) and that the founding covers (the
 * consent's scope), personal fields masked with the audience's profile. A refused query returns no
 * data.
 *
 * <p>Every query, authorised or refused, is registered exactly once in the {@link QueryLog} before
 * its answer is returned — with the subject as a keyed pseudonym, never the identifier — and
 * flagged for review when the officer passes the daily limit, queries outside office hours, queries
 * under a statutory duty about a subject the department has no open case for, or is refused
 * repeatedly; {@link #review} records a reviewer's outcome. If the log cannot keep the entry, the
 * query fails with the log's exception and returns nothing. Thread-safe.
 *
 * <pre>{@code
 * QueryGateway gateway = QueryGateway.builder()
 *     .consents(consents).catalogs(CatalogAccess.of(catalogRegistry))
 *     .records(recordSource).log(queryLog).tokens(SubjectTokens.of(pseudonymizer))
 *     .clock(clock).build();
 * QueryResult result = gateway.query(request);
 * }</pre>
 */
public final class QueryGateway {

  private static final ImmutableList<LegalBasis> REGISTRATION = ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49);
  private static final ImmutableList<LegalBasis> PURPOSE_BOUND = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第六条"));
  private static final ImmutableList<LegalBasis> LAWFUL_BASES = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第十三条"));
  private static final ImmutableList<LegalBasis> SENSITIVE = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第二十八条"));

  private final ConsentRegistry consents;
  private final PurposeRegistry purposes;
  private final CatalogAccess catalogs;
  private final RecordSource records;
  private final QueryLog log;
  private final SubjectTokens tokens;
  private final @Nullable CaseDirectory cases;
  private final QueryOptions options;
  private final Clock clock;
  private final Supplier<String> ids;

  private QueryGateway(Builder b) {
    this.consents = requireNonNull(b.consents, "consents");
    this.purposes = consents.purposes();
    this.catalogs = requireNonNull(b.catalogs, "catalogs");
    this.records = requireNonNull(b.records, "records");
    this.log = requireNonNull(b.log, "log");
    this.tokens = requireNonNull(b.tokens, "tokens");
    this.cases = b.cases;
    this.options = b.options;
    this.clock = b.clock;
    this.ids = b.ids;
  }

  /** A builder: consents, catalogs, records, log and tokens are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /** The query log every query is registered in. */
  public QueryLog log() {
    return log;
  }

  /** The subject tokens the log holds. */
  public SubjectTokens tokens() {
    return tokens;
  }

  /**
   * Answers one query and registers it (SEC-1): the verdict, the minimised and masked records when
   * it is authorised, and its log entry.
   *
   * @throws NullPointerException if {@code request} is null
   * @throws RuntimeException the log's, if it could not register the query (no data is returned)
   */
  public QueryResult query(QueryRequest request) {
    requireNonNull(request, "request");
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
    List<Finding> findings = new ArrayList<>(4);
    ResolvedPurposes inForce = purposes.resolve(request.jurisdiction(), today).orElse(null);
    Purpose purpose = inForce == null ? null : inForce.purpose(request.purposeCode()).orElse(null);
    if (inForce == null) {
      findings.add(purposes.notInForce(request.jurisdiction(), today));
    } else if (purpose == null) {
      findings.add(Finding.of(QueryFinding.UNKNOWN_PURPOSE, PURPOSE_BOUND, Fact.code("purpose", request.purposeCode()),
          Fact.term("jurisdiction", request.jurisdiction().term()), Fact.date("date", today)));
    }
    ResolvedCatalog catalog = catalogs.resolve(request.jurisdiction(), today).orElse(null);
    if (catalog == null) {
      findings.add(CatalogAccess.notInForce(request.jurisdiction(), today));
    }
    founding(request, purpose, today, findings);
    ImmutableSetMultimap<String, String> minimised = minimise(request, purpose, catalog, findings);
    if (!refuses(findings) && minimised.isEmpty() && purpose != null) {
      findings.add(Finding.of(QueryFinding.NOTHING_TO_RETURN, PURPOSE_BOUND, Fact.term("purpose", purpose.term())));
    }
    if (request.founding().kind() == FoundingKind.CONSENT) {
      String consentId = request.founding().consentId().orElseThrow();
      Verdict v = refuses(findings)
          ? consents.check(consentId, request.subject(), request.actor().department(), request.purposeCode(), minimised)
          : consents.authorise(consentId, request.subject(), request.actor().department(), request.purposeCode(), minimised);
      findings.addAll(v.findings());
    } else if (!refuses(findings)) {
      findings.add(Finding.of(QueryFinding.AUTHORISED_BY_DUTY, LAWFUL_BASES,
          Fact.text("citation", request.founding().legalBasis().orElseThrow().citation())));
    }
    boolean refused = refuses(findings);
    ImmutableList<MinimisedRecord> result = refused ? ImmutableList.of() : fetch(request, minimised, catalog);
    String queryId = ids.get();
    ImmutableSet<ReviewFlag> flags = flags(request, now, today, refused);
    if (!flags.isEmpty()) {
      List<Term> names = new ArrayList<>();
      flags.forEach(f -> names.add(Term.of(f)));
      findings.add(Finding.of(QueryFinding.FLAGGED_FOR_REVIEW, registrationBases(inForce),
          Fact.code("query", queryId), Fact.terms("flags", names)));
    }
    Verdict.Builder vb = Verdict.builder().addAllFindings(findings);
    version(inForce, catalog).ifPresent(vb::ruleSetVersion);
    Verdict verdict = vb.build();
    QueryLogEntry entry = entry(queryId, request, now, verdict, refused ? ImmutableSetMultimap.of() : minimised, result, flags);
    log.append(entry);
    return QueryResult.of(verdict, result, entry);
  }

  private static boolean refuses(List<Finding> findings) {
    for (Finding f : findings) {
      if (f.severity() == Severity.ERROR) {
        return true;
      }
    }
    return false;
  }

  private static void founding(QueryRequest request, @Nullable Purpose purpose, LocalDate today, List<Finding> findings) {
    FoundingKind kind = request.founding().kind();
    if (purpose != null && !purpose.allows(kind)) {
      findings.add(Finding.of(QueryFinding.FOUNDING_NOT_ALLOWED, LAWFUL_BASES,
          Fact.term("purpose", purpose.term()), Fact.term("founding", kind)));
    }
    Optional<LegalBasis> basis = request.founding().legalBasis();
    if (basis.isPresent()) {
      if (!PrivacyInstruments.isLawOrRegulation(basis.get())) {
        findings.add(Finding.of(QueryFinding.STATUTORY_BASIS_TOO_LOW, LAWFUL_BASES,
            Fact.text("citation", basis.get().citation()), Fact.term("level", basis.get().level())));
      }
      if (!basis.get().inForceOn(today)) {
        findings.add(Finding.of(QueryFinding.STATUTORY_BASIS_NOT_IN_FORCE, LAWFUL_BASES,
            Fact.text("citation", basis.get().citation()), Fact.date("date", today)));
      }
    }
  }

  /** The fields asked for that the purpose needs and the catalog lets out for this founding. */
  private ImmutableSetMultimap<String, String> minimise(QueryRequest request, @Nullable Purpose purpose,
      @Nullable ResolvedCatalog catalog, List<Finding> findings) {
    boolean statutory = request.founding().kind() == FoundingKind.STATUTORY_DUTY;
    boolean separateSensitive = statutory || request.founding().consentId()
        .flatMap(consents.store()::find).map(StoredConsent::consent)
        .map(c -> c.separateConsents().contains(SeparateConsent.SENSITIVE_PERSONAL_INFORMATION)).orElse(false);
    ImmutableSetMultimap.Builder<String, String> out = ImmutableSetMultimap.builder();
    for (Map.Entry<String, java.util.Collection<String>> e : request.fields().asMap().entrySet()) {
      String item = e.getKey();
      CatalogItem ci = catalog == null ? null : catalog.item(item).orElse(null);
      for (String field : e.getValue()) {
        FieldSpec spec = ci == null ? null : ci.field(field).orElse(null);
        if (catalog != null && spec == null) {
          findings.add(Finding.of(QueryFinding.FIELD_NOT_IN_CATALOG, REGISTRATION, Fact.code("item", item), Fact.code("field", field)));
          continue;
        }
        if (purpose == null || spec == null) {
          continue; // nothing in force to minimise by: the query is refused already
        }
        Term itemTerm = CatalogAccess.itemTerm(catalog, item);
        Term fieldTerm = CatalogAccess.fieldTerm(catalog, item, field);
        if (!purpose.needs(item, field)) {
          findings.add(Finding.of(QueryFinding.FIELD_NOT_FOR_PURPOSE, PURPOSE_BOUND,
              Fact.term("purpose", purpose.term()), Fact.term("item", itemTerm), Fact.term("field", fieldTerm)));
        } else if (spec.sensitivity().isSecret()) {
          findings.add(Finding.of(QueryFinding.SECRET_FIELD_WITHHELD, REGISTRATION,
              Fact.term("item", itemTerm), Fact.term("field", fieldTerm), Fact.term("sensitivity", spec.sensitivity())));
        } else if (spec.sensitivity() == Sensitivity.SENSITIVE_PERSONAL && !(purpose.sensitiveAllowed() && separateSensitive)) {
          findings.add(Finding.of(QueryFinding.SENSITIVE_FIELD_WITHHELD, SENSITIVE,
              Fact.term("item", itemTerm), Fact.term("field", fieldTerm)));
        } else if (statutory && ci != null && !ci.sharing().allows(request.actor().department())) { // ci is present when spec is
          findings.add(Finding.of(QueryFinding.SHARING_NOT_ALLOWED, REGISTRATION, Fact.term("item", itemTerm),
              Fact.text("department", request.actor().department()), Fact.term("sharing", ci.sharing().kind())));
        } else {
          out.put(item, field);
        }
      }
    }
    return out.build();
  }

  private ImmutableList<MinimisedRecord> fetch(QueryRequest request, ImmutableSetMultimap<String, String> fields,
      @Nullable ResolvedCatalog catalog) {
    if (catalog == null) {
      return ImmutableList.of();
    }
    MaskingProfile profile = request.audience().profile();
    ImmutableList.Builder<MinimisedRecord> out = ImmutableList.builder();
    for (CreditRecord r : records.records(request.subject())) {
      ImmutableSet<String> wanted = fields.get(r.itemCode());
      if (wanted.isEmpty()) {
        continue;
      }
      CatalogItem item = catalog.item(r.itemCode()).orElse(null);
      if (item == null) {
        continue;
      }
      ImmutableMap.Builder<String, Object> values = ImmutableMap.builderWithExpectedSize(wanted.size());
      for (String name : wanted) {
        Object v = r.fields().get(name);
        if (v != null) {
          values.put(name, FieldMasking.mask(item.field(name).orElseThrow(), v, profile));
        }
      }
      out.add(MinimisedRecord.of(r.itemCode(), r.decisionDate(), r.documentNumber(), values.build()));
    }
    return out.build();
  }

  private ImmutableSet<ReviewFlag> flags(QueryRequest request, Instant now, LocalDate today, boolean refused) {
    Set<ReviewFlag> flags = EnumSet.noneOf(ReviewFlag.class);
    Actor actor = request.actor();
    if (log.queriesBy(actor, today) + 1 > options.dailyLimit()) {
      flags.add(ReviewFlag.OVER_DAILY_LIMIT);
    }
    if (offHours(now, today)) {
      flags.add(ReviewFlag.OFF_HOURS);
    }
    if (cases != null && request.founding().kind() == FoundingKind.STATUTORY_DUTY
        && !cases.hasOpenCase(actor.department(), request.subject())) {
      flags.add(ReviewFlag.NO_OPEN_CASE);
    }
    if (log.refusalsBy(actor, today) + (refused ? 1 : 0) >= options.refusalThreshold()) {
      flags.add(ReviewFlag.REPEATED_REFUSALS);
    }
    return ImmutableSet.copyOf(flags);
  }

  private boolean offHours(Instant now, LocalDate today) {
    LocalTime time = LocalDateTime.ofInstant(now, ChinaTime.ZONE).toLocalTime();
    if (time.isBefore(options.officeHoursFrom()) || !time.isBefore(options.officeHoursUntil())) {
      return true;
    }
    try {
      return !options.calendar().workingDay(today).value();
    } catch (DateOutOfCalendarException e) {
      return true; // a day no calendar judges is held for review, never assumed a working day
    }
  }

  private static Optional<RuleSetVersion> version(@Nullable ResolvedPurposes purposes, @Nullable ResolvedCatalog catalog) {
    RuleSetVersion v = null;
    if (catalog != null) {
      v = catalog.ruleSetVersion();
    }
    if (purposes != null) {
      v = v == null ? purposes.version() : v.plus(purposes.version());
    }
    return Optional.ofNullable(v);
  }

  private static ImmutableList<LegalBasis> registrationBases(@Nullable ResolvedPurposes purposes) {
    if (purposes == null || purposes.proceduralBases().isEmpty()) {
      return REGISTRATION;
    }
    return purposes.proceduralBases();
  }

  private QueryLogEntry entry(String queryId, QueryRequest request, Instant now, Verdict verdict,
      ImmutableSetMultimap<String, String> returned, ImmutableList<MinimisedRecord> result, ImmutableSet<ReviewFlag> flags) {
    QueryLogEntry.Builder b = QueryLogEntry.builder()
        .queryId(queryId)
        .requestId(request.requestId())
        .recordedAt(now)
        .actor(request.actor())
        .purposeCode(request.purposeCode())
        .jurisdiction(request.jurisdiction())
        .subjectKeyId(tokens.keyId())
        .subjectToken(tokens.token(request.subject()))
        .founding(request.founding().kind())
        .consentId(request.founding().consentId())
        .statutoryBasis(request.founding().legalBasis())
        .caseReference(request.caseReference())
        .fieldsRequested(request.fields())
        .fieldsReturned(returned)
        .recordsReturned(result.size())
        .outcome(verdict.outcome())
        .flags(flags);
    verdict.findings().forEach(f -> b.addFindingCodes(f.code()));
    return b.build();
  }

  // ---------------------------------------------------------------------------------- review

  /**
   * Records a reviewer's outcome on a registered query (SEC-1: flagged → reviewed → outcome). A
   * query is reviewed once, never by the officer who made it; reviewing a query that was not
   * flagged is recorded with {@link QueryFinding#NOT_FLAGGED}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Verdict review(String queryId, Actor reviewer, ReviewOutcome outcome, Optional<String> note) {
    requireNonNull(queryId, "queryId");
    requireNonNull(reviewer, "reviewer");
    requireNonNull(outcome, "outcome");
    requireNonNull(note, "note");
    synchronized (log) { // one review per query, even when two reviewers act at once in this process
      Optional<QueryLogEntry> entry = log.entry(queryId);
      if (entry.isEmpty()) {
        return Verdict.of(List.of(Finding.of(QueryFinding.QUERY_NOT_FOUND, REGISTRATION, Fact.code("query", queryId))));
      }
      List<Finding> findings = new ArrayList<>(2);
      ImmutableList<QueryReview> earlier = log.reviews(queryId);
      if (!earlier.isEmpty()) {
        findings.add(Finding.of(QueryFinding.ALREADY_REVIEWED, REGISTRATION, Fact.code("query", queryId),
            Fact.term("outcome", earlier.get(0).outcome())));
      }
      if (entry.get().actor().equals(reviewer)) {
        findings.add(Finding.of(QueryFinding.SELF_REVIEW, REGISTRATION, Fact.code("query", queryId)));
      }
      if (!findings.isEmpty()) {
        return Verdict.of(findings);
      }
      if (entry.get().flags().isEmpty()) {
        findings.add(Finding.of(QueryFinding.NOT_FLAGGED, REGISTRATION, Fact.code("query", queryId)));
      }
      log.appendReview(QueryReview.builder().queryId(queryId).reviewer(reviewer).reviewedAt(clock.instant())
          .outcome(outcome).note(note).build());
      findings.add(Finding.of(QueryFinding.REVIEW_RECORDED, REGISTRATION, Fact.code("query", queryId), Fact.term("outcome", outcome)));
      return Verdict.of(findings);
    }
  }

  @Override
  public String toString() {
    return "QueryGateway[" + log + "]";
  }

  /** Collects the gateway's collaborators. Not thread-safe. */
  public static final class Builder {
    private @Nullable ConsentRegistry consents;
    private @Nullable CatalogAccess catalogs;
    private @Nullable RecordSource records;
    private @Nullable QueryLog log;
    private @Nullable SubjectTokens tokens;
    private @Nullable CaseDirectory cases;
    private QueryOptions options = QueryOptions.defaults();
    private Clock clock = ChinaTime.systemClock();
    private Supplier<String> ids = () -> UUID.randomUUID().toString();

    private Builder() {}

    /** The consents queries rest on, and through them the purposes. */
    @CanIgnoreReturnValue
    public Builder consents(ConsentRegistry consents) {
      this.consents = requireNonNull(consents, "consents");
      return this;
    }

    /** The catalogs fields are judged against. */
    @CanIgnoreReturnValue
    public Builder catalogs(CatalogAccess catalogs) {
      this.catalogs = requireNonNull(catalogs, "catalogs");
      return this;
    }

    /** Where the records are read. */
    @CanIgnoreReturnValue
    public Builder records(RecordSource records) {
      this.records = requireNonNull(records, "records");
      return this;
    }

    /** Where queries are registered. */
    @CanIgnoreReturnValue
    public Builder log(QueryLog log) {
      this.log = requireNonNull(log, "log");
      return this;
    }

    /** The pseudonyms the log holds instead of identifiers. */
    @CanIgnoreReturnValue
    public Builder tokens(SubjectTokens tokens) {
      this.tokens = requireNonNull(tokens, "tokens");
      return this;
    }

    /** The department's open cases, for {@link ReviewFlag#NO_OPEN_CASE}; without it that flag is not raised. */
    @CanIgnoreReturnValue
    public Builder cases(CaseDirectory cases) {
      this.cases = requireNonNull(cases, "cases");
      return this;
    }

    /** When queries are flagged. */
    @CanIgnoreReturnValue
    public Builder options(QueryOptions options) {
      this.options = requireNonNull(options, "options");
      return this;
    }

    /** The clock. */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /** The ids of queries (random UUIDs by default); each must be new. */
    @CanIgnoreReturnValue
    public Builder ids(Supplier<String> ids) {
      this.ids = requireNonNull(ids, "ids");
      return this;
    }

    /**
     * The gateway.
     *
     * @throws NullPointerException if a mandatory collaborator is not set
     */
    public QueryGateway build() {
      return new QueryGateway(this);
    }
  }
}
