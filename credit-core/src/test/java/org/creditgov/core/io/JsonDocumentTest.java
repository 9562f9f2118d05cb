package org.creditgov.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {

  @Test
  void aDuplicateKeyIsFoundAsSuchWithItsPointerAndPositionAndTheDocumentIsStillRead() {
    JsonDocument d = JsonDocument.parse("{\n  \"a\": 1,\n  \"b\": {\"c\": 1, \"c\": 2}\n}", "f.json");
    assertThat(d.root()).isPresent();
    assertThat(d.syntaxProblems()).singleElement().satisfies(p -> {
      assertThat(p.type()).isEqualTo(DataProblemType.DUPLICATE_KEY);
      assertThat(p.pointer()).isEqualTo("/b/c");
      assertThat(p.line()).hasValue(3);
      assertThat(p.messageZh()).isEqualTo("同一对象中键“c”出现了两次。");
    });
  }

  @Test
  void malformedEmptyAndTrailingTextsAreLocatedProblems() {
    assertThat(JsonDocument.parse("{\"a\": [1, 2,]}", "f.json").syntaxProblems())
        .singleElement().satisfies(p -> {
          assertThat(p.type()).isEqualTo(DataProblemType.MALFORMED_JSON);
          assertThat(p.line()).hasValue(1);
        });
    assertThat(JsonDocument.parse("  ", "f.json").syntaxProblems()).extracting(DataProblem::code).containsExactly("data.MALFORMED_JSON");
    JsonDocument trailing = JsonDocument.parse("{}\n{}", "f.json");
    assertThat(trailing.root()).isEmpty();
    assertThat(trailing.syntaxProblems()).singleElement().satisfies(p -> assertThat(p.line()).hasValue(2));
  }

  @Test
  void locatesKeysArrayElementsAndTheNearestEnclosingValueOfAMissingKey() {
    JsonDocument d = JsonDocument.parse("{\n \"items\": [\n  {\"code\": \"A\"},\n  {\"x/y\": 2}\n ]\n}", "f.json");
    List<DataProblem> located = d.locate(List.of(
        DataProblem.of(DataProblemType.BLANK, "f.json", "/items/0/code"),
        DataProblem.of(DataProblemType.BLANK, "f.json", "/items/1/x~1y"),
        DataProblem.of(DataProblemType.BLANK, "f.json", "/items/1/missing"),
        DataProblem.of(DataProblemType.BLANK, "f.json", ""),
        DataProblem.of(DataProblemType.BLANK, "other.json", "/items")));
    assertThat(located.get(0).line()).hasValue(3);
    assertThat(located.get(0).column()).hasValue(4);
    assertThat(located.get(1).line()).hasValue(4);
    assertThat(located.get(2).line()).as("the enclosing object").hasValue(4);
    assertThat(located.get(3).line()).hasValue(1);
    assertThat(located.get(4).line()).as("another source is left alone").isEmpty();
  }
}
