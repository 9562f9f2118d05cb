package org.creditgov.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.archcyclea.A;
import org.creditgov.core.archcycleb.B;
import org.creditgov.core.archfixture.CoreUsingTheModulesAboveIt;
import org.creditgov.core.archfixture.DomainUsingJackson;
import org.creditgov.core.archfixture.ExposesItsGeneratedTypes;
import org.creditgov.core.archfixture.FollowsTheStyle;
import org.creditgov.core.archfixture.Prints;
import org.creditgov.core.archfixture.ReadsTheSystemClock;
import org.creditgov.core.archfixture.UsesAnInjectedClock;
import org.creditgov.core.archfixture.io.JsonAtTheEdge;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.examples.archfixture.ExamplePrints;
import org.creditgov.privacy.archfixture.PrivacyUsingRules;
import org.creditgov.privacy.archfixture.PrivacyUsingTestkit;
import org.creditgov.rules.archfixture.RulesUsingPrivacy;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.testkit.IdentifierGenerators;
import org.junit.jupiter.api.Test;

/**
 * The module directions and conventions of DESIGN.md, enforced on the main code of every library
 * module on this module's class path (core, rules, privacy, testkit), test classes excluded:
 * core depends on nothing above it; rules and privacy never on each other; only the testkit (and
 * the benchmarks) on the testkit; no package cycles; time is injected (DESIGN.md: a {@code Clock},
 * never {@code Instant.now()} in domain code); Jackson only at the edge; no printing; and the public
 * API is made of hand-written types only (DESIGN.md, "Layout"): no public signature names a type
 * Immutables generated.
 *
 * <p>A rule that checks nothing passes whatever the code does, so each rule is also evaluated on
 * deliberate violations (test fixtures under {@code org.creditgov.*.archfixture} and {@code org.creditgov.core.archcycle*}) and must report
 * them, and the imported class set must hold the library's classes.
 */
class ArchitectureTest {

  /** The library's main classes: everything under org.creditgov on the class path but test classes. */
  private static final JavaClasses LIBRARY =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.creditgov");

  /** The deliberate violations, and a few classes that follow the rules beside them. */
  private static final JavaClasses FIXTURES =
      new ClassFileImporter()
          .importClasses(
              CoreUsingTheModulesAboveIt.class, ReadsTheSystemClock.class, UsesAnInjectedClock.class,
              DomainUsingJackson.class, JsonAtTheEdge.class, Prints.class, A.class, B.class,
              RulesUsingPrivacy.class, PrivacyUsingRules.class, PrivacyUsingTestkit.class,
              ExamplePrints.class, ChinaTime.class, ExposesItsGeneratedTypes.class,
              ExposesItsGeneratedTypes.MoreBuilder.class, ExposesItsGeneratedTypes.Builder.class, FollowsTheStyle.class, FollowsTheStyle.Builder.class);

  static final ArchRule CORE_DEPENDS_ON_NOTHING_ABOVE_IT =
      noClasses().that().resideInAPackage("org.creditgov.core..")
          .should().dependOnClassesThat().resideInAnyPackage(
              "org.creditgov.rules..", "org.creditgov.privacy..", "org.creditgov.testkit..",
              "org.creditgov.examples..", "org.creditgov.bench..")
          .because("credit-core is the foundation every other module builds on (DESIGN.md, Modules)");

  // rules and privacy have no classes yet: their rules may check nothing until they do
  static final ArchRule RULES_NEVER_DEPEND_ON_PRIVACY =
      noClasses().that().resideInAPackage("org.creditgov.rules..")
          .should().dependOnClassesThat().resideInAPackage("org.creditgov.privacy..")
          .because("credit-rules and credit-privacy never depend on each other (DESIGN.md)")
          .allowEmptyShould(true);

  static final ArchRule PRIVACY_NEVER_DEPENDS_ON_RULES =
      noClasses().that().resideInAPackage("org.creditgov.privacy..")
          .should().dependOnClassesThat().resideInAPackage("org.creditgov.rules..")
          .because("credit-rules and credit-privacy never depend on each other (DESIGN.md)")
          .allowEmptyShould(true);

