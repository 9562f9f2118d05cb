package org.creditgov.privacy.properties;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** DESIGN.md: Jackson lives at the edge; in credit-privacy only the jackson package may use it. */
class JacksonConfinementTest {

  private final JavaClasses privacy =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.creditgov.privacy");

  @Test
  void onlyTheJacksonPackageDependsOnJackson() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.creditgov.privacy.jackson..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..")
        .check(privacy);
  }

  @Test
  void noOtherPackageDependsOnTheJacksonPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.creditgov.privacy.jackson..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.creditgov.privacy.jackson..")
        .check(privacy);
  }
}
