package org.creditgov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What every jar of the library carries, as the parent POM configures it once: the repository's
 * Apache 2.0 {@code LICENSE} and its {@code NOTICE} in {@code META-INF/}, and {@code
 * Implementation-Title} and {@code Implementation-Version} in the manifest. Checked on the main,
 * sources and Javadoc jars of credit-core, credit-rules and credit-privacy, as the build leaves them
 * beside one another in each module's {@code target}.
 */
class LibraryJarsIT {

  @Test
  void everyJarOfTheLibraryCarriesTheLicenceNoticeAndImplementationEntries() throws IOException {
    byte[] licence = Files.readAllBytes(LibraryJars.root().resolve("LICENSE"));
    byte[] notice = Files.readAllBytes(LibraryJars.root().resolve("NOTICE"));
    assertThat(new String(licence, java.nio.charset.StandardCharsets.UTF_8)).contains("Apache License", "Version 2.0");
    List<Path> checked = new ArrayList<>();
    for (String module : LibraryJars.MODULES) {
      Path main = LibraryJars.jar(module);
      for (String classifier : List.of("", "-sources", "-javadoc")) {
        Path jar = main.resolveSibling(module + "-" + LibraryJars.version() + classifier + ".jar");
        assertThat(jar).as("the %s jar of %s", classifier.isEmpty() ? "main" : classifier.substring(1), module)
            .isRegularFile();
        try (JarFile j = new JarFile(jar.toFile())) {
          assertThat(bytes(j, "META-INF/LICENSE")).as("%s META-INF/LICENSE", jar).isEqualTo(licence);
          assertThat(bytes(j, "META-INF/NOTICE")).as("%s META-INF/NOTICE", jar).isEqualTo(notice);
          Attributes manifest = j.getManifest().getMainAttributes();
          assertThat(manifest.getValue(Attributes.Name.IMPLEMENTATION_TITLE)).as("%s Implementation-Title", jar)
              .isEqualTo(module);
          assertThat(manifest.getValue(Attributes.Name.IMPLEMENTATION_VERSION)).as("%s Implementation-Version", jar)
              .isEqualTo(LibraryJars.version());
        }
        checked.add(jar);
      }
    }
    assertThat(checked).hasSize(9);
  }

  private static byte[] bytes(JarFile jar, String name) throws IOException {
    ZipEntry e = jar.getEntry(name);
    assertThat(e).as("%s in %s", name, jar.getName()).isNotNull();
    return jar.getInputStream(e).readAllBytes();
  }
}