  static final ArchRule ONLY_THE_TESTKIT_DEPENDS_ON_THE_TESTKIT =
      noClasses().that().resideOutsideOfPackages("org.creditgov.testkit..", "org.creditgov.bench..")
          .should().dependOnClassesThat().resideInAPackage("org.creditgov.testkit..")
          .because("the testkit is test support; the benchmarks use its generators for their inputs");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching("org.creditgov.(*).(*)..").namingSlices("$1.$2").should().beFreeOfCycles();

  static final ArchRule TIME_IS_INJECTED =
      noClasses().that().doNotHaveFullyQualifiedName(ChinaTime.class.getName())
          .should().callMethodWhere(readsTheSystemClock())
          .because("time is injected as a Clock (DESIGN.md); ChinaTime is the one clock adapter");

  static final ArchRule JACKSON_ONLY_AT_THE_EDGE =
      noClasses().that().resideOutsideOfPackages("..jackson..", "..io..", "..json..")
          .should().dependOnClassesThat().resideInAnyPackage("com.fasterxml.jackson..", "tools.jackson..", "com.networknt..")
          .because("Jackson and the schema validator live in an io, json or jackson package at the edge, never in domain"
              + " types (DESIGN.md)")
          .allowEmptyShould(true);

  static final ArchRule NO_PRINTING =
      noClasses().that().resideOutsideOfPackage("org.creditgov.examples..")
          .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
          .because("a library logs through SLF4J or returns findings; only examples print");

  /**
   * The public API is hand-written (DESIGN.md, "Layout"; {@code CreditStyle}): no public type is
   * generated; no public or protected member of a public type names a generated type in its
   * signature (return type, parameter types, field type, type-parameter bounds, thrown types, and
   * every type argument in them); and no public type extends or implements a generated type, but
   * for the nested {@code X.Builder} of a value type {@code X}, which extends the generated {@code
   * ImmutableX.Builder} (the generated setters then return {@code X.Builder}).
   */
  static final ArchRule NO_GENERATED_TYPE_IN_THE_PUBLIC_API =
      classes().that(arePublicTypes())
          .should(nameNoGeneratedType())
          .because("generated implementations are package-private; the public API is the hand-written value types "
              + "and their nested builders (CreditStyle)");

  static final List<ArchRule> ALL =
      List.of(
          CORE_DEPENDS_ON_NOTHING_ABOVE_IT, RULES_NEVER_DEPEND_ON_PRIVACY, PRIVACY_NEVER_DEPENDS_ON_RULES,
          ONLY_THE_TESTKIT_DEPENDS_ON_THE_TESTKIT, NO_PACKAGE_CYCLES, TIME_IS_INJECTED,
          JACKSON_ONLY_AT_THE_EDGE, NO_PRINTING, NO_GENERATED_TYPE_IN_THE_PUBLIC_API);

  /**
   * Whether Immutables generated the class: its outermost class is named {@code ImmutableX} (the
   * names the project's style keeps, {@code typeImmutable} and {@code typeImmutableEnclosing}), in
   * a package of the library. {@link #theGeneratedTypesAreFoundByTheirNames()} checks that each
   * such class has the hand-written {@code X} it was generated from beside it.
   */
  static boolean isGenerated(JavaClass c) {
    JavaClass top = outermost(c);
    String name = top.getSimpleName();
    return top.getPackageName().startsWith("org.creditgov.")
        && name.startsWith(GENERATED_PREFIX)
        && name.length() > GENERATED_PREFIX.length()
        && Character.isUpperCase(name.charAt(GENERATED_PREFIX.length()));
  }

  private static final String GENERATED_PREFIX = "Immutable";

  private static JavaClass outermost(JavaClass c) {
    JavaClass top = c;
    for (Optional<JavaClass> e = c.getEnclosingClass(); e.isPresent(); e = e.get().getEnclosingClass()) {
      top = e.get();
    }
    return top;
  }

