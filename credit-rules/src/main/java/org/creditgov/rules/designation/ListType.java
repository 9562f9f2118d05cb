package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.jurisdiction.JurisdictionLevel;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.immutables.value.Value;

/**
 * One severe list (严重失信主体名单): its field, its category of conduct (DES-1), the legal basis that
 * founds it, the version of the national uniform criteria it applies (DES-2), its procedural
 * windows in working days (DES-3, DES-4), its listing period (DES-6), whether minors may be listed,
 * and the removal conditions every decision must state (DES-5).
 *
 * <p><b>No defaults for periods and deadlines.</b> The notice window, the objection window, the
 * objection answer deadline and the listing period are mandatory attributes. No national rule read
 * for this library fixes them for severe lists in general: 国办发〔2020〕49号 (八) leaves the objection
 * deadline to sector rules, and local rules differ (Shanghai answers objections in 5 working days,
 * Shenzhen in 2 extendable by 3, 征信业管理条例 Art. 25 in 20 days); reference/policy-facts.md marks
 * them UNCONFIRMED. Each list type states the figures of the rule that founds it.
 *
 * <p><b>Lawfulness is a verdict, not a constructor failure.</b> A list type whose basis is below a
 * central policy document, or a local list type that alters the national criteria, can be built
 * (it may come from a department's configuration), but {@link #checkOn(LocalDate)} refuses it and
 * every proposal on it is refused with the same findings.
 *
 * <p><b>Local list types</b> ({@link #nationalListType()} present) apply a national list in a
 * jurisdiction: they may set their own procedural windows (local rules do), but the criteria —
 * field, category, basis, criteria version, listing period, minors, removal conditions — must be
 * the national list's own (DES-2: no department may raise or lower them).
 */
@Value.Immutable
@CreditStyle
public abstract class ListType {

  ListType() {} // subclassed only by the generated ImmutableListType

  /**
   * A builder. Mandatory: code, name, field, category, basis, criteria version, the three windows
   * and the listing period; optional: jurisdiction (national), the national list type a local one
   * applies, whether minors may be listed (no), removal conditions.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's attributes, to build a copy with some of them changed: a
   * single-valued attribute set again replaces the copied value, an {@code add…} adds to the copied
   * elements.
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The builder of {@link ListType}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableListType.Builder {
    Builder() {}
  }

  /** A stable code of the list (say {@code SAFETY-PRODUCTION-SEVERE}). */
  public abstract String code();

  /** The list's name, as its founding rule gives it. */
  public abstract String name();

  /** The field (领域) the list belongs to, such as 安全生产 or 食品药品. */
  public abstract String field();

  /** Which of the four categories of DES-1 the list covers. */
  public abstract ListCategory category();

  /** The instrument that founds the list: a law, an administrative regulation or a central policy document (DES-1). */
  public abstract LegalBasis basis();

  /**
   * The version of the national uniform designation criteria (全国统一的认定标准) the list applies
   * (DES-2). Every proposal names the version it applies, and a mismatch is refused.
   */
  public abstract String criteriaVersion();

  /** Where the list applies: national by default; a local list type names its jurisdiction. */
  @Value.Default
  public Jurisdiction jurisdiction() {
    return Jurisdiction.national();
  }

  /** The national list type a local list type applies; empty for a national list type. */
  public abstract Optional<ListType> nationalListType();

  /**
   * Working days after the proposal within which the prior notice should be served; a later
   * service is recorded and flagged (DES-3). No default (UNCONFIRMED in the reference material).
   */
  public abstract int noticeWorkingDays();

  /**
   * Working days after the notice is served during which the subject may object (DES-4); a decision
   * waits until they have passed unless the subject waived the objection in writing. No default
   * (UNCONFIRMED in the reference material).
   */
  public abstract int objectionWindowWorkingDays();

  /**
   * Working days after an objection is filed within which it must be answered (DES-4); a later
   * answer is recorded as overdue and flagged. No default (UNCONFIRMED in the reference material).
   */
  public abstract int objectionAnswerWorkingDays();

  /** The listing period, fixed or a range (DES-6). No default. */
  public abstract ListingPeriod listingPeriod();

