package org.creditgov.rules.sanction;

import com.google.common.collect.ImmutableList;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.Codes;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;

/**
 * The rules of measure-list data that are the sanction domain's own (SAN-1 … SAN-4), as located
 * problems: a measure taken alone, and a measure as an entry of a layer (the level of its bases,
 * SAN-2). The rules every layered rule set obeys (versions, layers, the code rule) are {@code
 * org.creditgov.core.ruleset}'s.
 */
final class ListRules {

  static final Term FIELDS = Term.of("fields", "领域", "field");
  static final Term CONTEXTS = Term.of("contexts", "应用场景", "business context");
  static final Term SUBJECT_TYPES = Term.of("subjectTypes", "适用主体类型", "subject type");
  static final Term BODY_KINDS = Term.of("bodyKinds", "实施主体类型", "kind of implementing body");

  /** What a rights-reducing measure of the national list cites (SAN-2, LB-2). */
  static final Term NATIONAL_LEVEL = Term.of("LAW_REGULATION_OR_CENTRAL_POLICY",
      "法律、行政法规或者党中央、国务院政策文件", "a law, an administrative regulation or a central policy document");
  /** What every measure of a supplement cites (SAN-2, LB-2). */
  static final Term SUPPLEMENT_LEVEL = Term.of("LAW_REGULATION_CENTRAL_POLICY_OR_LOCAL_REGULATION",
      "法律、行政法规、党中央、国务院政策文件，或者本地区及上级地区的地方性法规",
      "a law, an administrative regulation, a central policy document, or a local regulation of the list's own or a higher jurisdiction");

  private ListRules() {}

  static void throwIfAny(List<DataProblem> problems) {
    if (!problems.isEmpty()) {
      throw new MeasureListFormatException(problems);
    }
  }

  static boolean isPositive(Period p) {
    return !p.isNegative() && !p.isZero() && p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0;
  }

  private static DataProblem problem(MeasureListProblemType type, String src, String pointer, Fact... facts) {
    return DataProblem.of(type, src, pointer, facts).serving(type.requirement());
  }

  private static DataProblem generic(DataProblemType type, RequirementId requirement, String src, String pointer, Fact... facts) {
    return DataProblem.of(type, src, pointer, facts).serving(requirement);
  }

  /** The problems of one measure taken alone, at pointers relative to the measure. */
  static List<DataProblem> measureProblems(Measure m, String src) {
    List<DataProblem> problems = new ArrayList<>();
    Fact measure = Fact.code("measure", m.code());
    if (!Codes.isValid(m.code())) {
      problems.add(generic(DataProblemType.INVALID_CODE, RequirementId.SAN_1, src, "/code", Fact.code("value", m.code())));
    }
    blank(m.nameZh(), src, "/name/zh", problems);
    blank(m.nameEn(), src, "/name/en", problems);
    blank(m.targetConduct(), src, "/targetConduct", problems);
    blank(m.implementingBody(), src, "/implementingBody", problems);
    if (m.legalBases().isEmpty()) {
      problems.add(problem(MeasureListProblemType.NO_LEGAL_BASIS, src, "/legalBases", measure));
    }
    if (m.fields().isEmpty()) {
      problems.add(problem(MeasureListProblemType.NONE_LISTED, src, "/fields", measure, Fact.term("what", FIELDS)));
    }
    int i = 0;
    for (String field : m.fields()) {
      blank(field, src, "/fields/" + i++, problems);
    }
    i = 0;
    for (String list : m.targetLists()) {
      if (!Codes.isValid(list)) {
        problems.add(generic(DataProblemType.INVALID_CODE, RequirementId.SAN_1, src, "/targetLists/" + i, Fact.code("value", list)));
      }
      i++;
    }
    if (m.contexts().isEmpty()) {
      problems.add(problem(MeasureListProblemType.NONE_LISTED, src, "/contexts", measure, Fact.term("what", CONTEXTS)));
    }
    if (m.subjectTypes().isEmpty()) {
      problems.add(problem(MeasureListProblemType.NONE_LISTED, src, "/subjectTypes", measure, Fact.term("what", SUBJECT_TYPES)));
    }
    if (m.bodyKinds().isEmpty()) {
      problems.add(problem(MeasureListProblemType.NONE_LISTED, src, "/bodyKinds", measure, Fact.term("what", BODY_KINDS)));
    } else {
      boolean publicKinds = m.bodyKinds().stream().allMatch(BodyKind::isPublic);
      boolean marketKinds = m.bodyKinds().stream().noneMatch(BodyKind::isPublic);
      if (m.kind().isPublic() ? !publicKinds : !marketKinds) {
        problems.add(problem(MeasureListProblemType.BODY_KIND_MISMATCH, src, "/bodyKinds", measure,
            Fact.term("kind", m.kind()), Fact.terms("bodyKinds", m.bodyKinds().stream().map(Term::of).toList())));
      }
    }
    if (m.appliesToMinors() && !m.subjectTypes().contains(SubjectType.NATURAL_PERSON)) {
      problems.add(problem(MeasureListProblemType.MINORS_WITHOUT_NATURAL_PERSONS, src, "/appliesToMinors", measure));
    }
    if (m.appliesToResponsiblePersons()
        && (!m.subjectTypes().contains(SubjectType.NATURAL_PERSON) || m.targetLists().isEmpty())) {
      problems.add(problem(MeasureListProblemType.RESPONSIBLE_PERSONS_WITHOUT_LIST, src, "/appliesToResponsiblePersons", measure));
    }
    if (m.maximumDuration().isPresent() && !isPositive(m.maximumDuration().get())) {
      problems.add(problem(MeasureListProblemType.MAXIMUM_NOT_POSITIVE, src, "/maximumDuration", measure,
          Fact.period("maximum", m.maximumDuration().get())));
    }
    return problems;
  }