  /** A type others can name: public, and nested only in public types. */
  private static DescribedPredicate<JavaClass> arePublicTypes() {
    return DescribedPredicate.describe("are public types", c -> {
      for (Optional<JavaClass> t = Optional.of(c); t.isPresent(); t = t.get().getEnclosingClass()) {
        if (!t.get().getModifiers().contains(JavaModifier.PUBLIC)) {
          return false;
        }
      }
      return !c.isAnonymousClass() && !c.isLocalClass();
    });
  }

  /**
   * The nested {@code Builder} a value type {@code X} declares: public, final, named {@code Builder},
   * nested in {@code X}, and extending exactly {@code ImmutableX.Builder}.
   */
  private static boolean isTheValueTypesOwnBuilder(JavaClass c) {
    Optional<JavaClass> value = c.getEnclosingClass();
    Optional<JavaClass> superclass = c.getRawSuperclass();
    if (!c.getSimpleName().equals("Builder") || !c.getModifiers().contains(JavaModifier.FINAL)
        || value.isEmpty() || superclass.isEmpty()) {
      return false;
    }
    String pkg = c.getPackageName();
    String generatedBuilder =
        pkg + "." + GENERATED_PREFIX + value.get().getName().substring(pkg.length() + 1) + "$Builder";
    return superclass.get().getName().equals(generatedBuilder);
  }

  private static ArchCondition<JavaClass> nameNoGeneratedType() {
    return new ArchCondition<>("name no generated type in their public signatures") {
      @Override
      public void check(JavaClass c, ConditionEvents events) {
        List<String> problems = new ArrayList<>();
        if (isGenerated(c)) {
          problems.add(c.getName() + " is generated and public");
        }
        Set<JavaClass> supertypes = new LinkedHashSet<>();
        c.getSuperclass().ifPresent(t -> supertypes.addAll(t.getAllInvolvedRawTypes()));
        c.getInterfaces().forEach(t -> supertypes.addAll(t.getAllInvolvedRawTypes()));
        for (JavaClass s : supertypes) {
          if (isGenerated(s) && !(isTheValueTypesOwnBuilder(c) && c.getRawSuperclass().orElseThrow().equals(s))) {
            problems.add(c.getName() + " extends or implements the generated " + s.getName());
          }
        }
        for (JavaMember m : c.getMembers()) {
          if (!m.getModifiers().contains(JavaModifier.PUBLIC) && !m.getModifiers().contains(JavaModifier.PROTECTED)) {
            continue;
          }
          for (JavaClass t : signatureTypes(m)) {
            if (isGenerated(t)) {
              problems.add(m.getFullName() + " names the generated " + t.getName());
            }
          }
        }
        if (problems.isEmpty()) {
          events.add(SimpleConditionEvent.satisfied(c, c.getName() + " names no generated type"));
        }
        problems.forEach(p -> events.add(SimpleConditionEvent.violated(c, p)));
      }
    };
  }

  /** Every raw type a member's signature names, type arguments and bounds included. */
  private static Set<JavaClass> signatureTypes(JavaMember m) {
    Set<JavaClass> types = new LinkedHashSet<>();
    if (m instanceof JavaField f) {
      types.addAll(f.getType().getAllInvolvedRawTypes());
    } else if (m instanceof JavaCodeUnit u) {
      types.addAll(u.getReturnType().getAllInvolvedRawTypes());
      for (JavaType p : u.getParameterTypes()) {
        types.addAll(p.getAllInvolvedRawTypes());
      }
      u.getTypeParameters().forEach(p -> types.addAll(p.getAllInvolvedRawTypes()));
      u.getThrowsClause().getTypes().forEach(t -> types.addAll(t.getAllInvolvedRawTypes()));
    }
    return types;
  }

