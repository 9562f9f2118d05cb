package org.creditgov.rules.sanction;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.sanction.MeasureListProblem.Reason;

/** The rules measure-list data must obey, as lists of problems (SAN-1, SAN-2). */
final class ListRules {

  static final String CODE_RULE =
      "a code is 1 to 64 letters, digits, '_', '-' or '.', starting with a letter or digit";

  private ListRules() {}

  static void throwIfAny(List<MeasureListProblem> problems) {
    if (!problems.isEmpty()) {
      throw new MeasureListFormatException(problems);
    }
  }

  /** Whether {@code s} is a valid code. */
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

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  static boolean isPositive(Period p) {
    return !p.isNegative() && !p.isZero() && p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0;
  }

  /** The problems of one measure taken alone. */
  static List<MeasureListProblem> measureProblems(Measure m, String src) {
    List<MeasureListProblem> problems = new ArrayList<>();
    if (!isValidCode(m.code())) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/code", CODE_RULE + ": '" + m.code() + "'"));
    }
    if (m.nameZh().isBlank() || m.nameEn().isBlank()) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/name", "a measure needs a Chinese and an English name"));
    }
    if (m.targetConduct().isBlank()) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/targetConduct", "a measure names the conduct it targets"));
    }
    if (m.implementingBody().isBlank()) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/implementingBody", "a measure names who implements it"));
    }
    if (m.legalBases().isEmpty()) {
      problems.add(MeasureListProblem.of(Reason.BASIS_BELOW_REQUIRED_LEVEL, src, "/legalBases",
          "a measure cites at least one legal basis (SAN-2)"));
    }
    if (m.fields().isEmpty() || m.fields().stream().anyMatch(String::isBlank)) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/fields", "a measure names at least one field, none blank"));
    }
    if (m.targetLists().stream().anyMatch(c -> !isValidCode(c))) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/targetLists", "every target list is a list code: " + CODE_RULE));
    }
    if (m.contexts().isEmpty()) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/contexts", "a measure is applied in at least one business context"));
    }
    if (m.subjectTypes().isEmpty()) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/subjectTypes", "a measure applies to at least one subject type"));
    }
    boolean publicKinds = m.bodyKinds().stream().allMatch(BodyKind::isPublic);
    boolean marketKinds = m.bodyKinds().stream().noneMatch(BodyKind::isPublic);
    if (m.bodyKinds().isEmpty() || (m.kind().isPublic() ? !publicKinds : !marketKinds)) {
      problems.add(MeasureListProblem.of(Reason.BODY_KIND_MISMATCH, src, "/bodyKinds",
          "a " + m.kind() + " measure is implemented by "
              + (m.kind().isPublic() ? "public bodies only" : "organisations other than public bodies only")
              + ", not " + m.bodyKinds()));
    }
    if (m.appliesToMinors() && !m.subjectTypes().contains(SubjectType.NATURAL_PERSON)) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/appliesToMinors",
          "a measure that applies to minors must apply to natural persons"));
    }
    if (m.appliesToResponsiblePersons()
        && (!m.subjectTypes().contains(SubjectType.NATURAL_PERSON) || m.targetLists().isEmpty())) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/appliesToResponsiblePersons",
          "a measure on the responsible persons of listed organisations applies to natural persons and targets a list"));
    }
    if (m.maximumDuration().isPresent() && !isPositive(m.maximumDuration().get())) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/maximumDuration",
          "a maximum duration must be positive: " + m.maximumDuration().get()));
    }
    return problems;
  }

  /** The problems of one list taken alone. */
  static List<MeasureListProblem> listProblems(MeasureList list) {
    List<MeasureListProblem> problems = new ArrayList<>();
    String src = list.sourceName();
    if (!isValidCode(list.id())) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/id", CODE_RULE + ": '" + list.id() + "'"));
    }
    if (list.titleZh().isBlank()) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/title", "a list needs a Chinese title"));
    }
    if (list.edition().isBlank()) {
      problems.add(MeasureListProblem.of(Reason.INVALID_VALUE, src, "/edition", "the edition must not be blank"));
    }
    Map<String, Integer> codes = new HashMap<>();
    for (int i = 0; i < list.measures().size(); i++) {
      Measure m = list.measures().get(i);
      String at = "/measures/" + i;
      Integer first = codes.putIfAbsent(m.code(), i);
      if (first != null) {
        problems.add(MeasureListProblem.of(Reason.DUPLICATE_CODE, src, at + "/code",
            "measure code " + m.code() + " is already used by /measures/" + first));
      }
      basisProblems(list.jurisdiction(), list.isNational(), m.code(), m.kind(), m.legalBases(), src, at, problems);
    }
    return problems;
  }

  /**
   * SAN-2: a rights-reducing measure of the national list cites a law, an administrative
   * regulation or a central policy document; every measure of a supplement cites one of those or
   * a local regulation of the supplement's chain; no basis is a local instrument of another chain.
   */
  static void basisProblems(Jurisdiction layer, boolean national, String code, MeasureKind kind,
      List<LegalBasis> bases, String src, String at, List<MeasureListProblem> problems) {
    boolean qualifies = false;
    for (int j = 0; j < bases.size(); j++) {
      LegalBasis basis = bases.get(j);
      Optional<Jurisdiction> of = basis.jurisdiction();
      boolean local = of.isPresent() && !of.get().equals(Jurisdiction.national());
      if (local && !layer.isWithin(of.get())) {
        problems.add(MeasureListProblem.of(Reason.BASIS_OF_OTHER_JURISDICTION, src, at + "/legalBases/" + j,
            code + " cites " + basis.citation() + " of " + of.get() + ", outside the chain of " + layer + " (SAN-2)"));
        continue;
      }
      if (qualifiesForList(basis, national)) {
        qualifies = true;
      }
    }
    boolean required = !national || kind == MeasureKind.RIGHTS_REDUCING;
    if (required && !qualifies && !bases.isEmpty()) {
      String needed = national
          ? "a law, administrative regulation or central policy document"
          : "a law, administrative regulation, central policy document or a local regulation of " + layer
              + " or a higher level";
      problems.add(MeasureListProblem.of(Reason.BASIS_BELOW_REQUIRED_LEVEL, src, at + "/legalBases",
          code + " cites no basis of the level required: " + needed + " (SAN-2, LB-2)"));
    }
  }

  static boolean qualifiesForList(LegalBasis basis, boolean national) {
    return basis.atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)
        || (!national && basis.level() == InstrumentLevel.LOCAL_REGULATION);
  }

  /** The problems between the lists of a registry. */
  static List<MeasureListProblem> registryProblems(Collection<MeasureList> lists) {
    List<MeasureListProblem> problems = new ArrayList<>();
    List<MeasureList> sorted = new ArrayList<>(lists);
    sorted.sort(REGISTRY_ORDER);
    Map<String, MeasureList> ids = new HashMap<>();
    for (MeasureList l : sorted) {
      MeasureList first = ids.putIfAbsent(l.id(), l);
      if (first != null) {
        problems.add(MeasureListProblem.of(Reason.DUPLICATE_ID, l.sourceName(), "/id",
            "list id " + l.id() + " is also used by " + first.sourceName()));
      }
    }
    for (int a = 0; a < sorted.size(); a++) {
      MeasureList la = sorted.get(a);
      for (int b = a + 1; b < sorted.size(); b++) {
        MeasureList lb = sorted.get(b);
        if (la.jurisdiction().equals(lb.jurisdiction()) && la.effective().overlaps(lb.effective())) {
          problems.add(MeasureListProblem.of(Reason.OVERLAPPING_VERSIONS, lb.sourceName(), "/effective",
              "list " + lb.id() + " " + lb.effective() + " and list " + la.id() + " " + la.effective()
                  + " are both versions of the " + lb.jurisdiction() + " layer in force on a common day"));
        }
      }
    }
    for (MeasureList supplement : sorted) {
      if (supplement.isNational()) {
        continue;
      }
      for (MeasureList higher : sorted) {
        boolean above = !higher.jurisdiction().equals(supplement.jurisdiction())
            && supplement.jurisdiction().isWithin(higher.jurisdiction());
        if (!above || !higher.effective().overlaps(supplement.effective())) {
          continue;
        }
        for (int i = 0; i < supplement.measures().size(); i++) {
          String code = supplement.measures().get(i).code();
          if (higher.measure(code).isPresent()) {
            problems.add(MeasureListProblem.of(Reason.REDEFINES_HIGHER_LAYER_MEASURE, supplement.sourceName(),
                "/measures/" + i + "/code", "supplement " + supplement.id() + " redefines measure " + code
                    + " of the higher layer " + higher.id() + " in force at the same time (SAN-1)"));
          }
        }
      }
    }
    return problems;
  }

  /** A deterministic order: national first, then by jurisdiction code, start date and id. */
  static final Comparator<MeasureList> REGISTRY_ORDER =
      Comparator.comparing((MeasureList l) -> l.jurisdiction().level())
          .thenComparing(l -> l.jurisdiction().code())
          .thenComparing(l -> l.effective().from())
          .thenComparing(MeasureList::id);

  /** Compares periods by adding them to one fixed day (months of 31 days, not in a leap year). */
  static final LocalDate PERIOD_REFERENCE = LocalDate.of(2001, 1, 31);
}
