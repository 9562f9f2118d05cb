/**
 * credit-testkit: seeded generators of valid and invalid domain data, and invariant suites users
 * run against their own systems.
 */
module org.creditgov.testkit {
  requires transitive org.creditgov.core;
  requires static com.google.errorprone.annotations;
  requires transitive org.creditgov.rules;
  requires transitive org.creditgov.privacy;
  requires org.junit.jupiter.api;
  requires org.slf4j;

  exports org.creditgov.testkit;

  provides org.junit.jupiter.api.extension.Extension with org.creditgov.testkit.SeedReporting;
}
