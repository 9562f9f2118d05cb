package org.creditgov.core.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The schemas of the catalog formats, as editors use them: 2020-12, {@code additionalProperties:
 * false} on every object, a description in Chinese and English on every property so that editors
 * show help; the bundled files follow them; and the versions of the optional JSON dependencies a
 * user adds are managed once in the parent POM and in the BOM.
 */
class CatalogSchemasTest {

  private static final List<String> SCHEMAS =
      List.of("catalog-1.schema.json", "publication-regimes-1.schema.json", "data-problems-1.schema.json");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** The English half of a description "中文 / English": after the slash, two words at least. */
  private static final Pattern ENGLISH = Pattern.compile(" / .*[A-Za-z]+[^A-Za-z]+[A-Za-z]{2,}");

  private static JsonNode schema(String name) {
    return JsonDocument.parse(Schemas.bundled().text(name), name).root().orElseThrow();
  }

  /** Every object schema under {@code node}, with its pointer. */
  private static void objects(JsonNode node, String at, List<Map.Entry<String, JsonNode>> out) {
    if (node.isObject()) {
      if (node.has("properties")) {
        out.add(Map.entry(at, node));
      }
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        objects(e.getValue(), at + "/" + e.getKey(), out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objects(node.get(i), at + "/" + i, out);
      }
    }
  }

  @Test
  void everyObjectIsClosedAndEveryPropertyIsDescribedInChineseAndEnglish() {
    for (String name : SCHEMAS) {
      JsonNode root = schema(name);
      assertThat(root.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(root.get("$id").asString()).isEqualTo(Schemas.BASE_IRI + name);
      List<Map.Entry<String, JsonNode>> objects = new ArrayList<>();
      objects(root, "", objects);
      assertThat(objects).as(name).isNotEmpty();
      for (Map.Entry<String, JsonNode> o : objects) {
        assertThat(o.getValue().get("additionalProperties")).as("%s%s additionalProperties", name, o.getKey()).isNotNull();
        assertThat(o.getValue().get("additionalProperties").isBoolean() && o.getValue().get("additionalProperties").asBoolean())
            .as("%s%s is closed", name, o.getKey()).isFalse();
        for (Map.Entry<String, JsonNode> p : o.getValue().get("properties").properties()) {
          JsonNode d = p.getValue().get("description");
          assertThat(d).as("%s%s/%s has a description", name, o.getKey(), p.getKey()).isNotNull();
          assertThat(HAN.matcher(d.asString()).find()).as("%s: Chinese in %s", p.getKey(), d).isTrue();
          assertThat(ENGLISH.matcher(d.asString()).find()).as("%s: English in %s", p.getKey(), d).isTrue();
        }
      }
    }
  }

  @Test
  void theBundledFilesFollowTheirSchemas() {
    for (String name : BundledCatalogs.CATALOGS) {
      JsonDocument doc = JsonDocument.parse(BundledCatalogs.text(name), name);
      assertThat(Schemas.bundled().validate(doc, "catalog-1.schema.json")).as(name).isEmpty();
    }
    JsonDocument regimes = JsonDocument.parse(BundledCatalogs.text(BundledCatalogs.REGIMES), "regimes");
    assertThat(Schemas.bundled().validate(regimes, "publication-regimes-1.schema.json")).isEmpty();
    // and what the writers write
    JsonDocument written = JsonDocument.parse(CatalogJson.write(BundledCatalogs.national2024()), "written");
    assertThat(Schemas.bundled().validate(written, "catalog-1.schema.json")).isEmpty();
  }

  private static String version(String pom, String property) throws IOException {
    String text = Files.readString(Path.of(pom), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</" + Pattern.quote(property) + ">").matcher(text);
    assertThat(m.find()).as("%s in %s", property, pom).isTrue();
    return m.group(1);
  }

  @Test
  void theOptionalJsonDependenciesAreManagedAtOneVersionInTheParentAndTheBom() throws IOException {
    for (String property : List.of("jackson3.version", "json-schema-validator.version")) {
      assertThat(version("../credit-bom/pom.xml", property)).as(property).isEqualTo(version("../pom.xml", property));
    }
    assertThat(version("../pom.xml", "jackson3.version")).isEqualTo("3.3.0");
    assertThat(version("../pom.xml", "json-schema-validator.version")).isEqualTo("3.0.9");
    String core = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    for (String artifact : List.of("<artifactId>jackson-databind</artifactId>", "<artifactId>json-schema-validator</artifactId>")) {
      int at = core.indexOf(artifact);
      while (at >= 0) {
        String dependency = core.substring(at, core.indexOf("</dependency>", at));
        assertThat(dependency).as("credit-core's %s is optional", artifact).contains("<optional>true</optional>");
        at = core.indexOf(artifact, at + 1);
      }
    }
  }
}
