package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.jurisdiction.JurisdictionLevel;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.Codes;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.immutables.value.Value;

/**
 * One severe list (严重失信主体名单): its field, its category of conduct (DES-1), the legal basis that
 * founds it, the version of the national uniform criteria it applies (DES-2), its procedural
 * windows in working days (DES-3, DES-4), its listing period (DES-6), whether minors may be listed,
 * and the removal conditions every decision must state (DES-5). List types are data: each is an
 * entry of a {@link ListTypeSet}, one effective-dated layer (national, provincial, prefecture or
 * county), and a {@link ListTypeRegistry} answers which list types are in force where and when.
 *
 * <p><b>No defaults for periods and deadlines.</b> The notice window, the objection window, the
 * objection answer deadline and the listing period are mandatory attributes. No national rule read
 * for this library fixes them for severe lists in general: 国办发〔2020〕49号 (八) leaves the objection
 * deadline to sector rules, and local rules differ (Shanghai answers objections in 5 working days,
 * Shenzhen in 2 extendable by 3, 征信业管理条例 Art. 25 in 20 days); reference/policy-facts.md marks
 * them UNCONFIRMED. Each list type states the figures of the rule that founds it.
 *
 * <p><b>Lawfulness is a verdict, not a constructor failure</b> (DES-1 as amended). A list rests on
 * a law, an administrative regulation or a central policy document, or — for a list of a local
 * jurisdiction — on a local regulation (地方性法规) of that jurisdiction or of one above it (in
 * force there); a national list on a local regulation, a local list on another jurisdiction's
 * local regulation, or any list on a department rule or lower is unlawful. Such a list type can be
 * built (it may come from a department's configuration), but {@link #checkOn(LocalDate)} refuses
 * it and every proposal on it is refused with the same findings.
 *
 * <p><b>Local list types</b> ({@link #nationalListTypeCode()} present) apply a national list type,
 * named by its code, in a jurisdiction: they may set their own procedural windows (local rules
 * do), but the criteria — field, category, basis, criteria version, listing period, minors,
 * removal conditions — must be the national list type's own (DES-2: no department may raise or
 * lower them); {@link ResolvedListType#checkOn} compares them with the national list type in force.
 */
@Value.Immutable
@CreditStyle
public abstract class ListType {

  ListType() {} // subclassed only by the generated ImmutableListType

  /**
   * A builder. Mandatory: code, name, field, category, basis, criteria version, the three windows
   * and the listing period; optional: English name, jurisdiction (national), the code of the
   * national list type a local one applies, whether minors may be listed (no), removal conditions.
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

  /** A stable code of the list (say {@code SAFETY-SEVERE}); see {@link Codes}. */
  public abstract String code();

  /** The list's name, as its founding rule gives it. */
  public abstract String name();

  /** The list's name in English, where given. */
  public abstract Optional<String> nameEn();

  /** The field (领域) the list belongs to, such as 安全生产 or 食品药品. */
  public abstract String field();

  /** Which of the four categories of DES-1 the list covers. */
  public abstract ListCategory category();

  /**
   * The instrument that founds the list (DES-1): a law, an administrative regulation or a central
   * policy document; for a local list also a local regulation of its jurisdiction or one above it.
   */
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

  /** The code of the national list type a local list type applies; empty for a national or local-only list type. */
  public abstract Optional<String> nationalListTypeCode();

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

  /** Whether this list type belongs to a local jurisdiction. */
  public boolean isLocal() {
    return jurisdiction().level() != JurisdictionLevel.NATIONAL;
  }

  /** The list type as messages name it: its code, its Chinese name and its English name (else the Chinese). */
  public Term term() {
    return Term.of(code(), name(), nameEn().orElse(name()));
  }

  /**
   * Whether the list type taken alone may be used on {@code date}: no findings when it may. The
   * findings cite the list's own basis and {@code proceduralBases}: basis below the level DES-1
   * requires, a local regulation of another jurisdiction (DES-1), basis not in force on the date
   * (P-1), no removal conditions (DES-6). Whether a local list type alters the national criteria
   * (DES-2) needs the national list type: see {@link ResolvedListType#checkOn}.
   */
  public Verdict checkOn(LocalDate date) {
    return Verdict.of(findingsOn(date, ListTypeRegistry.KIND.foundingBasis()));
  }

