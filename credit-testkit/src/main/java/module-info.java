/**
 * credit-testkit: seeded generators of valid and invalid domain data, and invariant suites users
 * run against their own systems.
 */
module org.creditgov.testkit {
  requires transitive org.creditgov.core;
  requires static com.google.errorprone.annotations;
  requires transitive org.creditgov.rules;
  requires transitive org.creditgov.privacy;
  // JUnit comes with the user's build (5.10 or later), not with the testkit
  requires static org.junit.jupiter.api;
  requires org.slf4j;

  exports org.creditgov.testkit;
  // the storage SPIs' contract suites (DES-6, DES-7, REP-3, PRI-2, SEC-2)
  exports org.creditgov.testkit.store;

  provides org.junit.jupiter.api.extension.Extension with org.creditgov.testkit.SeedReporting;
}
