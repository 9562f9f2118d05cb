package org.creditgov.core.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: Jackson lives only at the edge, in {@code org.creditgov.core.catalog.io} and the
 * internal reading support it shares with credit-rules, {@code org.creditgov.core.io}; never in
 * domain types.
 */
class CatalogArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.creditgov.core");

  @Test
  void onlyTheIoPackageUsesJackson() {
    noClasses()
        .that().resideOutsideOfPackages("org.creditgov.core.catalog.io..", "org.creditgov.core.io..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..")
        .check(CORE);
  }

  @Test
  void theDomainDoesNotDependOnItsIoEdge() {
    noClasses()
        .that().resideInAPackage("org.creditgov.core.catalog")
        .should().dependOnClassesThat().resideInAnyPackage("org.creditgov.core.catalog.io..", "org.creditgov.core.io..")
        .check(CORE);
  }
}
