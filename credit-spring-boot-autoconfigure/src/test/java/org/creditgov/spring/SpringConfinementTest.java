package org.creditgov.spring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * No Spring type in the library's domain modules (issue 15): credit-core, credit-rules,
 * credit-privacy and credit-audit never depend on {@code org.springframework}; Spring stays in the
 * starter. The rule is shown to catch a dependency on the starter's own classes, which have one.
 */
class SpringConfinementTest {

  private static final ArchRule NO_SPRING = noClasses().should().dependOnClassesThat()
      .resideInAnyPackage("org.springframework..").because("the domain modules run without Spring");

  @Test
  void theDomainModulesDependOnNoSpringType() {
    JavaClasses domain = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.creditgov.core", "org.creditgov.rules", "org.creditgov.privacy", "org.creditgov.audit");
    assertThat(domain.size()).as("classes imported from the four modules").isGreaterThan(300);
    NO_SPRING.check(domain);
  }

  @Test
  void theRuleCatchesASpringDependency() {
    JavaClasses starter = new ClassFileImporter().importClasses(CreditReferenceDataAutoConfiguration.class);
    assertThat(NO_SPRING.evaluate(starter).hasViolation()).isTrue();
  }
}
