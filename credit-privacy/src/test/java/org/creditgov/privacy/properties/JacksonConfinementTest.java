package org.creditgov.privacy.properties;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md: Jackson lives at the edge; in credit-privacy only the jackson (serialisation of DTOs),
 * io (the purpose-catalog format, the durable query log) and json (the canonical forms) packages
 * may use it and the schema validator, and no domain package depends on them, so Jackson stays an
 * optional dependency.
 */
class JacksonConfinementTest {

  private static final String[] EDGE = {"org.creditgov.privacy.jackson..", "org.creditgov.privacy.io..", "org.creditgov.privacy.json.."};

  private final JavaClasses privacy =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.creditgov.privacy");

  @Test
  void onlyTheEdgePackagesDependOnJackson() {
    noClasses()
        .that()
        .resideOutsideOfPackages(EDGE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..", "com.networknt..")
        .check(privacy);
  }

  @Test
  void noDomainPackageDependsOnTheEdgePackages() {
    noClasses()
        .that()
        .resideOutsideOfPackages(EDGE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(EDGE)
        .check(privacy);
  }
}
