package org.creditgov.core.catalog;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: JSON lives only at the edge. In credit-core Jackson (2 and 3) and the JSON Schema
 * validator are used by {@code org.creditgov.core.catalog.io} and the reading support every format
 * shares, {@code org.creditgov.core.io}, and never by a domain type, so that a user who loads no
 * file needs neither (they are optional dependencies).
 */
class CatalogArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.creditgov.core");

  @Test
  void onlyTheIoPackagesUseJacksonOrTheSchemaValidator() {
    noClasses()
        .that().resideOutsideOfPackages("org.creditgov.core.catalog.io..", "org.creditgov.core.io..", "org.creditgov.core.json..")
        .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..", "com.networknt..")
        .check(CORE);
  }

  @Test
  void theDomainDoesNotDependOnItsIoEdge() {
    noClasses()
        .that().resideInAnyPackage("org.creditgov.core.catalog", "org.creditgov.core.ruleset", "org.creditgov.core.data")
        .should().dependOnClassesThat().resideInAnyPackage("org.creditgov.core.catalog.io..", "org.creditgov.core.io..")
        .check(CORE);
  }
}
