package org.creditgov.cli;

import java.io.PrintStream;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;

/**
 * How a command prints a {@link Verdict}: for people, the outcome and each finding's message with
 * its requirement and legal bases, in the chosen language; for machines ({@code --json}), the
 * canonical form {@code creditgov-verdict/1} with messages. Findings hold no personal data
 * unmasked (the library's rule), so neither does what is printed.
 */
public final class Verdicts {

  private Verdicts() {}

  /** Prints {@code verdict} to {@code out}, as JSON or as text. */
  public static void print(PrintStream out, Texts texts, Verdict verdict, boolean json) {
    if (json) {
      out.println(CoreJson.VERDICT.withMessages().encode(verdict));
      return;
    }
    out.println(texts.get("verdict.outcome", texts.name(verdict.outcome())));
    verdict.ruleSetVersion().ifPresent(v -> out.println(texts.get("verdict.ruleSet", v)));
    for (Finding f : verdict.findings()) {
      out.println("  [" + f.requirement().id() + "] " + f.message(texts.locale()));
      for (LegalBasis b : f.legalBases()) {
        out.println("      " + texts.get("verdict.basis", b.citation()));
      }
    }
  }

  /** The exit code of a verdict: 0 when the act may proceed, 1 when refused or held for review. */
  public static int exitCode(Verdict verdict) {
    return verdict.isAllowed() ? Exit.OK : Exit.FINDINGS;
  }
}
