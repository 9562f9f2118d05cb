package org.creditgov.rules.incentive;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.Codes;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;

/** The rules of incentive-list data that are the incentive domain's own (INC-1), as located problems. */
final class IncentiveRules {

  static final Term CONTEXTS = Term.of("contexts", "应用场景", "business context");
  static final Term SUBJECT_TYPES = Term.of("subjectTypes", "适用主体类型", "subject type");
  static final Term CONDITIONS = Term.of("eligibility", "适用条件", "eligibility condition");

  private IncentiveRules() {}

  private static DataProblem problem(IncentiveListProblemType type, String src, String pointer, Fact... facts) {
    return DataProblem.of(type, src, pointer, facts).serving(type.requirement());
  }

  private static DataProblem generic(DataProblemType type, String src, String pointer, Fact... facts) {
    return DataProblem.of(type, src, pointer, facts).serving(RequirementId.INC_1);
  }

  /** The problems of one incentive taken alone, at pointers relative to it. */
  static List<DataProblem> incentiveProblems(Incentive i, String src) {
    List<DataProblem> problems = new ArrayList<>();
    Fact incentive = Fact.code("incentive", i.code());
    if (!Codes.isValid(i.code())) {
      problems.add(generic(DataProblemType.INVALID_CODE, src, "/code", Fact.code("value", i.code())));
    }
    if (i.nameZh().isBlank()) {
      problems.add(generic(DataProblemType.BLANK, src, "/name/zh"));
    }
    if (i.nameEn().isBlank()) {
      problems.add(generic(DataProblemType.BLANK, src, "/name/en"));
    }
    if (i.legalBases().isEmpty()) {
      problems.add(problem(IncentiveListProblemType.NO_LEGAL_BASIS, src, "/legalBases", incentive));
    }
    if (i.contexts().isEmpty()) {
      problems.add(problem(IncentiveListProblemType.NONE_LISTED, src, "/contexts", incentive, Fact.term("what", CONTEXTS)));
    }
    if (i.subjectTypes().isEmpty()) {
      problems.add(problem(IncentiveListProblemType.NONE_LISTED, src, "/subjectTypes", incentive, Fact.term("what", SUBJECT_TYPES)));
    }
    if (i.eligibility().isEmpty()) {
      problems.add(problem(IncentiveListProblemType.NONE_LISTED, src, "/eligibility", incentive, Fact.term("what", CONDITIONS)));
    }
    return problems;
  }

  /**
   * The problems of incentives as the entries of one list version: two with one code and, when the
   * layer's jurisdiction is known, a basis that is a local instrument of a jurisdiction outside
   * the layer's chain. {@code pointers} gives the JSON pointer of each incentive.
   */
  static ImmutableList<DataProblem> entryProblems(String src, Optional<Jurisdiction> layer, List<Incentive> incentives,
      List<String> pointers) {
    if (incentives.size() != pointers.size()) {
      throw new IllegalArgumentException("one pointer per incentive: " + incentives.size() + " incentives, "
          + pointers.size() + " pointers");
    }
    List<DataProblem> problems = new ArrayList<>();
    Map<String, String> codes = new HashMap<>();
    for (int i = 0; i < incentives.size(); i++) {
      Incentive incentive = incentives.get(i);
      String at = pointers.get(i);
      String first = codes.putIfAbsent(incentive.code(), at);
      if (first != null) {
        problems.add(generic(DataProblemType.DUPLICATE_CODE, src, at + "/code", Fact.code("code", incentive.code()),
            Fact.code("first", first)));
      }
      if (layer.isPresent()) {
        List<LegalBasis> bases = incentive.legalBases();
        for (int j = 0; j < bases.size(); j++) {
          Optional<Jurisdiction> of = bases.get(j).jurisdiction();
          if (of.isPresent() && !of.get().equals(Jurisdiction.national()) && !layer.get().isWithin(of.get())) {
            problems.add(generic(DataProblemType.BASIS_OF_OTHER_JURISDICTION, src, at + "/legalBases/" + j,
                Fact.code("entry", incentive.code()), Fact.text("citation", bases.get(j).citation()),
                Fact.term("jurisdiction", of.get().term())));
          }
        }
      }
    }
    return ImmutableList.copyOf(problems);
  }
}
