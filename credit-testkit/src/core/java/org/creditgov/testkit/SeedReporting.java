package org.creditgov.testkit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Puts the seed of a failing property-test case into its failure message, with the command-line
 * switch that reproduces it: {@code [seed=42; reproduce with -Dcreditgov.seed=42] expected …}.
 * Console runners such as Surefire name a parameterized case by its index, not its display name,
 * so without this a console failure would not say which seed failed.
 *
 * <p>It acts on tests whose display name contains {@code seed=…} (the convention of {@link
 * Seeds}) and leaves every other failure as it is. Register it with {@code
 * @ExtendWith(SeedReporting.class)}, or for a whole test suite by JUnit's extension
 * auto-detection ({@code junit.jupiter.extensions.autodetection.enabled=true}): this jar declares
 * it as a service.
 */
public final class SeedReporting implements TestExecutionExceptionHandler {

  private static final Pattern SEED = Pattern.compile("seed=(-?\\d+)");

  /** Created by JUnit. */
  public SeedReporting() {}

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    Matcher seed = SEED.matcher(context.getDisplayName());
    if (!seed.find() || String.valueOf(failure.getMessage()).startsWith("[seed=")) {
      throw failure;
    }
    String prefix = "[seed=" + seed.group(1) + "; reproduce with -D" + Seeds.PROPERTY + "=" + seed.group(1) + "] ";
    String what = failure instanceof AssertionError ? failure.getMessage() : failure.toString();
    AssertionError withSeed = new AssertionError(prefix + what, failure);
    withSeed.setStackTrace(failure.getStackTrace());
    throw withSeed;
  }
}
