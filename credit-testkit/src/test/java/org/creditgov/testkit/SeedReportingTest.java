package org.creditgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;

/** {@link SeedReporting}: a failing seeded case names its seed; other failures pass untouched. */
class SeedReportingTest {

  private static ExtensionContext named(String displayName) {
    return (ExtensionContext) Proxy.newProxyInstance(
        ExtensionContext.class.getClassLoader(),
        new Class<?>[] {ExtensionContext.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getDisplayName")) {
            return displayName;
          }
          throw new UnsupportedOperationException(method.getName());
        });
  }

  @Test
  void aSeededFailureCarriesItsSeedAndTheReproducingSwitch() {
    IllegalStateException cause = new IllegalStateException("boom");

    Throwable thrown = catchThrowable(() -> new SeedReporting().handleTestExecutionException(named("seed=-42"), cause));

    assertThat(thrown).isInstanceOf(AssertionError.class)
        .hasMessage("[seed=-42; reproduce with -Dcreditgov.seed=-42] java.lang.IllegalStateException: boom")
        .hasCause(cause);
  }

  @Test
  void anAssertionKeepsItsOwnMessageAndIsNotWrappedTwice() {
    AssertionError once = (AssertionError) catchThrowable(() ->
        new SeedReporting().handleTestExecutionException(named("seed=7"), new AssertionError("expected 1")));

    assertThat(once).hasMessage("[seed=7; reproduce with -Dcreditgov.seed=7] expected 1");
    assertThat(catchThrowable(() -> new SeedReporting().handleTestExecutionException(named("seed=7"), once)))
        .isSameAs(once);
  }

  @Test
  void otherFailuresAreRethrownAsTheyAre() {
    AssertionError original = new AssertionError("plain");

    assertThat(catchThrowable(() -> new SeedReporting().handleTestExecutionException(named("[1] something"), original)))
        .isSameAs(original);
  }
}
