package org.creditgov.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.rules.CreditCheckReport.IncentiveReminder;
import org.creditgov.rules.CreditCheckReport.MeasureReminder;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.RepairApprovals;
import org.creditgov.rules.designation.Status;
import org.creditgov.rules.incentive.EligibilityQuery;
import org.creditgov.rules.incentive.Incentive;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.incentive.IncentiveRegistry;
import org.creditgov.rules.incentive.ResolvedIncentiveList;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.ConductFact;
import org.creditgov.rules.sanction.Intent;
import org.creditgov.rules.sanction.Measure;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.creditgov.rules.sanction.ResolvedMeasureList;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.rules.sanction.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * The credit check a departmental workflow calls (OPS-1; seed §三.(三) "应用措施自动化提醒"): given
 * a subject, a business context, a jurisdiction and a date, it returns the sanction measures that
 * apply and the incentives available, each with its verdict.
 *
 * <p>A measure applies when it is on the list in force, is applied in the context by public bodies,
 * covers the subject's type, and either a record of the subject's dishonesty information in one of
 * its fields, of its minimum severity class or worse, or a listing in force on a list it targets,
 * triggers it. The reminder proposes a request (the department implementing, the facts or the
 * listing, the measure's own bases cited, no duration) and shows the {@link SanctionChecker}'s
 * verdict on it. A record's field comes from the item-to-field table given to the builder; a
 * record's intent from its Boolean field {@code intentional} and force majeure from {@code
 * forceMajeure} where the catalog item has them. When intent is not recorded the verdict holds the
 * measure for a leniency assessment (SAN-4): a reminder is never a decision.
 *
 * <p>The incentives offered are those of the incentive lists in force in the query's jurisdiction
 * on its date ({@link IncentiveRegistry}), each with the verdict of {@link ResolvedIncentiveList#check}.
 *
 * <p>Pure, deterministic and thread-safe; the date is the query's (or {@link #today()}, from the
 * injected clock).
 *
 * <pre>{@code
 * CreditCheck check = CreditCheck.builder()
 *     .measureLists(BundledLists.registry())
 *     .addIncentiveList(BundledLists.qingtongxiaIncentives())
 *     .itemField("NAT-ADMIN-PENALTY", "招标投标")
 *     .clock(clock)
 *     .build();
 * CreditCheckReport report = check.check(query);
 * }</pre>
 */
public final class CreditCheck {


  private final MeasureListRegistry registry;
  private final SanctionChecker checker;
  private final IncentiveRegistry incentiveLists;
  private final Map<String, String> itemFields;
  private final Clock clock;
  private final RepairApprovals repairs;

  private CreditCheck(Builder b, MeasureListRegistry registry, IncentiveRegistry incentiveLists) {
    this.registry = registry;
    this.repairs = b.repairs;
    this.checker = SanctionChecker.of(registry, b.repairs);
    this.incentiveLists = incentiveLists;
    this.itemFields = new HashMap<>(b.itemFields);
    this.clock = b.clock;
  }

  /** A builder: no incentive lists, no item fields, the system clock in China. */
  public static Builder builder() {
    return new Builder();
  }

