package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.Codes;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a catalog's content that are not its layering (CAT-2, CAT-3, CAT-6), as problems:
 * the checks of {@link Catalog} and {@link CatalogRegistry} make them, and so do the readers of
 * catalog files, which also apply them to files so broken that no catalog can be built from them
 * (an item of a file whose header cannot be read still gets its duplicate code reported).
 * The layering rules (versions, ids, a supplement redefining a higher layer's item) are the
 * spine's: {@link org.creditgov.core.ruleset.RuleSetRegistry#problems}.
 */
public final class CatalogRules {

  /** The longest update deadline an item may set, in working days (about 14 years). */
  public static final int MAX_DEADLINE_WORKING_DAYS = 3650;

  /** Periods are compared by adding them to this day (a 31-day month, not in a leap year). */
  private static final LocalDate PERIOD_REFERENCE = LocalDate.of(2001, 1, 31);

  /** The level CAT-2 requires of one basis of an item of the national catalog. */
  static final Term NATIONAL_LEVEL = Term.of("CAT-2-national",
      "法律、行政法规或党中央、国务院政策文件", "a law, an administrative regulation or a central policy document");
  /** The level CAT-2 requires of one basis of an item of a supplement. */
  static final Term SUPPLEMENT_LEVEL = Term.of("CAT-2-supplement",
      "法律、行政法规、党中央和国务院政策文件，或本地区及上级地区的地方性法规",
      "a law, an administrative regulation, a central policy document, or a local regulation of the supplement's "
          + "own jurisdiction or one above it");

  private CatalogRules() {}

  /**
   * The rules between the categories and items of one catalog (CAT-3): no category code twice, no
   * item code twice, every item in a declared category. The lists are index-aligned with the
   * document's arrays; a null is an entry whose code could not be read, which is skipped (and, for a
   * category, stops the unknown-category rule, which would otherwise report what it declares).
   *
   * @param source the name problems are reported under
   * @param categoryCodes the code of each category, in order
   * @param itemCodes the code of each item, in order
   * @param itemCategories the category each item names, in order
   */
  public static List<DataProblem> contentProblems(String source, List<? extends @Nullable String> categoryCodes,
      List<? extends @Nullable String> itemCodes, List<? extends @Nullable String> itemCategories) {
    List<DataProblem> problems = new ArrayList<>();
    for (DataProblem p : Codes.duplicates(CatalogProblemType.DUPLICATE_CATEGORY_CODE, source, categoryCodes,
        i -> "/categories/" + i + "/code")) {
      problems.add(p.serving(RequirementId.CAT_3));
    }
    for (DataProblem p : Codes.duplicates(DataProblemType.DUPLICATE_CODE, source, itemCodes, i -> "/items/" + i + "/code")) {
      problems.add(p.serving(RequirementId.CAT_3));
    }
    if (categoryCodes.stream().allMatch(c -> c != null)) {
      Set<String> declared = new HashSet<>(categoryCodes);
      for (int i = 0; i < itemCategories.size(); i++) {
        String category = itemCategories.get(i);
        if (category != null && !declared.contains(category)) {
          String item = i < itemCodes.size() && itemCodes.get(i) != null ? itemCodes.get(i) : "/items/" + i;
          problems.add(CatalogProblemType.UNKNOWN_CATEGORY.at(source, "/items/" + i + "/category",
              Fact.code("item", item), Fact.code("category", category)));
        }
      }
    }
    return problems;
  }

  /**
   * The legal bases of {@code item} in a layer of {@code layer} (CAT-2, LB-2): at least one must be
   * a law, an administrative regulation or a central policy document — for a supplement also a
   * local regulation of its own jurisdiction or one above it — and none may be a local instrument
   * of a jurisdiction outside the layer's chain.
   *
   * @param itemPointer the item's pointer in {@code source} ({@code /items/3})
   */
  public static List<DataProblem> basisProblems(Jurisdiction layer, CatalogItem item, String source, String itemPointer) {
    List<DataProblem> problems = new ArrayList<>();
    boolean national = layer.equals(Jurisdiction.national());
    boolean qualifies = false;
    for (int j = 0; j < item.legalBases().size(); j++) {
      LegalBasis basis = item.legalBases().get(j);
      Optional<Jurisdiction> of = basis.jurisdiction().filter(x -> !x.equals(Jurisdiction.national()));
      if (of.isPresent() && !layer.isWithin(of.get())) {
        problems.add(DataProblem.of(DataProblemType.BASIS_OF_OTHER_JURISDICTION, source, itemPointer + "/legalBases/" + j,
            Fact.code("entry", item.code()), Fact.text("citation", basis.citation()), Fact.term("jurisdiction", of.get().term()))
            .serving(RequirementId.CAT_2));
        continue;
      }
      if (basis.atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)
          || (!national && basis.level() == InstrumentLevel.LOCAL_REGULATION)) {
        qualifies = true;
      }
    }
    if (!qualifies && !item.legalBases().isEmpty()) { // no basis at all: the item's own check says so
      problems.add(DataProblem.of(DataProblemType.BASIS_BELOW_REQUIRED_LEVEL, source, itemPointer + "/legalBases",
          Fact.code("entry", item.code()), Fact.term("required", national ? NATIONAL_LEVEL : SUPPLEMENT_LEVEL))
          .serving(RequirementId.CAT_2));
    }
    return problems;
  }

  /**
   * The items of {@code catalogs} whose publication rule names a regime series not in {@code known}
   * (CAT-6), each located in its catalog's source: a registry would have no regime to judge their
   * records' publication by.
   */
  public static ImmutableList<DataProblem> unknownSeries(Collection<Catalog> catalogs, Set<String> known) {
    List<Catalog> sorted = new ArrayList<>(catalogs);
    sorted.sort(org.creditgov.core.ruleset.RuleSetRegistry.ORDER);
    String list = known.isEmpty() ? null : String.join(", ", new TreeSet<>(known));
    Fact knownFact = list == null ? Fact.text("known", Bilingual.of("（无）", "(none)")) : Fact.text("known", list);
    ImmutableList.Builder<DataProblem> problems = ImmutableList.builder();
    for (Catalog c : sorted) {
      for (int i = 0; i < c.items().size(); i++) {
        CatalogItem item = c.items().get(i);
        Optional<PublicationRule> rule = item.publication();
        if (rule.isEmpty()) {
          continue;
        }
        for (int s = 0; s < rule.get().series().size(); s++) {
          String series = rule.get().series().get(s);
          if (!known.contains(series)) {
            problems.add(CatalogProblemType.UNKNOWN_REGIME_SERIES.at(c.header().sourceName(),
                c.header().pointer("/items/" + i + "/publication/series/" + s),
                Fact.term("item", item.term()), Fact.code("series", series), knownFact));
          }
        }
      }
    }
    return problems.build();
  }

  /**
   * The problems of a minimum and maximum publication period (CAT-6): each must be positive (a
   * minimum may be zero: an early end at any time), and the minimum no longer than the maximum.
   *
   * @param pointer the pointer of the object holding {@code minimum} and {@code maximum}
   */
  static void periodProblems(Optional<Period> minimum, Optional<Period> maximum, String source, String pointer,
      List<DataProblem> problems) {
    minimum.filter(p -> !isPositive(p) && !p.isZero()).ifPresent(p -> problems.add(
        CatalogProblemType.PERIOD_NOT_POSITIVE.at(source, pointer + "/minimum", Fact.period("period", p))));
    maximum.filter(p -> !isPositive(p)).ifPresent(p -> problems.add(
        CatalogProblemType.PERIOD_NOT_POSITIVE.at(source, pointer + "/maximum", Fact.period("period", p))));
    if (minimum.isPresent() && maximum.isPresent()
        && PERIOD_REFERENCE.plus(minimum.get()).isAfter(PERIOD_REFERENCE.plus(maximum.get()))) {
      problems.add(CatalogProblemType.MINIMUM_ABOVE_MAXIMUM.at(source, pointer + "/minimum",
          Fact.period("minimum", minimum.get()), Fact.period("maximum", maximum.get())));
    }
  }

  private static boolean isPositive(Period p) {
    return !p.isNegative() && !p.isZero();
  }

  /** {@code problems}, each serving {@code requirement} unless it serves another already. */
  static List<DataProblem> serving(List<DataProblem> problems, RequirementId requirement) {
    List<DataProblem> out = new ArrayList<>(problems.size());
    for (DataProblem p : problems) {
      out.add(p.requirement().isPresent() ? p : p.serving(requirement));
    }
    return out;
  }

  /** Whether {@code s} is a field name: a code ({@link Codes}) starting with a letter. */
  static boolean isFieldName(String s) {
    return Codes.isValid(s) && Character.isLetter(s.charAt(0));
  }
}