  private static void blank(String text, String src, String pointer, List<DataProblem> problems) {
    if (text.isBlank()) {
      problems.add(generic(DataProblemType.BLANK, RequirementId.SAN_1, src, pointer));
    }
  }

  /**
   * The problems of measures as the entries of one list version: two with one code (SAN-1) and,
   * when the layer's jurisdiction is known, the rules of their bases (SAN-2). {@code pointers}
   * gives the JSON pointer of each measure.
   */
  static ImmutableList<DataProblem> entryProblems(String src, Optional<Jurisdiction> layer, List<Measure> measures,
      List<String> pointers) {
    if (measures.size() != pointers.size()) {
      throw new IllegalArgumentException("one pointer per measure: " + measures.size() + " measures, " + pointers.size() + " pointers");
    }
    List<DataProblem> problems = new ArrayList<>();
    Map<String, String> codes = new HashMap<>();
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      String at = pointers.get(i);
      String first = codes.putIfAbsent(m.code(), at);
      if (first != null) {
        problems.add(generic(DataProblemType.DUPLICATE_CODE, RequirementId.SAN_1, src, at + "/code",
            Fact.code("code", m.code()), Fact.code("first", first)));
      }
      layer.ifPresent(j -> problems.addAll(basisProblems(j, m, src, at)));
    }
    return ImmutableList.copyOf(problems);
  }

  /**
   * SAN-2: a rights-reducing measure of the national list cites a law, an administrative
   * regulation or a central policy document; every measure of a supplement cites one of those or
   * a local regulation of the supplement's chain; no basis is a local instrument of another chain.
   */
  static List<DataProblem> basisProblems(Jurisdiction layer, Measure m, String src, String at) {
    List<DataProblem> problems = new ArrayList<>();
    boolean national = layer.equals(Jurisdiction.national());
    boolean qualifies = false;
    List<LegalBasis> bases = m.legalBases();
    for (int j = 0; j < bases.size(); j++) {
      LegalBasis basis = bases.get(j);
      Optional<Jurisdiction> of = basis.jurisdiction();
      boolean local = of.isPresent() && !of.get().equals(Jurisdiction.national());
      if (local && !layer.isWithin(of.get())) {
        problems.add(generic(DataProblemType.BASIS_OF_OTHER_JURISDICTION, RequirementId.SAN_2, src, at + "/legalBases/" + j,
            Fact.code("entry", m.code()), Fact.text("citation", basis.citation()), Fact.term("jurisdiction", of.get().term())));
        continue;
      }
      qualifies |= qualifiesForList(basis, national);
    }
    boolean required = !national || m.kind() == MeasureKind.RIGHTS_REDUCING;
    if (required && !qualifies && !bases.isEmpty()) {
      problems.add(generic(DataProblemType.BASIS_BELOW_REQUIRED_LEVEL, RequirementId.SAN_2, src, at + "/legalBases",
          Fact.code("entry", m.code()), Fact.term("required", national ? NATIONAL_LEVEL : SUPPLEMENT_LEVEL)));
    }
    return problems;
  }

  private static boolean qualifiesForList(LegalBasis basis, boolean national) {
    return basis.atLeast(InstrumentLevel.CENTRAL_POLICY_DOCUMENT)
        || (!national && basis.level() == InstrumentLevel.LOCAL_REGULATION);
  }
}
