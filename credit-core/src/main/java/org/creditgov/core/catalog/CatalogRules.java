package org.creditgov.core.catalog;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.catalog.CatalogProblem.Reason;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;

/** The rules catalog data must obey, as lists of problems (CAT-2, CAT-3, CAT-4). */
final class CatalogRules {

  static final String CODE_RULE =
      "a code is 1 to 64 letters, digits, '_', '-' or '.', starting with a letter or digit";
  static final int MAX_DEADLINE_WORKING_DAYS = 3650;
  /** Periods are compared by adding them to this day (a 31-day month start, not in a leap year). */
  private static final LocalDate PERIOD_REFERENCE = LocalDate.of(2001, 1, 31);

  private CatalogRules() {}

  static void throwIfAny(List<CatalogProblem> problems) {
    if (!problems.isEmpty()) {
      throw new CatalogFormatException(problems);
    }
  }

  static boolean isValidCode(String s) {
    if (s.isEmpty() || s.length() > 64 || !isAsciiLetterOrDigit(s.charAt(0))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!isAsciiLetterOrDigit(c) && c != '_' && c != '-' && c != '.') {
        return false;
      }
    }
    return true;
  }

  static boolean isValidName(String s) {
    return isValidCode(s) && Character.isLetter(s.charAt(0));
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static void checkPeriods(
      Optional<Period> minimum, Optional<Period> maximum, String source, List<CatalogProblem> problems) {
    minimum.filter(p -> !isPositive(p) && !p.isZero())
        .ifPresent(p -> problems.add(CatalogProblem.of(Reason.INVALID_VALUE, source, "/minimum", "a minimum must not be negative: " + p)));
    maximum.filter(p -> !isPositive(p))
        .ifPresent(p -> problems.add(CatalogProblem.of(Reason.INVALID_VALUE, source, "/maximum", "a maximum must be positive: " + p)));
    if (minimum.isPresent() && maximum.isPresent()
        && PERIOD_REFERENCE.plus(minimum.get()).isAfter(PERIOD_REFERENCE.plus(maximum.get()))) {
      problems.add(
          CatalogProblem.of(
              Reason.MINIMUM_ABOVE_MAXIMUM, source, "/minimum",
              "the minimum " + minimum.get() + " is longer than the maximum " + maximum.get()));
    }
  }

  private static boolean isPositive(Period p) {
    return !p.isNegative() && !p.isZero() && p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0;
  }

  /** The problems of one catalog taken alone. */
  static List<CatalogProblem> catalogProblems(Catalog c) {
    List<CatalogProblem> problems = new ArrayList<>();
    String src = c.sourceName();
    if (!isValidCode(c.id())) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, src, "/id", CODE_RULE + ": '" + c.id() + "'"));
    }
    if (c.titleZh().isBlank()) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, src, "/title", "a catalog needs a Chinese title"));
    }
    if (c.edition().isBlank()) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, src, "/edition", "the edition must not be blank"));
    }
    Set<String> categories = new HashSet<>();
    for (int i = 0; i < c.categories().size(); i++) {
      if (!categories.add(c.categories().get(i).code())) {
        problems.add(
            CatalogProblem.of(
                Reason.DUPLICATE_CATEGORY_CODE, src, "/categories/" + i + "/code",
                "category code " + c.categories().get(i).code() + " is used twice"));
      }
    }
    Map<String, Integer> codes = new HashMap<>();
    for (int i = 0; i < c.items().size(); i++) {
      CatalogItem item = c.items().get(i);
      String at = "/items/" + i;
      Integer first = codes.putIfAbsent(item.code(), i);
      if (first != null) {
        problems.add(
            CatalogProblem.of(
                Reason.DUPLICATE_ITEM_CODE, src, at + "/code",
                "item code " + item.code() + " is already used by /items/" + first));
      }
      if (!categories.contains(item.categoryCode())) {
        problems.add(
            CatalogProblem.of(
                Reason.UNKNOWN_CATEGORY, src, at + "/category",
                "item " + item.code() + " names category " + item.categoryCode() + ", which the catalog does not declare"));
      }
      basisProblems(c, item, src, at, problems);
    }
    return problems;
  }

  /**
   * CAT-2: one basis at least must reach the required level (law, administrative regulation or
   * central policy document; for a supplement also a local regulation of its own jurisdiction or
   * a higher one), and no basis may be a local instrument of a jurisdiction outside the chain.
   */
  private static void basisProblems(Catalog c, CatalogItem item, String src, String at, List<CatalogProblem> problems) {
    boolean qualifies = false;
    for (int j = 0; j < item.legalBases().size(); j++) {
      LegalBasis basis = item.legalBases().get(j);
      Optional<Jurisdiction> of = basis.jurisdiction();
      boolean local = of.isPresent() && !of.get().equals(Jurisdiction.national());
      if (local && !c.jurisdiction().isWithin(of.get())) {
        problems.add(
            CatalogProblem.of(
                Reason.BASIS_OF_OTHER_JURISDICTION, src, at + "/legalBases/" + j,
                "item " + item.code() + " cites " + basis.citation() + " of " + of.get()
                    + ", outside the chain of " + c.jurisdiction() + " (CAT-2)"));
        continue;
      }
      if (basis.atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)
          || (!c.isNational() && basis.level() == InstrumentLevel.LOCAL_REGULATION)) {
        qualifies = true;
      }
    }
    if (!qualifies && !item.legalBases().isEmpty()) {
      String required =
          c.isNational()
              ? "a law, administrative regulation or central policy document"
              : "a law, administrative regulation, central policy document or a local regulation of "
                  + c.jurisdiction() + " or a higher level";
      problems.add(
          CatalogProblem.of(
              Reason.BASIS_BELOW_REQUIRED_LEVEL, src, at + "/legalBases",
              "item " + item.code() + " cites no basis of the level required: " + required + " (CAT-2, LB-2)"));
    }
  }

  /** The problems between the catalogs of a registry and its regimes (CAT-4). */
  static List<CatalogProblem> registryProblems(Collection<Catalog> catalogs, PublicationRegimes regimes) {
    List<CatalogProblem> problems = new ArrayList<>();
    List<Catalog> sorted = new ArrayList<>(catalogs);
    sorted.sort(REGISTRY_ORDER);
    Map<String, Catalog> ids = new HashMap<>();
    for (Catalog c : sorted) {
      Catalog first = ids.putIfAbsent(c.id(), c);
      if (first != null) {
        problems.add(
            CatalogProblem.of(
                Reason.DUPLICATE_ID, c.sourceName(), "/id",
                "catalog id " + c.id() + " is also used by " + first.sourceName()));
      }
    }
    for (int a = 0; a < sorted.size(); a++) {
      Catalog ca = sorted.get(a);
      for (int b = a + 1; b < sorted.size(); b++) {
        Catalog cb = sorted.get(b);
        if (ca.jurisdiction().equals(cb.jurisdiction()) && ca.effective().overlaps(cb.effective())) {
          problems.add(
              CatalogProblem.of(
                  Reason.OVERLAPPING_VERSIONS, cb.sourceName(), "/effective",
                  "catalog " + cb.id() + " " + cb.effective() + " and catalog " + ca.id() + " " + ca.effective()
                      + " are both versions of the " + cb.jurisdiction() + " layer in force on a common day (CAT-4)"));
        }
      }
    }
    for (Catalog supplement : sorted) {
      if (supplement.isNational()) {
        continue;
      }
      for (Catalog higher : sorted) {
        boolean above =
            !higher.jurisdiction().equals(supplement.jurisdiction())
                && supplement.jurisdiction().isWithin(higher.jurisdiction());
        if (!above || !higher.effective().overlaps(supplement.effective())) {
          continue;
        }
        for (int i = 0; i < supplement.items().size(); i++) {
          String code = supplement.items().get(i).code();
          if (higher.item(code).isPresent()) {
            problems.add(
                CatalogProblem.of(
                    Reason.REDEFINES_HIGHER_LAYER_ITEM, supplement.sourceName(), "/items/" + i + "/code",
                    "supplement " + supplement.id() + " redefines item " + code + " of the higher layer "
                        + higher.id() + " in force at the same time (CAT-4)"));
          }
        }
      }
    }
    for (Catalog c : sorted) {
      for (int i = 0; i < c.items().size(); i++) {
        Optional<PublicationRule> rule = c.items().get(i).publication();
        if (rule.isEmpty()) {
          continue;
        }
        for (int s = 0; s < rule.get().series().size(); s++) {
          String series = rule.get().series().get(s);
          if (!regimes.series().contains(series)) {
            problems.add(
                CatalogProblem.of(
                    Reason.UNKNOWN_REGIME_SERIES, c.sourceName(), "/items/" + i + "/publication/series/" + s,
                    "item " + c.items().get(i).code() + " names regime series '" + series
                        + "', which the registry does not have (it has " + regimes.series() + ")"));
          }
        }
      }
    }
    return problems;
  }

  /** A deterministic order: by level (national first), jurisdiction code, start date, id. */
  static final Comparator<Catalog> REGISTRY_ORDER =
      Comparator.comparing((Catalog c) -> c.jurisdiction().level())
          .thenComparing(c -> c.jurisdiction().code())
          .thenComparing(c -> c.effective().from())
          .thenComparing(Catalog::id);
}