  ImmutableList<Finding> findingsOn(LocalDate date, LegalBasis... procedural) {
    List<LegalBasis> cited = new ArrayList<>(List.of(procedural));
    if (!cited.contains(basis())) {
      cited.add(basis());
    }
    return findingsOn(date, ImmutableList.copyOf(cited));
  }

  ImmutableList<Finding> findingsOn(LocalDate date, ImmutableList<LegalBasis> bases) {
    List<Finding> findings = new ArrayList<>();
    LegalBasis basis = basis();
    Fact listType = Fact.term(DesignationFacts.LIST_TYPE.name(), term());
    Fact citation = Fact.text(DesignationFacts.BASIS.name(), basis.citation());
    if (basis.level() == InstrumentLevel.LOCAL_REGULATION && isLocal()) {
      Jurisdiction of = basis.jurisdiction().orElseThrow(); // a local regulation names its jurisdiction
      if (!jurisdiction().isWithin(of)) {
        findings.add(Finding.of(DesignationFinding.LIST_TYPE_BASIS_OF_OTHER_JURISDICTION, bases, listType, citation,
            Fact.term(DesignationFacts.BASIS_JURISDICTION.name(), of.term()),
            Fact.term(DesignationFacts.LIST_JURISDICTION.name(), jurisdiction().term())));
      }
    } else if (!basis.atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)) {
      findings.add(Finding.of(DesignationFinding.LIST_TYPE_BASIS_BELOW_LEVEL, bases, listType, citation,
          Fact.term(DesignationFacts.LEVEL.name(), basis.level()),
          Fact.text(DesignationFacts.REQUIRED, isLocal() ? RequiredBasis.LOCAL : RequiredBasis.NATIONAL)));
    }
    if (!basis.inForceOn(date)) {
      findings.add(Finding.of(DesignationFinding.LIST_TYPE_BASIS_NOT_IN_FORCE, bases, listType, citation,
          Fact.date(DesignationFacts.DATE.name(), date)));
    }
    if (removalConditions().isEmpty()) {
      findings.add(Finding.of(DesignationFinding.LIST_TYPE_WITHOUT_REMOVAL_CONDITIONS, bases, listType));
    }
    return ImmutableList.copyOf(findings);
  }

  /** What DES-1 requires of a list's basis, as messages write it. */
  enum RequiredBasis implements org.creditgov.core.Bilingual {
    NATIONAL("法律、行政法规或者党中央、国务院政策文件", "a law, an administrative regulation or a central policy document"),
    LOCAL("法律、行政法规、党中央、国务院政策文件或者本地区的地方性法规",
        "a law, an administrative regulation, a central policy document or a local regulation of the list's jurisdiction");

    private final String nameZh;
    private final String nameEn;

    RequiredBasis(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    @Override
    public String nameZh() {
      return nameZh;
    }

    @Override
    public String nameEn() {
      return nameEn;
    }
  }

  @Value.Check
  void check() {
    checkArgument(Codes.isValid(code()), "a list type's code is %s: %s", Codes.RULE, code());
    checkArgument(!name().isBlank() && !field().isBlank() && !criteriaVersion().isBlank(),
        "a list type needs a name, a field and a criteria version");
    checkArgument(nameEn().map(n -> !n.isBlank()).orElse(true), "an English name must not be blank");
    checkArgument(noticeWorkingDays() >= 1, "noticeWorkingDays must be at least 1: %s", noticeWorkingDays());
    checkArgument(objectionWindowWorkingDays() >= 1, "objectionWindowWorkingDays must be at least 1: %s",
        objectionWindowWorkingDays());
    checkArgument(objectionAnswerWorkingDays() >= 1, "objectionAnswerWorkingDays must be at least 1: %s",
        objectionAnswerWorkingDays());
    for (String condition : removalConditions()) {
      checkArgument(!condition.isBlank(), "a removal condition must not be blank");
    }
    if (nationalListTypeCode().isPresent()) {
      checkArgument(isLocal(), "list type %s applies a national list type, so it must name a local jurisdiction", code());
      checkArgument(!nationalListTypeCode().get().equals(code()), "list type %s cannot apply itself", code());
    }
  }

  /** The code, category, criteria version and jurisdiction. */
  @Override
  public String toString() {
    return "ListType[" + code() + ", " + category() + ", criteria " + criteriaVersion() + ", "
        + jurisdiction().code() + nationalListTypeCode().map(n -> ", applies " + n).orElse("") + "]";
  }
}
