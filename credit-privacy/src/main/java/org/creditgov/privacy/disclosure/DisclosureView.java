package org.creditgov.privacy.disclosure;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSetMultimap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.DisclosureAttribute;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.PublicationStates;
import org.creditgov.core.catalog.PublicationStop;
import org.creditgov.core.catalog.PublicationWindow;
import org.creditgov.core.catalog.ResolvedCatalog;
import org.creditgov.core.catalog.Sensitivity;
import org.creditgov.core.catalog.StopReason;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.verdict.Finding;
import org.creditgov.privacy.CatalogAccess;
import org.creditgov.privacy.PrivacyInstruments;
import org.creditgov.privacy.consent.ConsentRegistry;
import org.creditgov.privacy.mask.FieldMasking;
import org.creditgov.privacy.mask.MaskingProfile;
import org.jspecify.annotations.Nullable;

/**
 * What the public credit website may show about a subject on a day (CAT-6, PRI-3, REP-3), in one
 * call. A record is shown only if its item is in the catalog in force and disclosed to the public,
 * the day lies inside its publication window under the regime in force on its decision date, it
 * was not repaired or its publication stopped (by that day), and — for a natural person — its item
 * cites a law or regulation or the person consented to publication. A record shown never shows a
 * state or commercial secret, shows sensitive personal information only with the person's separate
 * consent, and shows personal fields masked with {@link MaskingProfile#PUBLIC}. Every record
 * withheld comes with every reason, each a finding citing its requirement.
 *
 * <p>The repair and publication state reaches the view through credit-core's {@link PublicationStates}, so that
 * credit-privacy does not depend on credit-rules. Immutable and thread-safe.
 *
 * <pre>{@code
 * DisclosureView view = DisclosureView.builder().catalogs(CatalogAccess.of(registry))
 *     .states(repairs).clock(clock).build();
 * DisclosureAnswer today = view.today(Jurisdiction.of("640381"), SubjectRef.of(company), records);
 * }</pre>
 */
public final class DisclosureView {

