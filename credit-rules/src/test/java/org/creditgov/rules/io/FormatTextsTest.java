package org.creditgov.rules.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.creditgov.core.text.MessageTexts;
import org.creditgov.core.text.MessageType;
import org.creditgov.rules.incentive.IncentiveFinding;
import org.creditgov.rules.incentive.IncentiveListProblemType;
import org.creditgov.rules.sanction.MeasureListProblemType;
import org.creditgov.rules.sanction.SanctionFinding;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The texts users read: every property of the two list schemas is described in Chinese and in
 * English (editors show it as help) and every object refuses unknown keys; every message template
 * of the sanction and incentive packages is written for a clerk (no ISO period such as P3Y, no
 * upper-case internal code, no Java name) and names the same facts in both languages.
 */
class FormatTextsTest {

  private static final List<String> SCHEMAS = List.of("measure-list-1.schema.json", "incentive-list-1.schema.json");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern LATIN = Pattern.compile("[A-Za-z]{3,}");
  private static final Pattern ISO_PERIOD = Pattern.compile("\\bP\\d+[YMWD]");
  private static final Pattern INTERNAL_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
  private static final Pattern JAVA_NAME = Pattern.compile("\\b(?:[a-z]+\\.)+[A-Z]\\w+|\\w+\\(\\)|\\bnull\\b");

  /** Every object schema with properties, by its pointer, in the schema file. */
  private static void objects(JsonNode node, String at, Map<String, JsonNode> out) {
    if (node.isObject()) {
      if (node.has("properties")) {
        out.put(at, node);
      }
      for (Iterator<String> it = node.propertyNames().iterator(); it.hasNext(); ) {
        String key = it.next();
        objects(node.get(key), at + "/" + key, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objects(node.get(i), at + "/" + i, out);
      }
    }
  }

  @Test
  void everyPropertyOfBothSchemasIsDescribedInBothLanguagesAndEveryObjectIsClosed() {
    for (String name : SCHEMAS) {
      JsonNode root = JsonDocument.parse(Schemas.bundled().text(name), name).root().orElseThrow();
      assertThat(root.get("$id").asString()).isEqualTo(Schemas.BASE_IRI + name);
      assertThat(root.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      Map<String, JsonNode> objects = new java.util.LinkedHashMap<>();
      objects(root, "", objects);
      assertThat(objects).hasSizeGreaterThanOrEqualTo(3);
      int described = 0;
      for (Map.Entry<String, JsonNode> o : objects.entrySet()) {
        assertThat(o.getValue().get("additionalProperties").asBoolean(true)).as(name + "#" + o.getKey()).isFalse();
        JsonNode properties = o.getValue().get("properties");
        for (Iterator<String> it = properties.propertyNames().iterator(); it.hasNext(); ) {
          String key = it.next();
          JsonNode d = properties.get(key).get("description");
          String where = name + "#" + o.getKey() + "/properties/" + key;
          assertThat(d).as(where).isNotNull();
          assertThat(HAN.matcher(d.asString()).find()).as("%s in Chinese", where).isTrue();
          assertThat(LATIN.matcher(d.asString()).find()).as("%s in English", where).isTrue();
          described++;
        }
      }
      assertThat(described).isGreaterThanOrEqualTo(20);
    }
  }

  @Test
  void everyTemplateIsWrittenForAClerkAndNamesTheSameFactsInBothLanguages() {
    List<MessageType> types = new ArrayList<>();
    types.addAll(List.of(SanctionFinding.values()));
    types.addAll(List.of(MeasureListProblemType.values()));
    types.addAll(List.of(IncentiveFinding.values()));
    types.addAll(List.of(IncentiveListProblemType.values()));
    for (MessageType type : types) {
      String zh = MessageTexts.libraryText(type, true);
      String en = MessageTexts.libraryText(type, false);
      assertThat(type.messages(Locale.ROOT).keySet()).contains(type.code());
      assertThat(MessageTexts.placeholders(zh)).as(type.code()).containsExactlyInAnyOrderElementsOf(MessageTexts.placeholders(en));
      for (String text : List.of(zh, en)) {
        assertThat(text).as(type.code()).doesNotContain("{0").doesNotContainPattern(ISO_PERIOD)
            .doesNotContainPattern(INTERNAL_CODE).doesNotContainPattern(JAVA_NAME);
      }
      assertThat(HAN.matcher(zh).find()).as(type.code()).isTrue();
    }
  }
}
