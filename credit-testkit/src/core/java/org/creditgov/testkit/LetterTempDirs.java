package org.creditgov.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDirFactory;

/**
 * A JUnit {@code @TempDir} factory whose directories are named in letters only ({@code
 * creditgov-} and 16 random lowercase letters, under {@code java.io.tmpdir}). JUnit's own names end
 * in a random number of up to 19 digits, which the logging policy's check ({@link
 * LoggingPolicySuite}) rightly reports as a bank-card number when it happens to be Luhn-valid and a
 * log line quotes the path (a refused data file, say). Register it for a module's tests in {@code
 * src/test/resources/junit-platform.properties}:
 *
 * <pre>
 * junit.jupiter.tempdir.factory.default=org.creditgov.testkit.LetterTempDirs
 * </pre>
 */
public final class LetterTempDirs implements TempDirFactory {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Creates the factory (JUnit does). */
  public LetterTempDirs() {}

  @Override
  public Path createTempDirectory(AnnotatedElementContext elementContext, ExtensionContext extensionContext)
      throws IOException {
    Path parent = Path.of(System.getProperty("java.io.tmpdir"));
    for (int attempt = 0; ; attempt++) {
      StringBuilder name = new StringBuilder("creditgov-");
      for (int i = 0; i < 16; i++) {
        name.append((char) ('a' + RANDOM.nextInt(26)));
      }
      try {
        return Files.createDirectory(parent.resolve(name.toString()));
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt >= 8) {
          throw e;
        }
      }
    }
  }
}
