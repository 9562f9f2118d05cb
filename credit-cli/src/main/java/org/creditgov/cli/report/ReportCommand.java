package org.creditgov.cli.report;

import java.util.concurrent.Callable;
import org.creditgov.cli.Env;
import org.creditgov.cli.UsageProblem;
import picocli.CommandLine.Command;

/** {@code credit report}: the reports; today {@code credit report oversight}. */
@Command(name = "report", usageHelpAutoWidth = true, subcommands = OversightCommand.class)
public final class ReportCommand implements Callable<Integer> {

  private final Env env;

  /** The command, run in {@code env}. */
  public ReportCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    throw new UsageProblem(env.texts().get("report.which"));
  }
}
