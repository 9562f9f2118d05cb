package org.creditgov.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.text.Fact;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.testkit.CanonicalGenerators;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The canonical text (RFC 8785) of canonical documents: what {@link JsonForm#encode} does not
 * guarantee (member order, escapes) and {@link CanonicalJson} does, over generated verdicts and on
 * the RFC's own examples.
 */
class CanonicalJsonTest {

  private static final List<JsonTestFinding> TYPES = List.of(JsonTestFinding.values());
  private static final JsonForm<Verdict> VERDICT = CoreJson.verdict(FindingTypes.discovered().with(TYPES));
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Every object's members in the order of their names' UTF-16 code units, checked on the tree read back. */
  private static void assertSorted(JsonNode n) {
    if (n.isObject()) {
      List<String> names = new ArrayList<>();
      for (Map.Entry<String, JsonNode> m : n.properties()) {
        names.add(m.getKey());
        assertSorted(m.getValue());
      }
      assertThat(names).isSortedAccordingTo(String::compareTo);
    } else if (n.isArray()) {
      n.forEach(CanonicalJsonTest::assertSorted);
    }
  }

  @Test
  void aVerdictsCanonicalTextIsSortedCompactReadsBackAndIsAFixedPoint() {
    Seeds.forEachSeed(300, seed -> {
      Verdict v = CanonicalGenerators.verdict(Seeds.random(seed), TYPES);
      String canonical = CanonicalJson.encode(VERDICT, v);
      JsonNode tree = MAPPER.readTree(canonical);
      assertSorted(tree);
      assertThat(tree).isEqualTo(MAPPER.readTree(VERDICT.encode(v))); // the same document, only reordered
      assertThat(MAPPER.writeValueAsString(tree).length()).isEqualTo(canonical.length()); // compact
      assertThat(CanonicalJson.of(canonical)).isEqualTo(canonical);
      Verdict back = VERDICT.decode(canonical);
      assertThat(CanonicalJson.encode(VERDICT, back)).isEqualTo(canonical); // equal up to the order of facts
      assertThat(back.outcome()).isEqualTo(v.outcome());
      assertThat(back.findings()).extracting(f -> f.type()).isEqualTo(v.findings().stream().map(f -> f.type()).toList());
    });
  }

  @Test
  void theOrderOfFactsIsNotKeptTheirNamesOrderThem() {
    Finding f = Finding.of(JsonTestFinding.LATE, List.of(Instruments.STATE_COUNCIL_OPINION_2020_49),
        Fact.date("late", LocalDate.of(2026, 1, 2)), Fact.code("by", "x")); // written late, by
    String canonical = CanonicalJson.encode(CoreJson.finding(FindingTypes.discovered().with(TYPES)), f);
    assertThat(canonical).contains("\"facts\":{\"by\":{\"code\":\"x\"},\"late\":{\"date\":\"2026-01-02\"}}");
    assertThat(CoreJson.finding(FindingTypes.discovered().with(TYPES)).decode(canonical).facts()).extracting(Fact::name)
        .containsExactly("by", "late");
  }

  @Test
  void theFormsOwnTextIsNotCanonicalTheFormatKeyComesFirst() {
    Verdict v = CanonicalGenerators.verdict(Seeds.random(1), TYPES);
    assertThat(VERDICT.encode(v)).startsWith("{\"format\":");
    assertThat(CanonicalJson.encode(VERDICT, v)).startsWith("{\"findings\":").contains(",\"format\":\"creditgov-verdict/1\"");
  }

  @Test
  void membersAreSortedByUtf16CodeUnitsAsRfc8785Section322Shows() {
    String json = "{\"\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\","
        + "\"1\":\"One\",\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\"}";
    assertThat(CanonicalJson.of(json)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
        + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\","
        + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
  }

  @Test
  void stringsCarryOnlyTheEscapesJcsWrites() {
    String json = "[\"\\u0008\\u000c\\n\\r\\t\\u0001\\u001F\\\"\\\\/\\u00e9\\u20AC\\ud83d\\ude00\"]";
    assertThat(CanonicalJson.of(json)).isEqualTo("[\"\\b\\f\\n\\r\\t\\u0001\\u001f\\\"\\\\/\u00e9\u20ac\ud83d\ude00\"]");
  }

  @Test
  void wholeNumbersLiteralsAndNestingAreKeptAFractionIsRefused() {
    assertThat(CanonicalJson.of(" { \"b\" : [ 1 , -20, 12345678901234567890 ], \"a\" : { \"z\": null, \"y\": true, \"x\": false } } "))
        .isEqualTo("{\"a\":{\"x\":false,\"y\":true,\"z\":null},\"b\":[1,-20,12345678901234567890]}");
    assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.of("[1.5]"));
    assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.of("{\"a\":"));
    assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.of(""));
  }
}