  /** Today in China, from the injected clock. */
  public LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ChinaTime.ZONE);
  }

  /**
   * The measures that apply and the incentives available, each with its verdict (OPS-1).
   *
   * @throws NullPointerException if {@code query} is null
   */
  public CreditCheckReport check(CreditCheckQuery query) {
    requireNonNull(query, "query");
    LocalDate date = query.date();
    SubjectType type = query.subject().type();
    @Nullable TreeSet<String> unmapped = null;

    // the subject's dishonesty records as facts, once
    ImmutableList<CreditRecord> records = query.records();
    List<ConductFact> facts = new ArrayList<>(records.size());
    for (int i = 0; i < records.size(); i++) {
      CreditRecord r = records.get(i);
      if (r.severityClass().isEmpty() || r.decisionDate().isAfter(date)
          || repairs.recordRepairedBy(r.documentNumber(), date).isPresent()) {
        continue; // a repaired record founds no sanction and weighs on no incentive from its repair (REP-5)
      }
      String field = itemFields.get(r.itemCode());
      if (field == null) {
        if (unmapped == null) {
          unmapped = new TreeSet<>();
        }
        unmapped.add(r.itemCode());
        continue;
      }
      facts.add(fact(r, field));
    }

    Optional<ResolvedMeasureList> resolved = registry.resolve(query.jurisdiction(), date);
    ImmutableList.Builder<MeasureReminder> measures = ImmutableList.builder();
    if (resolved.isPresent()) {
      for (Measure m : resolved.get().measuresIn(query.context())) {
        if (!m.bodyKinds().contains(BodyKind.PUBLIC_BODY) || !m.subjectTypes().contains(type)) {
          continue;
        }
        SanctionRequest.@Nullable Builder request = null;
        int minimum = m.minimumSeverity().ordinal();
        for (int i = 0; i < facts.size(); i++) {
          ConductFact f = facts.get(i);
          if (m.fields().contains(f.field()) && f.severityClass().ordinal() >= minimum) {
            if (request == null) {
              request = request(query, m).trigger(Trigger.CONDUCT_FACT);
            }
            request.addConductFacts(f);
          }
        }
        if (request == null) {
          Designation listing = listingFor(m, query.designations(), date, repairs);
          if (listing == null) {
            continue; // nothing triggers the measure
          }
          request = request(query, m).trigger(Trigger.LIST_MEMBERSHIP).listing(listing)
              .addConductFacts(listingFact(listing));
        }
        measures.add(new MeasureReminder(m, checker.check(request.build())));
      }
    }

    ImmutableList.Builder<IncentiveReminder> incentives = ImmutableList.builder();
    @Nullable EligibilityQuery eligibility = null;
    Optional<ResolvedIncentiveList> offered = incentiveLists.resolve(query.jurisdiction(), date);
    if (offered.isPresent()) {
      for (Incentive incentive : offered.get().incentives()) {
        if (!incentive.contexts().contains(query.context()) || !incentive.subjectTypes().contains(type)) {
          continue;
        }
        if (eligibility == null) {
          eligibility = EligibilityQuery.builder().subject(query.subject()).jurisdiction(query.jurisdiction())
              .date(date).addAllDesignations(unrepaired(query.designations(), date))
              .addAllDishonestyRecords(unrepairedRecords(records, date))
              .unkeptCommitments(query.unkeptCommitments()).build();
        }
        incentives.add(new IncentiveReminder(incentive, offered.get().check(incentive.code(), eligibility)));
      }
    }
    return new CreditCheckReport(query.context(), date,
        resolved.map(ResolvedMeasureList::ruleSetVersion), measures.build(), incentives.build(),
        unmapped == null ? ImmutableSet.of() : ImmutableSet.copyOf(unmapped));
  }

  /** The listings whose repair was not approved by {@code date} (REP-5: incentive eligibility updates with a repair). */
  private List<Designation> unrepaired(List<Designation> designations, LocalDate date) {
    if (repairs == RepairApprovals.NONE) {
      return designations;
    }
    List<Designation> out = new ArrayList<>(designations.size());
    for (Designation d : designations) {
      if (repairs.listingRepairedBy(d.id(), date).isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }

  /** The records whose repair was not approved by {@code date}. */
  private List<CreditRecord> unrepairedRecords(List<CreditRecord> records, LocalDate date) {
    if (repairs == RepairApprovals.NONE) {
      return records;
    }
    List<CreditRecord> out = new ArrayList<>(records.size());
    for (CreditRecord r : records) {
      if (repairs.recordRepairedBy(r.documentNumber(), date).isEmpty()) {
        out.add(r);
      }
    }
    return out;
  }

  private static SanctionRequest.Builder request(CreditCheckQuery q, Measure m) {
    return SanctionRequest.builder().subject(q.subject()).jurisdiction(q.jurisdiction()).date(q.date())
        .measureCode(m.code()).implementingBody(q.department()).bodyKind(BodyKind.PUBLIC_BODY)
        .addAllCitedBases(m.legalBases());
  }

  private static ConductFact fact(CreditRecord r, String field) {
    Object intentional = r.fields().get("intentional");
    Object forceMajeure = r.fields().get("forceMajeure");
    Intent intent = intentional instanceof Boolean
        ? (((Boolean) intentional) ? Intent.INTENTIONAL : Intent.NOT_INTENTIONAL)
        : Intent.UNKNOWN;
    return ConductFact.builder().field(field).severityClass(r.severityClass().orElseThrow()).intent(intent)
        .forceMajeure(Boolean.TRUE.equals(forceMajeure)).date(r.decisionDate()).document(r.documentNumber()).build();
  }

  /** The first listing in force on the date on a list the measure targets. */
  private static @Nullable Designation listingFor(Measure m, List<Designation> designations, LocalDate date,
      RepairApprovals repairs) {
    if (m.targetLists().isEmpty()) {
      return null;
    }
    for (Designation d : designations) {
      if (m.targetLists().contains(d.listType().code()) && d.statusOn(date) == Status.LISTED
          && repairs.listingRepairedBy(d.id(), date).isEmpty()) {
        return d;
      }
    }
    return null;
  }

  /** The fact a listing rests on: its list's field, serious, intent not recorded, the decision's date and number. */
  private static ConductFact listingFact(Designation d) {
    ConductFact.Builder b = ConductFact.builder().field(d.listType().field())
        .severityClass(SeverityClass.SERIOUS).intent(Intent.UNKNOWN).date(d.listedFrom().orElseThrow());
    d.decision().flatMap(doc -> doc.documentNumber()).ifPresent(b::document);
    return b.build();
  }

  /** The registry, number of incentive lists and of item fields. */
  @Override
  public String toString() {
    return "CreditCheck[" + registry + ", " + incentiveLists + ", " + itemFields.size() + " item fields]";
  }

  /** Collects the lists and settings of a credit check. Not thread-safe. */
  public static final class Builder {

    private @Nullable MeasureListRegistry registry;
    private final IncentiveRegistry.Builder incentiveLists = IncentiveRegistry.builder();
    private final Map<String, String> itemFields = new HashMap<>();
    private Clock clock = ChinaTime.systemClock();
    private RepairApprovals repairs = RepairApprovals.none();

    private Builder() {}

    /**
     * The measure lists (mandatory).
     *
     * @throws NullPointerException if {@code registry} is null
     */
    @CanIgnoreReturnValue
    public Builder measureLists(MeasureListRegistry registry) {
      this.registry = requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Adds an incentive list version.
     *
     * @throws NullPointerException if {@code list} is null
     */
    @CanIgnoreReturnValue
    public Builder addIncentiveList(IncentiveList list) {
      incentiveLists.addList(requireNonNull(list, "list"));
      return this;
    }

    /**
     * Adds every incentive list of a registry.
     *
     * @throws NullPointerException if {@code registry} is null
     */
    @CanIgnoreReturnValue
    public Builder incentiveLists(IncentiveRegistry registry) {
      incentiveLists.addLists(requireNonNull(registry, "registry").lists());
      return this;
    }

    /**
     * The field (领域) of the records of a catalog item, as measures name fields.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the field is blank or the item already has another field
     */
    @CanIgnoreReturnValue
    public Builder itemField(String itemCode, String field) {
      requireNonNull(itemCode, "itemCode");
      requireNonNull(field, "field");
      if (field.isBlank()) {
        throw new IllegalArgumentException("the field of item " + itemCode + " must not be blank");
      }
      String before = itemFields.putIfAbsent(itemCode, field);
      if (before != null && !before.equals(field)) {
        throw new IllegalArgumentException("item " + itemCode + " already has field " + before);
      }
      return this;
    }

    /**
     * The fields of several catalog items.
     *
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException as {@link #itemField}
     */
    @CanIgnoreReturnValue
    public Builder itemFields(Map<String, String> fields) {
      ImmutableMap.copyOf(fields).forEach(this::itemField);
      return this;
    }

    /**
     * The clock {@link #today()} reads.
     *
     * @throws NullPointerException if {@code clock} is null
     */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The approved repairs (REP-5): a repaired record or listing founds no sanction measure and no
     * longer bars an incentive from the day its repair took effect; callers need not filter them.
     * None by default.
     */
    @CanIgnoreReturnValue
    public Builder repairs(RepairApprovals repairs) {
      this.repairs = requireNonNull(repairs, "repairs");
      return this;
    }

    /**
     * The credit check.
     *
     * @throws IllegalStateException if no measure lists were given
     * @throws org.creditgov.rules.incentive.IncentiveListFormatException if the incentive lists do
     *     not fit together (two share an id, two versions of one layer overlap …)
     */
    public CreditCheck build() {
      MeasureListRegistry lists = registry;
      if (lists == null) {
        throw new IllegalStateException("a credit check needs its measure lists");
      }
      return new CreditCheck(this, lists, incentiveLists.build());
    }
  }
}