  private static final ImmutableList<LegalBasis> OPINION = ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49);
  private static final ImmutableList<LegalBasis> PERSONAL =
      ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49, PrivacyInstruments.PIPL.withArticle("第十三条"));
  private static final ImmutableList<LegalBasis> SENSITIVE = ImmutableList.of(PrivacyInstruments.PIPL.withArticle("第二十九条"));

  private final CatalogAccess catalogs;
  private final PublicationStates states;
  private final @Nullable ConsentRegistry consents;
  private final String publisher;
  private final String purposeCode;
  private final Clock clock;

  private DisclosureView(Builder b) {
    this.catalogs = requireNonNull(b.catalogs, "catalogs");
    this.states = b.states;
    this.consents = b.consents;
    this.publisher = b.publisher;
    this.purposeCode = b.purposeCode;
    this.clock = b.clock;
  }

  /** A builder: the catalogs are mandatory; no stops and no consents by default. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * What may be shown about {@code subject} today, by the clock, of {@code records} (the subject's
   * records; any other subject's is withheld).
   *
   * @throws NullPointerException if an argument is null
   */
  public DisclosureAnswer today(Jurisdiction jurisdiction, SubjectRef subject, List<CreditRecord> records) {
    return on(jurisdiction, LocalDate.now(clock.withZone(ChinaTime.ZONE)), subject, records);
  }

  /**
   * What may be shown about {@code subject} on {@code date} of {@code records}.
   *
   * @throws NullPointerException if an argument is null
   */
  public DisclosureAnswer on(Jurisdiction jurisdiction, LocalDate date, SubjectRef subject, List<CreditRecord> records) {
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(date, "date");
    requireNonNull(subject, "subject");
    DisclosureAnswer.Builder answer = DisclosureAnswer.builder().date(date).jurisdiction(jurisdiction).subject(subject);
    ResolvedCatalog catalog = catalogs.resolve(jurisdiction, date).orElse(null);
    if (catalog == null) {
      Finding none = CatalogAccess.notInForce(jurisdiction, date);
      answer.addFindings(none);
      for (CreditRecord r : records) {
        answer.addWithheld(withheld(r, Term.of(r.itemCode(), r.itemCode(), r.itemCode()), List.of(none)));
      }
      return answer.build();
    }
    answer.ruleSetVersion(catalog.ruleSetVersion());
    boolean person = subject.type() == SubjectType.NATURAL_PERSON;
    List<DisclosedItem> shown = new ArrayList<>(records.size());
    List<WithheldItem> withheld = new ArrayList<>(records.size());
    for (CreditRecord r : records) {
      judge(r, date, subject, person, catalog, shown, withheld);
    }
    return answer.addAllShown(shown).addAllWithheld(withheld).build();
  }

  private void judge(CreditRecord r, LocalDate date, SubjectRef subject, boolean person, ResolvedCatalog catalog,
      List<DisclosedItem> shownItems, List<WithheldItem> withheldItems) {
    CatalogItem ci = catalog.item(r.itemCode()).orElse(null);
    if (ci == null) {
      withheldItems.add(withheld(r, Term.of(r.itemCode(), r.itemCode(), r.itemCode()),
          List.of(Finding.of(DisclosureFinding.NOT_IN_CATALOG, OPINION, Fact.code("item", r.itemCode())))));
      return;
    }
    Term item = Term.of(ci.code(), ci.nameZh(), ci.nameEn());
    List<Finding> reasons = new ArrayList<>(2);
    if (!SubjectRef.of(r.subject()).equals(subject)) {
      reasons.add(Finding.of(DisclosureFinding.OTHER_SUBJECT, OPINION, Fact.term("item", item)));
    }
    PublicationWindow window = null;
    if (ci.disclosure() != DisclosureAttribute.PUBLIC) {
      reasons.add(Finding.of(DisclosureFinding.NOT_PUBLIC, ci.legalBases(), Fact.term("item", item),
          Fact.term("disclosure", ci.disclosure())));
    } else {
      window = catalog.publicationWindow(r).orElse(null);
      if (window == null) {
        reasons.add(Finding.of(DisclosureFinding.NO_PUBLICATION_WINDOW, ci.legalBases(), Fact.term("item", item)));
      } else if (!window.publishedByDefault()) {
        reasons.add(Finding.of(DisclosureFinding.NOT_PUBLISHED_BY_DEFAULT, ci.legalBases(), Fact.term("item", item)));
      } else if (date.isBefore(window.start())) {
        reasons.add(Finding.of(DisclosureFinding.NOT_YET_PUBLISHED, ci.legalBases(), Fact.term("item", item),
            Fact.date("start", window.start())));
      } else if (!window.isPublishedOn(date)) {
        reasons.add(Finding.of(DisclosureFinding.PUBLICATION_ENDED, ci.legalBases(), Fact.term("item", item),
            Fact.date("lastDay", window.lastDayPublished().orElse(date))));
      }
    }
    Optional<PublicationStop> stop = states.stopOf(r);
    if (stop.isPresent() && stop.get().stoppedBy(date)) {
      PublicationStop s = stop.get();
      reasons.add(s.reason() == StopReason.REPAIRED
          ? Finding.of(DisclosureFinding.REPAIRED, OPINION, Fact.term("item", item), Fact.date("stoppedOn", s.stoppedOn()),
              Fact.code("document", s.document()))
          : Finding.of(DisclosureFinding.PUBLICATION_STOPPED, OPINION, Fact.term("item", item),
              Fact.date("stoppedOn", s.stoppedOn()), Fact.term("reason", s.reason()), Fact.code("document", s.document())));
    }
    if (person && !hasLawBasis(ci) && !(consents != null && consented(r, subject, ci))) {
      reasons.add(Finding.of(DisclosureFinding.PERSONAL_WITHOUT_BASIS, PERSONAL, Fact.term("item", item)));
    }
    if (!reasons.isEmpty()) {
      withheldItems.add(withheld(r, item, reasons));
      return;
    }
    shownItems.add(shown(r, item, ci, window, subject));
  }

  private static boolean hasLawBasis(CatalogItem ci) {
    for (LegalBasis b : ci.legalBases()) {
      if (PrivacyInstruments.isLawOrRegulation(b)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the person consented to publishing the record's fields that it holds and that are
   * neither secret nor sensitive (a sensitive field needs a consent of its own: {@link #sensitiveConsent}).
   */
  private boolean consented(CreditRecord r, SubjectRef subject, CatalogItem ci) {
    ImmutableSetMultimap.Builder<String, String> fields = ImmutableSetMultimap.builder();
    for (FieldSpec spec : ci.fields()) {
      Sensitivity s = spec.sensitivity();
      if (!s.isSecret() && s != Sensitivity.SENSITIVE_PERSONAL && r.fields().containsKey(spec.name())) {
        fields.put(ci.code(), spec.name());
      }
    }
    return requireNonNull(consents).check(subject, publisher, purposeCode, fields.build()).isAllowed();
  }

  private DisclosedItem shown(CreditRecord r, Term item, CatalogItem ci, @Nullable PublicationWindow window,
      SubjectRef subject) {
    Optional<LocalDate> lastDay = window == null ? Optional.empty() : window.lastDayPublished();
    Finding why = lastDay.isPresent()
        ? Finding.of(DisclosureFinding.PUBLISHED_UNTIL, ci.legalBases(), Fact.term("item", item), Fact.date("lastDay", lastDay.get()))
        : Finding.of(DisclosureFinding.PUBLISHED_WITHOUT_END, ci.legalBases(), Fact.term("item", item));
    if (allPublic(r, ci)) { // the common case: every field public, shown as recorded (no copy)
      return DisclosedItem.of(item, r.decisionDate(), r.documentNumber(), lastDay, r.fields(), List.of(why));
    }
    List<Finding> findings = new ArrayList<>(2);
    findings.add(why);
    ImmutableMap.Builder<String, Object> fields = ImmutableMap.builderWithExpectedSize(ci.fields().size());
    for (FieldSpec spec : ci.fields()) {
      Object v = r.fields().get(spec.name());
      if (v == null) {
        continue;
      }
      Sensitivity s = spec.sensitivity();
      if (s.isSecret()) {
        findings.add(Finding.of(DisclosureFinding.SECRET_FIELD_WITHHELD, OPINION, Fact.term("item", item),
            Fact.term("field", fieldTerm(spec)), Fact.term("sensitivity", s)));
      } else if (s == Sensitivity.SENSITIVE_PERSONAL && !sensitiveConsent(subject, ci, spec)) {
        findings.add(Finding.of(DisclosureFinding.SENSITIVE_FIELD_WITHHELD, SENSITIVE, Fact.term("item", item),
            Fact.term("field", fieldTerm(spec))));
      } else {
        fields.put(spec.name(), FieldMasking.mask(spec, v, MaskingProfile.PUBLIC));
      }
    }
    return DisclosedItem.of(item, r.decisionDate(), r.documentNumber(), lastDay, fields.build(), findings);
  }

  /** Whether every field the record holds is a public field of its item, so that it shows as recorded. */
  private static boolean allPublic(CreditRecord r, CatalogItem ci) {
    for (String name : r.fields().keySet()) {
      Optional<FieldSpec> spec = ci.field(name);
      if (spec.isEmpty() || spec.get().sensitivity() != Sensitivity.PUBLIC) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the person consented to publishing a sensitive field: a consent covering it was recorded
   * with the separate consent PIPL Art. 29 requires (the registry refuses one without).
   */
  private boolean sensitiveConsent(SubjectRef subject, CatalogItem ci, FieldSpec spec) {
    return consents != null && subject.type() == SubjectType.NATURAL_PERSON
        && consents.check(subject, publisher, purposeCode, ImmutableSetMultimap.of(ci.code(), spec.name())).isAllowed();
  }

  private static Term fieldTerm(FieldSpec spec) {
    String label = spec.label().orElse(spec.name()); // as CatalogAccess.fieldTerm names a field
    return Term.of(spec.name(), label, label);
  }

  private static WithheldItem withheld(CreditRecord r, Term item, List<Finding> reasons) {
    return WithheldItem.of(item, r.decisionDate(), r.documentNumber(), reasons);
  }

  @Override
  public String toString() {
    return "DisclosureView[publisher " + publisher + ", purpose " + purposeCode + "]";
  }

  /** Collects the view's collaborators. Not thread-safe. */
  public static final class Builder {
    private @Nullable CatalogAccess catalogs;
    private PublicationStates states = PublicationStates.none();
    private @Nullable ConsentRegistry consents;
    private String publisher = "信用中国";
    private String purposeCode = "PUBLIC-DISCLOSURE";
    private Clock clock = ChinaTime.systemClock();

    private Builder() {}

    /** The catalogs. */
    @CanIgnoreReturnValue
    public Builder catalogs(CatalogAccess catalogs) {
      this.catalogs = requireNonNull(catalogs, "catalogs");
      return this;
    }

    /** The repair and publication state of records. */
    @CanIgnoreReturnValue
    public Builder states(PublicationStates states) {
      this.states = requireNonNull(states, "states");
      return this;
    }

    /**
     * The consents to publication: a person's record whose item cites no law or regulation is shown
     * if {@code publisher} holds the person's consent for {@code purposeCode} covering it.
     */
    @CanIgnoreReturnValue
    public Builder consents(ConsentRegistry consents, String publisher, String purposeCode) {
      this.consents = requireNonNull(consents, "consents");
      this.publisher = requireNonNull(publisher, "publisher");
      this.purposeCode = requireNonNull(purposeCode, "purposeCode");
      return this;
    }

    /** The clock that says what today is. */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The view.
     *
     * @throws NullPointerException if the catalogs are not set
     */
    public DisclosureView build() {
      return new DisclosureView(this);
    }
  }
}
