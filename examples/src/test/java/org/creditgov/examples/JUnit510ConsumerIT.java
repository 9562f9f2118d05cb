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
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vendor whose build has JUnit 5.10 uses the testkit: the worked example of docs/testkit.md
 * ({@code vendor/CountyRegisterSuitesTest.java}, the very file this module's tests run with JUnit
 * 6) is compiled against the packaged library and testkit jars with JUnit 5.10.3 instead of the
 * JUnit this build uses, and run in a JVM of its own on the JUnit 5.10 platform: every dynamic
 * test of the three suites is found and passes. The testkit brings no JUnit of its own (its JUnit
 * dependency is {@code provided}).
 */
class JUnit510ConsumerIT {

  private static final String RUNNER = """
      package org.example.run;

      import org.junit.platform.launcher.Launcher;
      import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
      import org.junit.platform.launcher.core.LauncherFactory;
      import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
      import org.junit.platform.launcher.listeners.TestExecutionSummary;
      import org.junit.platform.engine.discovery.DiscoverySelectors;

      public final class Run {
        public static void main(String[] args) {
          Launcher launcher = LauncherFactory.create();
          SummaryGeneratingListener listener = new SummaryGeneratingListener();
          launcher.execute(LauncherDiscoveryRequestBuilder.request()
              .selectors(DiscoverySelectors.selectClass(args[0])).build(), listener);
          TestExecutionSummary s = listener.getSummary();
          System.out.println("junit-jupiter-api " + org.junit.jupiter.api.Test.class.getPackage().getImplementationVersion());
          System.out.println("succeeded " + s.getTestsSucceededCount() + ", failed " + s.getTotalFailureCount());
          s.printFailuresTo(new java.io.PrintWriter(System.out, true), 20);
          System.exit(s.getTotalFailureCount() == 0 && s.getTestsSucceededCount() > 0 ? 0 : 1);
        }
      }
      """;

  @TempDir Path work;

  @Test
  void theWorkedExampleCompilesAndPassesOnJUnit510() throws Exception {
    List<Path> junit = junit510();
    LibraryJars.jar("credit-testkit");
    List<Path> path = new ArrayList<>(withoutJUnit(LibraryJars.userPath()));
    path.addAll(junit);
    Path example = LibraryJars.root().resolve("examples/src/test/java/org/creditgov/examples/vendor/CountyRegisterSuitesTest.java");
    Path runner = work.resolve("src/org/example/run/Run.java");
    Files.createDirectories(runner.getParent());
    Files.writeString(runner, RUNNER, StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    compile(path, out, List.of(example, runner));

    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", out + File.pathSeparator + joined(path), "org.example.run.Run",
        "org.creditgov.examples.vendor.CountyRegisterSuitesTest"));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(output).contains("junit-jupiter-api 5.10.3")
        // 9 designation requirements, 8 sanction requirements (REP-5 joined SAN-1 … SAN-6 and CAT-4 with
        // sanction.FOUNDED_ON_REPAIRED_INFORMATION), 2 × 10 masking kinds
        .contains("succeeded 37, failed 0");
  }

  @Test
  void theTestkitBringsNoJUnitOfItsOwn() throws IOException {
    String pom = Files.readString(LibraryJars.root().resolve("credit-testkit/pom.xml"), StandardCharsets.UTF_8);
    java.util.regex.Matcher junit = java.util.regex.Pattern.compile(
        "<dependency>\\s*<groupId>org\\.junit[^<]*</groupId>\\s*<artifactId>([^<]+)</artifactId>(.*?)</dependency>",
        java.util.regex.Pattern.DOTALL).matcher(pom);
    List<String> seen = new ArrayList<>();
    while (junit.find()) {
      seen.add(junit.group(1));
      assertThat(junit.group(2)).as("credit-testkit's dependency on %s", junit.group(1))
          .containsPattern("<scope>(provided|test)</scope>");
    }
    assertThat(seen).contains("junit-jupiter-api");
  }

  /** The JUnit 5.10 jars the POM copies into target/junit-5.10. */
  private static List<Path> junit510() throws IOException {
    String dir = System.getProperty("creditgov.junit510");
    assertThat(dir).as("system property creditgov.junit510 (run through mvn verify)").isNotBlank();
    try (Stream<Path> jars = Files.list(Path.of(dir))) {
      List<Path> found = jars.filter(j -> j.toString().endsWith(".jar")).sorted().toList();
      assertThat(found).extracting(j -> j.getFileName().toString())
          .contains("junit-jupiter-api-5.10.3.jar", "junit-jupiter-engine-5.10.3.jar", "junit-platform-launcher-1.10.3.jar");
      return found;
    }
  }

  /** A user's path without this build's JUnit (and its opentest4j and apiguardian). */
  private static List<Path> withoutJUnit(List<Path> path) {
    return path.stream().filter(j -> {
      String name = j.getFileName().toString();
      return !name.startsWith("junit-") && !name.startsWith("opentest4j-") && !name.startsWith("apiguardian-")
          && !name.startsWith("assertj-");
    }).toList();
  }

  private void compile(List<Path> path, Path out, List<Path> sources) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ok = javac.getTask(output, files, null, List.of("--release", "17", "-encoding", "UTF-8", "-Xlint:all",
          "-Werror", "-proc:none", "-d", out.toString(), "-classpath", joined(path)), null,
          files.getJavaFileObjectsFromPaths(sources)).call();
      assertThat(ok).as("javac with JUnit 5.10 on the class path:%n%s", output).isTrue();
    }
  }

  private static String joined(List<Path> paths) {
    return paths.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
  }
}
