package org.creditgov.testkit;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * Puts the seed of a failing property test into the failure message, and says how to rerun it.
 * Surefire's console summary shows a parameterized test as {@code method(long)[index]}, not by its
 * display name {@code seed=…}; this extension (registered for every test of this module through
 * {@code META-INF/services} and {@code junit-platform.properties}) makes the seed part of the
 * failure itself, wherever it is reported.
 */
public final class SeedInFailureMessage implements TestExecutionExceptionHandler {

  private static final String PREFIX = "seed=";

  /** Created by JUnit's extension auto-detection. */
  public SeedInFailureMessage() {}

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    String name = context.getDisplayName();
    if (!name.startsWith(PREFIX) || String.valueOf(failure.getMessage()).startsWith("[" + PREFIX)) {
      throw failure;
    }
    String seed = name.substring(PREFIX.length()).strip();
    AssertionError withSeed = new AssertionError(
        "[" + name + "; rerun alone with -D" + Seeds.PROPERTY + "=" + seed + "] "
            + (failure instanceof AssertionError ? failure.getMessage() : failure.toString()),
        failure);
    withSeed.setStackTrace(failure.getStackTrace());
    throw withSeed;
  }
}
