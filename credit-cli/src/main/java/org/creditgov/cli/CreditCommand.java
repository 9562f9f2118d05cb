package org.creditgov.cli;

import java.util.concurrent.Callable;
import org.creditgov.cli.audit.VerifyLogCommand;
import org.creditgov.cli.data.CalendarCommand;
import org.creditgov.cli.data.CheckCommand;
import org.creditgov.cli.data.LintCommand;
import org.creditgov.cli.mask.MaskCommand;
import org.creditgov.cli.mask.RedactCommand;
import org.creditgov.cli.report.ReportCommand;
import org.jspecify.annotations.Nullable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code credit}: the top command; without a subcommand it prints the list of commands (exit 2). */
@Command(name = "credit", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, usageHelpAutoWidth = true,
    versionProvider = CreditCommand.Version.class,
    subcommands = {MaskCommand.class, RedactCommand.class, LintCommand.class, CheckCommand.class, CalendarCommand.class,
        VerifyLogCommand.class, ReportCommand.class, AutoComplete.GenerateCompletion.class},
    exitCodeListHeading = "%n@|bold Exit codes|@%n", exitCodeList = {"0:ok", "1:findings", "2:usage", "3:io"})
final class CreditCommand implements Callable<Integer> {

  @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
  @Nullable String lang;

  @Spec
  @Nullable CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cl = java.util.Objects.requireNonNull(spec, "picocli sets the spec").commandLine();
    cl.usage(cl.getErr());
    return Exit.USAGE;
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = CreditCommand.class.getPackage().getImplementationVersion();
      return new String[] {"credit " + (v == null ? "(development build)" : v)};
    }
  }
}
