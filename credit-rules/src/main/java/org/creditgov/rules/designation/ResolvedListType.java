package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.Bilingual;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.text.Fact;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * A list type as resolved in the list-type sets in force (DES-1, DES-2): the list type, the
 * national list type it applies where it is a local one and that national type is in force in the
 * same layers, the version of those layers, and the legal bases every finding on the list cites —
 * the procedural bases of the layers (data of their headers, never a constant) and the list's own
 * basis. {@link #checkOn} is the whole lawfulness check of the list on a date. Immutable.
 */
public final class ResolvedListType {

  private final ListType listType;
  private final @Nullable ListType national;
  private final RuleSetVersion version;
  private final ImmutableList<LegalBasis> proceduralBases;
  private final ImmutableList<LegalBasis> legalBases;
  private final ListTypeRef ref;

  ResolvedListType(ListType listType, @Nullable ListType national, RuleSetVersion version,
      ImmutableList<LegalBasis> proceduralBases) {
    this.listType = listType;
    this.national = national;
    this.version = version;
    this.proceduralBases = proceduralBases;
    Set<LegalBasis> all = new LinkedHashSet<>(proceduralBases);
    all.add(listType.basis());
    this.legalBases = ImmutableList.copyOf(all);
    this.ref = new ListTypeRef(listType.code(), version);
  }

  /**
   * A list type resolved on its own, outside any registry: for a caller's own {@link
   * ListTypeLookup}. {@code national} is the national list type a local one applies, if known.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ResolvedListType of(ListType listType, Optional<ListType> national, RuleSetVersion version,
      List<LegalBasis> proceduralBases) {
    return new ResolvedListType(requireNonNull(listType, "listType"), national.orElse(null),
        requireNonNull(version, "version"), ImmutableList.copyOf(proceduralBases));
  }

  /**
   * A list type resolved on its own, outside any list-type set: version {@code
   * list-types:standalone.<code>@<basis effective from>}, citing 国办发〔2020〕49号 for procedure. For a
   * caller that keeps list types in code (tests, a fixed configuration) and gives replay its own
   * lookup ({@link ListTypeLookup#of}); a national list type only, since a local one needs its
   * national list type resolved with it.
   *
   * @throws IllegalArgumentException if {@code listType} applies a national list type
   */
  public static ResolvedListType standalone(ListType listType) {
    if (listType.nationalListTypeCode().isPresent()) {
      throw new IllegalArgumentException("list type " + listType.code() + " applies a national list type: "
          + "resolve it in a ListTypeRegistry with the national layer");
    }
    return new ResolvedListType(listType, null, RuleSetVersion.of(ListTypeRegistry.KIND.code(),
        "standalone." + listType.code(), listType.basis().effective().from()),
        ImmutableList.of(ListTypeRegistry.KIND.foundingBasis()));
  }

  /** The list type. */
  public ListType listType() {
    return listType;
  }

  /** The national list type a local one applies, when it is in force in the same layers. */
  public Optional<ListType> nationalListType() {
    return Optional.ofNullable(national);
  }

  /** The version of the list-type sets it was resolved in. */
  public RuleSetVersion version() {
    return version;
  }

  /** Its reference: code and version, as events keep it. */
  public ListTypeRef ref() {
    return ref;
  }

  /** The procedural bases of the layers it was resolved in, from their headers. */
  public ImmutableList<LegalBasis> proceduralBases() {
    return proceduralBases;
  }

  /** What every finding on this list cites: the layers' procedural bases, then the list's own basis. */
  public ImmutableList<LegalBasis> legalBases() {
    return legalBases;
  }

  /**
   * Whether the list may be used on {@code date} (DES-1, DES-2, DES-6, P-1): no findings when it
   * may. Besides {@link ListType#checkOn}, a local list type that applies a national one must
   * keep its criteria (one finding per altered criterion) and the national list type must be in
   * force. The verdict names the list-type version.
   */
  public Verdict checkOn(LocalDate date) {
    return Verdict.builder().addAllFindings(findingsOn(date)).ruleSetVersion(version).build();
  }

  ImmutableList<Finding> findingsOn(LocalDate date) {
    List<Finding> findings = new ArrayList<>(listType.findingsOn(date, legalBases));
    Optional<String> code = listType.nationalListTypeCode();
    if (code.isPresent()) {
      Fact type = Fact.term(DesignationFacts.LIST_TYPE.name(), listType.term());
      if (national == null) {
        findings.add(Finding.of(DesignationFinding.NATIONAL_LIST_TYPE_NOT_IN_FORCE, legalBases, type,
            Fact.code(DesignationFacts.NATIONAL_LIST_TYPE_CODE.name(), code.get()),
            Fact.date(DesignationFacts.DATE.name(), date)));
      } else {
        for (Criterion c : Criterion.values()) {
          if (!Objects.equals(c.of(listType), c.of(national))) {
            findings.add(Finding.of(DesignationFinding.LIST_TYPE_ALTERS_CRITERIA, legalBases, type,
                Fact.term(DesignationFacts.NATIONAL_LIST_TYPE.name(), national.term()),
                Fact.term(DesignationFacts.CRITERION.name(), c)));
          }
        }
      }
    }
    return ImmutableList.copyOf(findings);
  }

  /** The national uniform criteria a local list type must keep (DES-2). */
  enum Criterion implements Bilingual {
    FIELD("领域", "field"),
    CATEGORY("失信行为类别", "category of conduct"),
    BASIS("设立依据", "founding basis"),
    CRITERIA_VERSION("认定标准版本", "criteria version"),
    LISTING_PERIOD("列入期限", "listing period"),
    MINORS("可否将未成年人列入", "whether minors may be listed"),
    REMOVAL_CONDITIONS("移出条件", "removal conditions");

    private final String nameZh;
    private final String nameEn;

    Criterion(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    Object of(ListType t) {
      switch (this) {
        case FIELD:
          return t.field();
        case CATEGORY:
          return t.category();
        case BASIS:
          return t.basis();
        case CRITERIA_VERSION:
          return t.criteriaVersion();
        case LISTING_PERIOD:
          return t.listingPeriod();
        case MINORS:
          return t.minorsMayBeListed();
        default:
          return t.removalConditions();
      }
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

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ResolvedListType r && r.listType.equals(listType) && Objects.equals(r.national, national)
        && r.version.equals(version) && r.proceduralBases.equals(proceduralBases);
  }

  @Override
  public int hashCode() {
    return Objects.hash(listType, version);
  }

  /** The list type and its version. */
  @Override
  public String toString() {
    return "ResolvedListType[" + listType + " @ " + version + "]";
  }
}
