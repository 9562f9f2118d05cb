package org.creditgov.spring;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns reference data refused at startup ({@link ReferenceDataException}: a catalog, list,
 * regime or calendar file of {@code creditgov.reference} or {@code creditgov.calendar}) into Spring
 * Boot's failure report: every problem on its own line, located by file, JSON pointer, line and
 * column, with its code, the requirement it serves and its English text, grouped by data set when
 * more than one is refused ({@link RefusedReferenceData}); the action says how to find them all
 * before deploying. Registered in {@code META-INF/spring.factories}.
 */
public final class ReferenceDataFailureAnalyzer extends AbstractFailureAnalyzer<ReferenceDataException> {

  /** Creates the analyzer (Spring Boot does). */
  public ReferenceDataFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, ReferenceDataException cause) {
    StringBuilder description = new StringBuilder("The credit-governance reference data was refused: ")
        .append(count(cause.problems()));
    if (cause instanceof RefusedReferenceData refused) {
      description.append(" in ").append(refused.bySet().size()).append(" data sets\n");
      refused.bySet().forEach((set, problems) -> {
        description.append("\n  ").append(set).append(", ").append(count(problems)).append(':');
        problems.forEach(p -> description.append("\n    ").append(p));
      });
    } else {
      description.append('\n');
      cause.problems().forEach(p -> description.append("\n    ").append(p));
    }
    String action = "Correct each file at the place named (source#JSON pointer (line:column) [code, requirement]),"
        + " or remove it from creditgov.reference / creditgov.calendar. The library's Lint (credit-core"
        + " org.creditgov.core.io.Lint) lists the same problems of a set of files before deployment; docs/messages.md"
        + " explains each code.";
    return new FailureAnalysis(description.toString(), action, cause);
  }

  private static String count(List<DataProblem> problems) {
    return problems.size() + (problems.size() == 1 ? " problem" : " problems");
  }
}