  /**
   * A call that reads the system clock: {@code now()} of a {@code java.time} type without a
   * {@link Clock} argument (a zone is not a clock), {@code Clock.system*()}, or {@code
   * System.currentTimeMillis()}.
   */
  private static DescribedPredicate<JavaMethodCall> readsTheSystemClock() {
    return DescribedPredicate.describe("read the system clock", call -> {
      String owner = call.getTargetOwner().getName();
      String name = call.getName();
      if (owner.equals(System.class.getName())) {
        return name.equals("currentTimeMillis");
      }
      if (owner.equals(Clock.class.getName())) {
        return name.startsWith("system");
      }
      return owner.startsWith("java.time.")
          && name.equals("now")
          && call.getTarget().getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(Clock.class));
    });
  }

  // ------------------------------------------------------------------ the library obeys the rules

  @Test
  void theImportedClassesAreTheLibrarysMainCodeWithoutTests() {
    assertThat(LIBRARY.contain(UnifiedSocialCreditCode.class)).isTrue();
    assertThat(LIBRARY.contain(WorkingDayCalendar.class)).isTrue();
    assertThat(LIBRARY.contain(ChinaTime.class)).isTrue();
    assertThat(LIBRARY.contain(IdentifierGenerators.class)).isTrue();
    assertThat(LIBRARY.stream().filter(c -> c.getPackageName().startsWith("org.creditgov.core.")).count())
        .isGreaterThan(30);
    assertThat(LIBRARY.contain(ArchitectureTest.class)).isFalse();
    assertThat(LIBRARY.contain(Prints.class)).isFalse();
    assertThat(LIBRARY.stream().map(HasName::getName)).noneMatch(n -> n.contains(".archfixture") || n.contains(".archcycle") || n.endsWith("Test"));
  }

  @Test
  void coreDependsOnNoModuleAboveIt() {
    CORE_DEPENDS_ON_NOTHING_ABOVE_IT.check(LIBRARY);
  }

  @Test
  void rulesAndPrivacyNeverDependOnEachOther() {
    RULES_NEVER_DEPEND_ON_PRIVACY.check(LIBRARY);
    PRIVACY_NEVER_DEPENDS_ON_RULES.check(LIBRARY);
  }

  @Test
  void onlyTheTestkitDependsOnTheTestkit() {
    ONLY_THE_TESTKIT_DEPENDS_ON_THE_TESTKIT.check(LIBRARY);
  }

  @Test
  void noCyclesBetweenPackages() {
    NO_PACKAGE_CYCLES.check(LIBRARY);
  }

  @Test
  void onlyTheClockAdapterReadsTheSystemClock() {
    TIME_IS_INJECTED.check(LIBRARY);
  }

  @Test
  void jacksonOnlyAtTheEdge() {
    JACKSON_ONLY_AT_THE_EDGE.check(LIBRARY);
  }

  @Test
  void noLibraryClassPrints() {
    NO_PRINTING.check(LIBRARY);
  }

  @Test
  void noPublicSignatureNamesAGeneratedType() {
    NO_GENERATED_TYPE_IN_THE_PUBLIC_API.check(LIBRARY);
  }

  @Test
  void theGeneratedTypesAreFoundByTheirNames() {
    List<JavaClass> generated = LIBRARY.stream().filter(ArchitectureTest::isGenerated).toList();
    assertThat(generated).extracting(JavaClass::getName).contains(
        SanctionRequest.class.getPackageName() + ".ImmutableSanctionRequest$Builder",
        DesignationCommand.class.getPackageName() + ".ImmutableDesignationCommand$Propose$Builder");
    for (JavaClass c : generated) {
      JavaClass top = outermost(c);
      String handWritten = top.getPackageName() + "." + top.getSimpleName().substring(GENERATED_PREFIX.length());
      assertThat(LIBRARY.contain(handWritten)).as("%s is generated from %s", c.getName(), handWritten).isTrue();
    }
  }

  // ------------------------------------------------------------------ each rule can fail

  @Test
  void coreRuleReportsEachModuleAboveCore() {
    EvaluationResult result = CORE_DEPENDS_ON_NOTHING_ABOVE_IT.evaluate(FIXTURES);
    assertThat(result.hasViolation()).isTrue();
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertThat(report).contains(
        "org.creditgov.testkit.Seeds", RulesUsingPrivacy.class.getName(), PrivacyUsingTestkit.class.getName(),
        ExamplePrints.class.getName(), "org.creditgov.bench.archfixture.BenchFixture");
  }

  @Test
  void rulesAndPrivacyRulesReportTheirViolations() {
    assertViolatedBy(RULES_NEVER_DEPEND_ON_PRIVACY, RulesUsingPrivacy.class);
    assertViolatedBy(PRIVACY_NEVER_DEPENDS_ON_RULES, PrivacyUsingRules.class);
  }

  @Test
  void testkitRuleReportsALibraryClassUsingTheTestkit() {
    assertViolatedBy(ONLY_THE_TESTKIT_DEPENDS_ON_THE_TESTKIT, PrivacyUsingTestkit.class);
  }

  @Test
  void cycleRuleReportsAPackageCycle() {
    EvaluationResult result = NO_PACKAGE_CYCLES.evaluate(FIXTURES);
    assertThat(result.hasViolation()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(A.class.getName(), B.class.getName());
  }

  @Test
  void clockRuleReportsEveryWayOfReadingTheSystemClockAndNoInjectedClock() {
    EvaluationResult result = TIME_IS_INJECTED.evaluate(FIXTURES);
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertThat(report).contains(
        "Instant.now()", "LocalDate.now()", "LocalDate.now(java.time.ZoneId)", "LocalDateTime.now()",
        "ZonedDateTime.now()", "System.currentTimeMillis()");
    assertThat(report).doesNotContain(UsesAnInjectedClock.class.getName());
    assertThat(report).as("ChinaTime, the clock adapter, is exempt, though it reads the system clock")
        .doesNotContain(ChinaTime.class.getName());
  }

  @Test
  void jacksonRuleReportsADomainTypeAndSparesAnIoPackage() {
    EvaluationResult result = JACKSON_ONLY_AT_THE_EDGE.evaluate(FIXTURES);
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertThat(report).contains(DomainUsingJackson.class.getName()).doesNotContain(JsonAtTheEdge.class.getName());
  }

  @Test
  void printingRuleReportsALibraryClassAndSparesExamples() {
    EvaluationResult result = NO_PRINTING.evaluate(FIXTURES);
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertThat(report).contains(Prints.class.getName()).doesNotContain(ExamplePrints.class.getName());
  }

  @Test
  void generatedTypeRuleReportsEachWayOfNamingAGeneratedTypeAndSparesTheStyle() {
    EvaluationResult result = NO_GENERATED_TYPE_IN_THE_PUBLIC_API.evaluate(FIXTURES);
    String report = String.join("\n", result.getFailureReport().getDetails());
    String value = ExposesItsGeneratedTypes.class.getName();
    String generated = ExposesItsGeneratedTypes.class.getPackageName() + ".ImmutableExposesItsGeneratedTypes";
    assertThat(report).contains(
        value + ".builder() names the generated " + generated + "$Builder",
        value + ".count(java.util.List) names the generated " + generated,
        value + ".same(" + generated + ") names the generated " + generated,
        value + ".EXAMPLE names the generated " + generated,
        ExposesItsGeneratedTypes.MoreBuilder.class.getName() + " extends or implements the generated " + generated
            + "$Builder");
    assertThat(report).as("the value type of the style and its own nested builder are not reported")
        .doesNotContain(FollowsTheStyle.class.getName())
        .doesNotContain(ExposesItsGeneratedTypes.Builder.class.getName() + " ");
  }

  @Test
  void everyRuleIsShownToFail() {
    for (ArchRule rule : ALL) {
      assertThat(rule.evaluate(FIXTURES).hasViolation()).as(rule.getDescription()).isTrue();
    }
  }

  private static void assertViolatedBy(ArchRule rule, Class<?> violator) {
    EvaluationResult result = rule.evaluate(FIXTURES);
    assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
    assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(violator.getName());
  }
}
