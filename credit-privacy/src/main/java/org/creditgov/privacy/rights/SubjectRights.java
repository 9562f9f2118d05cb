package org.creditgov.privacy.rights;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.ResolvedCatalog;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.PrivacyInstruments;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.consent.ConsentResult;
import org.creditgov.privacy.consent.Purpose;
import org.creditgov.privacy.query.QueryLog;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.RecordSource;
import org.creditgov.privacy.query.SubjectTokens;
import org.jspecify.annotations.Nullable;

/**
 * The person's rights as an API (PIPL Arts. 44–47; PRI-1, PRI-4, SEC-1, DES-4):
 *
 * <ul>
 *   <li>{@link #whoQueried} — who queried the person's information, when and for what purpose,
 *       found by the person's keyed pseudonym in the query log, the officers shown as {@link
 *       OfficerVisibility} says (Art. 44);
 *   <li>{@link #withdraw} — withdraws a consent, with effect from that instant (Art. 15);
 *   <li>{@link #requestCorrection} — files a correction request (Art. 46), which becomes an
 *       objection (异议) where the record is dishonesty information (a listing, a penalty, an
 *       abnormal-operations entry): the filed request goes to the department's workflow.
 * </ul>
 *
 * Thread-safe if its collaborators are.
 */
public final class SubjectRights {

