package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.text.MessageTexts;
import org.creditgov.core.text.MessageType;
import org.creditgov.testkit.MessageTemplates;
import org.junit.jupiter.api.Test;

/**
 * The texts of the catalog's findings (for a county clerk) and data problems (for the data officer
 * who fixes a file): every code has a text in both languages naming the same facts, written from
 * named facts (no positional placeholder), with no ISO-8601 period and no upper-case internal code.
 */
class CatalogMessagesTest {

  private static final Pattern ISO_PERIOD = Pattern.compile("\\bP[0-9]+[YMWD]");
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b");
  private static final Pattern POSITIONAL = Pattern.compile("\\{[0-9]");

  private static List<MessageType> types() {
    List<MessageType> all = new ArrayList<>(List.of(CatalogFinding.values()));
    all.addAll(List.of(CatalogProblemType.values()));
    all.addAll(List.of(DataProblemType.values()));
    return all;
  }

  @Test
  void everyCodeHasCleanTextsInBothLanguagesOverTheSameFacts() {
    for (MessageType t : types()) {
      String zh = MessageTexts.libraryText(t, true);
      String en = MessageTexts.libraryText(t, false);
      assertThat(MessageTexts.placeholders(zh)).as(t.code()).containsExactlyInAnyOrderElementsOf(MessageTexts.placeholders(en));
      for (String text : List.of(zh, en)) {
        assertThat(POSITIONAL.matcher(text).find()).as("%s: %s", t.code(), text).isFalse();
        assertThat(ISO_PERIOD.matcher(text).find()).as("%s: %s", t.code(), text).isFalse();
        assertThat(CONSTANT.matcher(text).find()).as("%s: %s", t.code(), text).isFalse();
      }
      assertThat(zh).as(t.code()).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void theTextsReadAsAClerkReadsThem() {
    assertThat(MessageTemplates.problems(CatalogFinding.values())).isEmpty();
    assertThat(MessageTemplates.problems(CatalogProblemType.values())).isEmpty();
    assertThat(MessageTemplates.problems(DataProblemType.values())).isEmpty();
    assertThat(MessageTemplates.problems(org.creditgov.core.ruleset.RuleSetFinding.values())).isEmpty();
  }

  @Test
  void theCodesAreNamespaced() {
    assertThat(CatalogFinding.FIELD_MISSING.code()).isEqualTo("catalog.FIELD_MISSING");
    assertThat(CatalogProblemType.UNKNOWN_CATEGORY.code()).isEqualTo("catalog.UNKNOWN_CATEGORY");
    List<String> findings = List.of(CatalogFinding.values()).stream().map(CatalogFinding::code).toList();
    List<String> problems = List.of(CatalogProblemType.values()).stream().map(CatalogProblemType::code).toList();
    assertThat(findings).doesNotContainAnyElementsOf(problems);
  }
}