  /** Whether minors (natural persons under 18) may be listed: no unless the founding rule says so. */
  @Value.Default
  public boolean minorsMayBeListed() {
    return false;
  }

  /**
   * The removal conditions every decision on this list must state (DES-5; 49号 (七) requires the
   * criteria to state them). Texts of the founding rule, compared exactly.
   */
  public abstract ImmutableSet<String> removalConditions();

  /**
   * Whether the list type may be used on {@code date}: empty findings when it may. Findings: basis
   * below a central policy document (DES-1), basis not in force on the date (P-1), a local list
   * type that alters the national criteria (DES-2, one finding per altered attribute), no removal
   * conditions (DES-6).
   */
  public Verdict checkOn(LocalDate date) {
    return Verdict.of(findingsOn(date));
  }

  ImmutableList<Finding> findingsOn(LocalDate date) {
    List<Finding> findings = new ArrayList<>();
    ImmutableList<LegalBasis> bases = ImmutableList.of(Instruments.STATE_COUNCIL_OPINION_2020_49, basis());
    if (!basis().atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)) {
      findings.add(Finding.ofArgs(DesignationFinding.LIST_TYPE_BASIS_BELOW_LEVEL, bases, code(), basis().citation(),
          basis().level().nameZh()));
    }
    if (!basis().inForceOn(date)) {
      findings.add(Finding.ofArgs(DesignationFinding.LIST_TYPE_BASIS_NOT_IN_FORCE, bases, code(), basis().citation(), date));
    }
    if (nationalListType().isPresent()) {
      ListType national = nationalListType().get();
      addIfAltered(findings, bases, "field", field(), national.field());
      addIfAltered(findings, bases, "category", category(), national.category());
      addIfAltered(findings, bases, "basis", basis(), national.basis());
      addIfAltered(findings, bases, "criteriaVersion", criteriaVersion(), national.criteriaVersion());
      addIfAltered(findings, bases, "listingPeriod", listingPeriod(), national.listingPeriod());
      addIfAltered(findings, bases, "minorsMayBeListed", minorsMayBeListed(), national.minorsMayBeListed());
      addIfAltered(findings, bases, "removalConditions", removalConditions(), national.removalConditions());
    }
    if (removalConditions().isEmpty()) {
      findings.add(Finding.ofArgs(DesignationFinding.LIST_TYPE_WITHOUT_REMOVAL_CONDITIONS, bases, code()));
    }
    return ImmutableList.copyOf(findings);
  }

  private void addIfAltered(List<Finding> findings, ImmutableList<LegalBasis> bases, String attribute, Object local,
      Object national) {
    if (!Objects.equals(local, national)) {
      findings.add(Finding.ofArgs(DesignationFinding.LIST_TYPE_ALTERS_CRITERIA, bases, code(), attribute));
    }
  }

  @Value.Check
  void check() {
    checkArgument(!code().isBlank() && !name().isBlank() && !field().isBlank() && !criteriaVersion().isBlank(),
        "a list type needs a code, a name, a field and a criteria version");
    checkArgument(noticeWorkingDays() >= 1, "noticeWorkingDays must be at least 1: %s", noticeWorkingDays());
    checkArgument(objectionWindowWorkingDays() >= 1, "objectionWindowWorkingDays must be at least 1: %s",
        objectionWindowWorkingDays());
    checkArgument(objectionAnswerWorkingDays() >= 1, "objectionAnswerWorkingDays must be at least 1: %s",
        objectionAnswerWorkingDays());
    for (String condition : removalConditions()) {
      checkArgument(!condition.isBlank(), "a removal condition must not be blank");
    }
    boolean local = jurisdiction().level() != JurisdictionLevel.NATIONAL;
    if (nationalListType().isPresent()) {
      checkArgument(local, "list type %s applies a national list type, so it must name a local jurisdiction", code());
      checkArgument(nationalListType().get().nationalListType().isEmpty(),
          "list type %s must apply a national list type, not another local one", code());
    }
  }

  /** The code, category, criteria version and jurisdiction. */
  @Override
  public String toString() {
    return "ListType[" + code() + ", " + category() + ", criteria " + criteriaVersion() + ", "
        + jurisdiction().code() + "]";
  }
}
