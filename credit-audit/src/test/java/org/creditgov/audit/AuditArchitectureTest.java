package org.creditgov.audit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.creditgov.core.identity.ResidentIdNumber;
import org.junit.jupiter.api.Test;

/**
 * SEC-2: credit-audit depends on credit-core, Guava, JSpecify and the JDK only, never reads the
 * wall clock (checkpoint times come from the injected clock), and its two packages have no cycle.
 */
class AuditArchitectureTest {

  private static final JavaClasses MAIN = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.creditgov.audit");

  @Test
  void sec2_dependsOnCreditCoreAndTheJdkOnly() {
    org.assertj.core.api.Assertions.assertThat(MAIN.size()).as("main classes imported").isGreaterThan(30);
    classes().that().resideInAPackage("org.creditgov.audit..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "javax.crypto..", "com.google.common..", "org.jspecify..", "com.google.errorprone.annotations..", "org.creditgov.core..", "org.creditgov.audit..")
        .check(MAIN);
  }

  @Test
  void sec2_neverReadsTheWallClock() {
    noClasses().that().resideInAPackage("org.creditgov.audit..")
        .should().callMethod(Instant.class, "now")
        .orShould().callMethod(LocalDate.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(Clock.class, "systemUTC")
        .orShould().callMethod(Clock.class, "systemDefaultZone")
        .orShould().callMethod(ResidentIdNumber.class, "isValid", String.class)
        .check(MAIN);
  }

  @Test
  void sec2_thePackagesHaveNoCycle() {
    slices().matching("org.creditgov.audit.(**)").should().beFreeOfCycles().check(MAIN);
  }
}
