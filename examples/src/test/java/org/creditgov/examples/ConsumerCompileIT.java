package org.creditgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's program, compiled against the packaged jars of credit-core, credit-rules and
 * credit-privacy with {@code javac -Xlint:all -Werror}, on the class path and as a named module on
 * the module path: it must compile without a single warning. A jar whose class files name an
 * annotation the user does not have (Immutables' {@code @Generated}, say) makes javac warn for
 * each class it reads, and {@code -Werror} fails the build of every user who is that strict.
 *
 * <p>The program uses a public builder of each module, a {@code toBuilder()} copy and a {@code
 * with…} copy, so javac reads the hand-written builders and the generated classes they extend.
 */
class ConsumerCompileIT {

  private static final String PROGRAM = """
      package org.example.consumer;

      import java.time.LocalDate;
      import java.time.Period;
      import org.creditgov.core.catalog.CreditRecord;
      import org.creditgov.core.catalog.SeverityClass;
      import org.creditgov.core.identity.UnifiedSocialCreditCode;
      import org.creditgov.core.jurisdiction.Jurisdiction;
      import org.creditgov.core.legal.LegalBasis;
      import org.creditgov.core.subject.Organisation;
      import org.creditgov.core.subject.SubjectType;
      import org.creditgov.core.verdict.Verdict;
      import org.creditgov.privacy.mask.DataKind;
      import org.creditgov.privacy.redact.RedactionResult;
      import org.creditgov.privacy.redact.Redactor;
      import org.creditgov.rules.designation.Actor;
      import org.creditgov.rules.designation.DesignationCommand;
      import org.creditgov.rules.designation.DocumentRef;
      import org.creditgov.rules.io.BundledLists;
      import org.creditgov.rules.sanction.BodyKind;
      import org.creditgov.rules.sanction.ConductFact;
      import org.creditgov.rules.sanction.Intent;
      import org.creditgov.rules.sanction.SanctionChecker;
      import org.creditgov.rules.sanction.SanctionRequest;
      import org.creditgov.rules.sanction.Trigger;

      /** A departmental program using the library. */
      public final class Consumer {
        private Consumer() {}

        /** Checks a tendering ban, varies it, files an objection and redacts a text. */
        public static void main(String[] args) {
          Organisation company = Organisation.of(SubjectType.LEGAL_PERSON,
              UnifiedSocialCreditCode.parse("91512081MA62K0260E"), "某某建设工程有限公司");
          LegalBasis law = BundledLists.nationalModel().measure("NAT-2021-TENDER-BAN").orElseThrow().legalBases().get(0);
          SanctionRequest request = SanctionRequest.builder("NAT-2021-TENDER-BAN", company, LocalDate.of(2025, 6, 2))
              .jurisdiction(Jurisdiction.of("640381")).implementingBody("青铜峡市发展和改革局")
              .bodyKind(BodyKind.PUBLIC_BODY).trigger(Trigger.CONDUCT_FACT)
              .addConductFact(ConductFact.builder().field("招标投标").severityClass(SeverityClass.SERIOUS)
                  .intent(Intent.INTENTIONAL).date(LocalDate.of(2025, 3, 3)).build())
              .addCitedBasis(law).duration(Period.ofYears(2)).build();
          SanctionRequest longer = request.toBuilder().duration(Period.ofYears(4)).build();
          SanctionChecker checker = SanctionChecker.of(BundledLists.registry());
          Verdict verdict = checker.check(longer.withDate(LocalDate.of(2025, 7, 1)));

          CreditRecord record = CreditRecord.builder().itemCode("NAT-ADMIN-PENALTY").subject(company)
              .decisionDate(LocalDate.of(2025, 6, 2)).documentNumber("青市监罚〔2025〕12号")
              .issuingDepartment("青铜峡市市场监督管理局").submissionDate(LocalDate.of(2025, 6, 4)).build();
          CreditRecord corrected = record.toBuilder().submissionDate(LocalDate.of(2025, 6, 5)).build();

          DesignationCommand.FileObjection objection = DesignationCommand.fileObjection()
              .actor(Actor.of("青铜峡市市场监督管理局", "officer-1", Jurisdiction.of("640381")))
              .on(LocalDate.of(2025, 3, 4))
              .addDocument(DocumentRef.of(DocumentRef.Kind.OBJECTION, "异议-2025-017", LocalDate.of(2025, 3, 4)))
              .build();

          RedactionResult redacted = Redactor.builder().detect(DataKind.MOBILE).build().redact("电话 13800138000");
          System.out.println(verdict.outcome() + " " + corrected.submissionDate() + " "
              + objection.toBuilder().on(LocalDate.of(2025, 3, 5)).build().on() + " " + redacted.spans().size());
        }
      }
      """;

  private static final String MODULE_INFO = """
      /** A user's module. */
      module org.example.consumer {
        requires org.creditgov.rules;
        requires org.creditgov.privacy;
      }
      """;

  @TempDir Path work;

  @Test
  void aUserProgramCompilesWithoutAWarningOnTheClassPath() throws IOException {
    Path src = write(work.resolve("src"), false);
    assertCompilesClean(List.of("-classpath", joined(LibraryJars.userPath())), src);
  }

  @Test
  void aUserModuleCompilesWithoutAWarningOnTheModulePath() throws IOException {
    Path src = write(work.resolve("src"), true);
    assertCompilesClean(List.of("--module-path", joined(LibraryJars.userPath())), src);
  }

  @Test
  void theUserPathHasTheLibraryJarsAndNoImmutablesAnnotations() throws IOException {
    List<Path> path = LibraryJars.userPath();
    assertThat(path).contains(LibraryJars.MODULES.stream().map(LibraryJars::jar).toArray(Path[]::new));
    for (Path jar : path) {
      try (JarFile j = new JarFile(jar.toFile())) {
        assertThat(j.getEntry("org/immutables/value/Value.class"))
            .as("%s: a user of the library does not get Immutables' annotations (they are provided-scope)", jar)
            .isNull();
      }
    }
  }

  private Path write(Path src, boolean module) throws IOException {
    Path program = src.resolve("org/example/consumer/Consumer.java");
    Files.createDirectories(program.getParent());
    Files.writeString(program, PROGRAM, StandardCharsets.UTF_8);
    if (module) {
      Files.writeString(src.resolve("module-info.java"), MODULE_INFO, StandardCharsets.UTF_8);
    }
    return src;
  }

  private void assertCompilesClean(List<String> path, Path src) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    List<Path> sources;
    try (var files = Files.walk(src)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    List<String> options = new ArrayList<>(List.of(
        "-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8", "-d", work.resolve("out").toString()));
    options.addAll(path);
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(output, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
          .call();
      String report = diagnostics.getDiagnostics().stream()
          .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ": ") + d.getKind() + ": "
              + d.getMessage(Locale.ROOT))
          .collect(Collectors.joining("\n"));
      assertThat(diagnostics.getDiagnostics())
          .as("%d diagnostics compiling with %s:%n%s%s", diagnostics.getDiagnostics().size(), path.get(0), report, output)
          .filteredOn(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .isEmpty();
      assertThat(ok).as("javac succeeded%n%s", output).isTrue();
    }
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
