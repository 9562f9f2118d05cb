package org.creditgov.spring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.audit.NoteSigner;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The runner of the starter's auto-configurations, as the imports file lists them, and test keys. */
final class Contexts {

  /** A pseudonym key: 32 distinct bytes, Base64. */
  static final String PSEUDONYM_KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";
  /** The audit log's origin: the signer key's name. */
  static final String ORIGIN = "test.creditgov/decision-log";
  /** A checkpoint signer key. */
  static final String SIGNER_KEY = NoteSigner.generate(ORIGIN).encodedPrivateKey();

  private Contexts() {}

  /** Every auto-configuration of the imports file, in its order. */
  static Class<?>[] autoConfigurations() {
    String name = "META-INF/spring/" + AutoConfiguration.class.getName() + ".imports";
    try (InputStream in = Contexts.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing");
      }
      List<Class<?>> classes = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          classes.add(Class.forName(line.trim()));
        }
      }
      return classes.toArray(new Class<?>[0]);
    } catch (IOException | ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A runner with the starter's auto-configurations. */
  static ApplicationContextRunner runner() {
    return new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(autoConfigurations()));
  }

  /** A runner with a pseudonym key too. */
  static ApplicationContextRunner withKey() {
    return runner().withPropertyValues("creditgov.privacy.pseudonym-key=" + PSEUDONYM_KEY);
  }
}
