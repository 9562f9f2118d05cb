package org.creditgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every property of {@code creditgov} has generated metadata with a description (what an IDE shows),
 * and docs/spring-boot.md lists exactly the properties the metadata has.
 */
class PropertiesDocumentedTest {

  private static final Path PAGE = Path.of("..", "docs", "spring-boot.md");

  private static JsonNode metadata() throws Exception {
    try (InputStream in = PropertiesDocumentedTest.class.getClassLoader()
        .getResourceAsStream("META-INF/spring-configuration-metadata.json")) {
      assertThat(in).as("the configuration processor's metadata").isNotNull();
      return JsonMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void everyPropertyHasADescriptionAndDocsListExactlyThem() throws Exception {
    List<String> names = new ArrayList<>();
    for (JsonNode p : metadata().path("properties")) {
      String name = p.path("name").asString();
      assertThat(p.path("description").asString()).as(name).isNotBlank();
      if (p.path("sourceType").asString().startsWith(CreditGovProperties.class.getName())) {
        names.add(name);
      }
    }
    assertThat(names).hasSizeGreaterThan(15);
    List<String> documented = new ArrayList<>();
    String page = Files.readString(PAGE, StandardCharsets.UTF_8);
    int from = page.indexOf("\n## Properties\n");
    assertThat(from).as("docs/spring-boot.md has a Properties section").isPositive();
    int to = page.indexOf("\n## ", from + 1);
    Matcher m = Pattern.compile("^\\| `(creditgov\\.[a-z.-]+)` \\|", Pattern.MULTILINE)
        .matcher(page.substring(from, to < 0 ? page.length() : to));
    while (m.find()) {
      documented.add(m.group(1));
    }
    assertThat(documented).as("the properties table of docs/spring-boot.md").containsExactlyInAnyOrderElementsOf(names);
  }
}
