package org.creditgov.cli.data;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.creditgov.cli.Env;
import org.creditgov.cli.Exit;
import org.creditgov.core.io.Lint;
import org.creditgov.core.io.LintReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code credit lint my-catalog.json bundled:publication-regimes} (CAT-1 … CAT-6, SAN-1, DES-1,
 * REP-1): the library's one {@link Lint} over any set of files of every registered format,
 * together with bundled documents by name; one line per problem, or {@code --json} (the {@code
 * creditgov-data-problems/1} form); exit 1 on any problem, so it drops into CI. {@code --bundled}
 * lists the bundled names.
 */
@Command(name = "lint", sortOptions = false, usageHelpAutoWidth = true)
public final class LintCommand implements Callable<Integer> {

  private final Env env;

  @Parameters(paramLabel = "<file>|bundled:<name>", arity = "0..*", descriptionKey = "lint.files")
  List<String> names = new ArrayList<>();

  @Option(names = "--json", descriptionKey = "lint.json")
  boolean json;

  @Option(names = "--bundled", descriptionKey = "lint.bundled")
  boolean listBundled;

  /** The command, run in {@code env}. */
  public LintCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    Lint lint = Lint.standard();
    if (listBundled) {
      lint.bundledNames().forEach(env.out()::println);
      return Exit.OK;
    }
    if (names.isEmpty()) {
      throw new org.creditgov.cli.UsageProblem(env.texts().get("lint.nothing"));
    }
    LintReport report = lint.lint(names);
    if (json) {
      env.out().println(report.json());
    } else {
      env.out().print(report.human(env.texts().locale()));
      env.out().println(report.summary(env.texts().locale()));
    }
    return report.isClean() ? Exit.OK : Exit.FINDINGS;
  }
}
