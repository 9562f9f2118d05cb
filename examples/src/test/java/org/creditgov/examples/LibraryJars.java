package org.creditgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The library's packaged jars as a user gets them: this module's integration tests run after
 * {@code package}, and in a reactor build the library modules are on their class path as their
 * jars (the files {@code mvn verify} builds in each module's {@code target}).
 */
final class LibraryJars {

  /** The library modules a user's program compiles against. */
  static final List<String> MODULES = List.of("credit-core", "credit-rules", "credit-privacy");

  private LibraryJars() {}

  /** The version the build passes in ({@code creditgov.version}, set by this module's POM). */
  static String version() {
    String v = System.getProperty("creditgov.version");
    assertThat(v).as("system property creditgov.version (run through mvn verify)").isNotBlank();
    return v;
  }

  /** The repository's root directory ({@code creditgov.root}, set by this module's POM). */
  static Path root() {
    String r = System.getProperty("creditgov.root");
    assertThat(r).as("system property creditgov.root (run through mvn verify)").isNotBlank();
    return Path.of(r).toAbsolutePath().normalize();
  }

  /** This test's class path, entry by entry. */
  static List<Path> classPath() {
    return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isEmpty()).map(Path::of).toList();
  }

  /**
   * The packaged jar of a library module on this test's class path.
   *
   * @throws AssertionError if it is not there, or is a directory of classes rather than a jar
   */
  static Path jar(String module) {
    String name = module + "-" + version() + ".jar";
    List<Path> found = classPath().stream().filter(p -> p.getFileName().toString().equals(name)).toList();
    assertThat(found).as("%s on the class path %s (run mvn verify: the jars are built in package)", name, classPath())
        .hasSize(1);
    assertThat(found.get(0)).isRegularFile();
    return found.get(0);
  }

  /**
   * A user's class path: the library's jars and every jar they bring, as this module depends on
   * them; this module's own classes are not on it.
   */
  static List<Path> userPath() {
    MODULES.forEach(LibraryJars::jar);
    return classPath().stream()
        .filter(Files::isRegularFile)
        .filter(p -> p.getFileName().toString().endsWith(".jar"))
        .filter(p -> !p.getFileName().toString().startsWith("examples-"))
        .toList();
  }
}