  private static final ImmutableList<LegalBasis> CORRECTION = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第四十六条"));
  private static final ImmutableList<LegalBasis> OBJECTION = ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49);

  private final QueryLog log;
  private final SubjectTokens tokens;
  private final ConsentRegistry consents;
  private final CatalogAccess catalogs;
  private final RecordSource records;
  private final Consumer<FiledRequest> filed;
  private final OfficerVisibility officers;
  private final Clock clock;

  private SubjectRights(Builder b) {
    this.log = requireNonNull(b.log, "log");
    this.tokens = requireNonNull(b.tokens, "tokens");
    this.consents = requireNonNull(b.consents, "consents");
    this.catalogs = requireNonNull(b.catalogs, "catalogs");
    this.records = requireNonNull(b.records, "records");
    this.filed = b.filed;
    this.officers = b.officers;
    this.clock = b.clock;
  }

  /** A builder: log, tokens, consents, catalogs and records are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Who queried {@code subject}'s information, when, for what purpose and with what outcome, oldest
   * first (PIPL Art. 44, SEC-1); the officer as configured.
   *
   * @throws NullPointerException if {@code subject} is null
   */
  public ImmutableList<QueryNotice> whoQueried(SubjectRef subject) {
    ImmutableList.Builder<QueryNotice> out = ImmutableList.builder();
    for (QueryLogEntry e : log.forSubject(tokens.token(requireNonNull(subject, "subject")))) {
      LocalDate day = LocalDate.ofInstant(e.recordedAt(), ChinaTime.ZONE);
      Term purpose = consents.purposes().purpose(e.jurisdiction(), day, e.purposeCode()).map(Purpose::term)
          .orElse(Term.of(e.purposeCode(), e.purposeCode(), e.purposeCode()));
      Optional<String> officer;
      switch (officers) {
        case NAMED:
          officer = Optional.of(e.actor().officer());
          break;
        case PSEUDONYMISED:
          officer = Optional.of(tokens.officerPseudonym(e.actor().officer()));
          break;
        default:
          officer = Optional.empty();
      }
      out.add(ImmutableQueryNotice.builder().at(e.recordedAt()).department(e.actor().department()).officer(officer)
          .purpose(purpose).outcome(e.outcome()).build());
    }
    return out.build();
  }

  /**
   * Withdraws the person's consent {@code consentId} now (PIPL Art. 15, PRI-4).
   *
   * @throws NullPointerException if an argument is null
   */
  public ConsentResult withdraw(SubjectRef subject, String consentId) {
    return consents.withdraw(consentId, subject);
  }

  /**
   * Files a correction request (PIPL Art. 46): for a record of dishonesty information it is filed
   * as an objection (DES-4). The filed request goes to the consumer this was built with; a request
   * for a record the person does not have is refused and goes nowhere.
   *
   * @throws NullPointerException if {@code request} is null
   */
  public Verdict requestCorrection(CorrectionRequest request) {
    requireNonNull(request, "request");
    Instant now = clock.instant();
    ResolvedCatalog catalog = catalogs.resolve(request.jurisdiction(), LocalDate.ofInstant(now, ChinaTime.ZONE)).orElse(null);
    Term item = CatalogAccess.itemTerm(catalog, request.itemCode());
    CreditRecord record = null;
    for (CreditRecord r : records.records(request.subject())) {
      if (r.itemCode().equals(request.itemCode()) && r.documentNumber().equals(request.documentNumber())) {
        record = r;
      }
    }
    if (record == null) {
      return Verdict.of(List.of(Finding.of(RightsFinding.RECORD_NOT_FOUND, CORRECTION,
          Fact.term("item", item), Fact.code("document", request.documentNumber()))));
    }
    boolean objection = isDishonestyInformation(catalog, request.itemCode());
    RequestKind kind = objection ? RequestKind.OBJECTION : RequestKind.CORRECTION;
    filed.accept(ImmutableFiledRequest.builder().request(request).kind(kind).record(record).filedAt(now).build());
    return Verdict.of(List.of(Finding.of(objection ? RightsFinding.OBJECTION_FILED : RightsFinding.CORRECTION_FILED,
        objection ? OBJECTION : CORRECTION,
        Fact.term("item", item), Fact.code("document", request.documentNumber()), Fact.instant("at", now))));
  }

  /** Whether records of the item are dishonesty information: it has severity classes (a listing, a penalty, an abnormal list). */
  private static boolean isDishonestyInformation(@Nullable ResolvedCatalog catalog, String itemCode) {
    Optional<CatalogItem> item = catalog == null ? Optional.empty() : catalog.item(itemCode);
    return item.isPresent() && !item.get().severityClasses().isEmpty();
  }

  @Override
  public String toString() {
    return "SubjectRights[" + log + ", officers " + officers + "]";
  }

  /** Collects the collaborators. Not thread-safe. */
  public static final class Builder {
    private @Nullable QueryLog log;
    private @Nullable SubjectTokens tokens;
    private @Nullable ConsentRegistry consents;
    private @Nullable CatalogAccess catalogs;
    private @Nullable RecordSource records;
    private Consumer<FiledRequest> filed = r -> {};
    private OfficerVisibility officers = OfficerVisibility.PSEUDONYMISED;
    private Clock clock = ChinaTime.systemClock();

    private Builder() {}

    /** The query log the person's queries are read from. */
    @CanIgnoreReturnValue
    public Builder log(QueryLog log) {
      this.log = requireNonNull(log, "log");
      return this;
    }

    /** The pseudonyms the log holds (the gateway's). */
    @CanIgnoreReturnValue
    public Builder tokens(SubjectTokens tokens) {
      this.tokens = requireNonNull(tokens, "tokens");
      return this;
    }

    /** The consents the person withdraws. */
    @CanIgnoreReturnValue
    public Builder consents(ConsentRegistry consents) {
      this.consents = requireNonNull(consents, "consents");
      return this;
    }

    /** The catalogs that tell dishonesty information. */
    @CanIgnoreReturnValue
    public Builder catalogs(CatalogAccess catalogs) {
      this.catalogs = requireNonNull(catalogs, "catalogs");
      return this;
    }

    /** The person's records. */
    @CanIgnoreReturnValue
    public Builder records(RecordSource records) {
      this.records = requireNonNull(records, "records");
      return this;
    }

    /** Where filed requests go: the department's correction and objection workflow. */
    @CanIgnoreReturnValue
    public Builder filed(Consumer<FiledRequest> filed) {
      this.filed = requireNonNull(filed, "filed");
      return this;
    }

    /** How officers are shown ({@link OfficerVisibility#PSEUDONYMISED} by default). */
    @CanIgnoreReturnValue
    public Builder officers(OfficerVisibility officers) {
      this.officers = requireNonNull(officers, "officers");
      return this;
    }

    /** The clock. */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The rights.
     *
     * @throws NullPointerException if a mandatory collaborator is not set
     */
    public SubjectRights build() {
      return new SubjectRights(this);
    }
  }
}
