package org.creditgov.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.creditgov.core.text.MessageTexts;
import org.creditgov.core.text.MessageType;
import org.creditgov.core.verdict.FindingType;
import org.junit.jupiter.api.Test;

/**
 * docs/messages.md lists every message code of the library with its facts and its default texts in
 * both languages, generated from the library's own bundles: a code added, renamed or reworded without
 * the page following fails here. Regenerate with {@code -Dcreditgov.writeDocs=true}.
 */
class MessageKeysDocTest {

  private static final Path PAGE = Path.of("..", "docs", "messages.md");

  @Test
  void docsMessagesListsEveryCodeWithItsFactsAndDefaultTexts() throws IOException {
    String generated = page(messageTypes());
    if (Boolean.getBoolean("creditgov.writeDocs")) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    String current = Files.exists(PAGE) ? Files.readString(PAGE, StandardCharsets.UTF_8) : "";
    assertThat(current).as("docs/messages.md is out of date: regenerate it with "
        + "mvn -B -pl credit-testkit -am verify -Dtest=MessageKeysDocTest -Dsurefire.failIfNoSpecifiedTests=false "
        + "-Dcreditgov.writeDocs=true").isEqualTo(generated);
  }

  @Test
  void everyTextOfEveryModuleReadsAsAClerkReadsItAndNamesTheSameFactsInBothLanguages() {
    // no ISO-8601 period, Java identifier or upper-case internal code in a template (CONVENTIONS, "Messages")
    assertThat(org.creditgov.testkit.MessageTemplates.problems(messageTypes().toArray(MessageType[]::new))).isEmpty();
  }

  @Test
  void codesAreUniqueAcrossTheLibrary() {
    List<String> codes = messageTypes().stream().map(MessageType::code).toList();
    assertThat(codes).doesNotHaveDuplicates();
    assertThat(codes).hasSizeGreaterThan(250);
  }

  /** Every constant of every enum of the library that is a message type, by code. */
  static List<MessageType> messageTypes() {
    List<MessageType> all = new ArrayList<>();
    for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.creditgov")) {
      if (c.isEnum() && c.isAssignableTo(MessageType.class)) {
        for (Object constant : c.reflect().getEnumConstants()) {
          all.add((MessageType) constant);
        }
      }
    }
    all.sort(Comparator.comparing(MessageType::code));
    return all;
  }

  static String page(List<MessageType> types) {
    StringBuilder out = new StringBuilder();
    out.append("# Message keys\n\n")
        .append("Every finding and every data problem the library reports has a stable code, `namespace.NAME`, and a\n")
        .append("text in Simplified Chinese and in English. This page lists them all, generated from the library's own\n")
        .append("bundles (a test keeps it current). The texts are templates over the message's facts by name:\n")
        .append("`{deadline}` is written as the fact's kind is written in that language (a date as 2026年9月28日 or\n")
        .append("28 September 2026, a period as 3年 or 3 years, working days as 10个工作日).\n\n")
        .append("## Overriding a text\n\n")
        .append("Supply a `ResourceBundle` whose keys are codes and whose values are templates over the same facts,\n")
        .append("one bundle per language (a Chinese locale for Chinese, any other for English):\n\n")
        .append("```properties\n# com/example/credit-messages_zh.properties\n")
        .append("designation.OBJECTION_WINDOW_NOT_PASSED=异议期尚未届满（截止{deadline}），暂不能作出认定决定。\n```\n\n")
        .append("```java\nMessageTexts texts = MessageTexts.library()\n")
        .append("    .withOverrides(ResourceBundle.getBundle(\"com.example.credit-messages\", Locale.SIMPLIFIED_CHINESE));\n")
        .append("String zh = finding.message(Locale.SIMPLIFIED_CHINESE, texts);\n```\n\n")
        .append("An override may leave facts out, but one that names a fact the message does not have is not used:\n")
        .append("the library's text is written instead and a warning is logged once for that code. A code's facts are\n")
        .append("also typed values on the finding (`finding.fact(DesignationFacts.DEADLINE)`) and in its JSON form.\n");
    TreeMap<String, List<MessageType>> bySection = new TreeMap<>();
    for (MessageType t : types) {
      String namespace = t.code().substring(0, t.code().indexOf('.'));
      bySection.computeIfAbsent(namespace + (t instanceof FindingType ? " findings" : " data problems"), k -> new ArrayList<>())
          .add(t);
    }
    bySection.forEach((section, list) -> {
      boolean findings = list.get(0) instanceof FindingType;
      int space = section.indexOf(' ');
      out.append("\n## `").append(section, 0, space).append("`").append(section.substring(space)).append("\n\n");
      out.append("| code | ").append(findings ? "requirement, severity" : "requirement").append(" | facts | zh-CN | en |\n");
      out.append("|---|---|---|---|---|\n");
      for (MessageType t : list) {
        String zh = MessageTexts.libraryText(t, true);
        String en = MessageTexts.libraryText(t, false);
        List<String> facts = new ArrayList<>(MessageTexts.placeholders(zh));
        for (String f : MessageTexts.placeholders(en)) {
          if (!facts.contains(f)) {
            facts.add(f);
          }
        }
        String weight;
        if (t instanceof FindingType f) {
          weight = f.requirement().id() + ", " + f.severity().name();
        } else {
          weight = "—";
        }
        out.append("| `").append(t.code()).append("` | ").append(weight).append(" | ")
            .append(facts.isEmpty() ? "—" : "`" + String.join("`, `", facts) + "`").append(" | ")
            .append(cell(zh)).append(" | ").append(cell(en)).append(" |\n");
      }
    });
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
