package org.creditgov.rules.sanction;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: in credit-rules Jackson and the schema validator live only at the edge — {@code
 * org.creditgov.rules.io}, {@code org.creditgov.rules.designation.io} (the list-type format) and
 * {@code org.creditgov.rules.json} (the canonical JSON forms); the domain does not depend on them nor
 * on its io edge; sanctions know neither the workflow check nor incentives.
 */
class SanctionArchitectureTest {

  private static final JavaClasses RULES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.creditgov.rules");

  @Test
  void onlyTheIoPackageUsesJacksonOrTheSchemaValidator() {
    noClasses().that().resideOutsideOfPackages("org.creditgov.rules.io..", "org.creditgov.rules.designation.io..",
            "org.creditgov.rules.repair.io..",
            "org.creditgov.rules.json..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..", "com.networknt..")
        .check(RULES);
  }

  @Test
  void theDomainDoesNotDependOnItsIoEdge() {
    noClasses().that().resideInAnyPackage("org.creditgov.rules.sanction", "org.creditgov.rules.incentive", "org.creditgov.rules")
        .should().dependOnClassesThat().resideInAnyPackage("org.creditgov.rules.io..", "org.creditgov.core.io..").check(RULES);
  }

  @Test
  void sanctionsDoNotDependOnTheWorkflowCheckOrIncentives() {
    noClasses().that().resideInAPackage("org.creditgov.rules.sanction")
        .should().dependOnClassesThat().resideInAnyPackage("org.creditgov.rules", "org.creditgov.rules.incentive").check(RULES);
  }
}
