package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.creditgov.core.Bilingual;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.text.MessageTexts;
import org.creditgov.core.text.MessageType;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.junit.jupiter.api.Test;

/**
 * The texts a county clerk reads: every template of the designation findings and list-type
 * problems, in both languages, names only facts the constant's Javadoc lists ({@link
 * DesignationFacts}), and written out with facts of every kind it reads without ISO dates or
 * periods, Java names or upper-case codes.
 */
class DesignationTextsTest {

  private static final Pattern ISO_PERIOD = Pattern.compile("\\bP\\d+[YMWD]");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern UPPER_CODE = Pattern.compile("\\b[A-Z]{2,}_[A-Z_]+\\b");
  private static final Pattern CAMEL = Pattern.compile("\\b[a-z]+[A-Z][a-zA-Z]*\\b");

  /** A sample fact of the right kind for every fact name the texts may use. */
  private static Map<String, Fact> samples() throws IllegalAccessException {
    Map<String, Fact> facts = new HashMap<>();
    for (Field f : DesignationFacts.class.getFields()) {
      if (!Modifier.isStatic(f.getModifiers()) || f.getType() != FactKey.class) {
        continue;
      }
      FactKey<?> key = (FactKey<?>) f.get(null);
      facts.put(key.name(), sample(key));
    }
    facts.put(DesignationFacts.REQUIRED, Fact.text(DesignationFacts.REQUIRED, ListType.RequiredBasis.LOCAL));
    facts.put("code", Fact.code("code", "SAFETY-SEVERE"));
    facts.put("jurisdiction", Fact.term("jurisdiction", org.creditgov.core.jurisdiction.Jurisdiction.of("640381").term()));
    facts.put("setJurisdiction", Fact.term("setJurisdiction", org.creditgov.core.jurisdiction.Jurisdiction.national().term()));
    return facts;
  }

  private static Fact sample(FactKey<?> key) {
    String n = key.name();
    switch (key.kind()) {
      case DATE:
        return Fact.date(n, LocalDate.of(2025, 5, 13));
      case PERIOD:
        return Fact.period(n, Period.ofYears(3));
      case WORKING_DAYS:
        return Fact.workingDays(n, 10);
      case CODE:
        return Fact.code(n, "QTX-2025-0001");
      case TEXT:
        return Fact.text(n, "《中华人民共和国安全生产法》");
      default:
        return Fact.term(n, Term.of("X", Bilingual.of("某名称", "a name")));
    }
  }

  private static List<MessageType> types() {
    List<MessageType> types = new ArrayList<>(List.of(DesignationFinding.values()));
    types.addAll(List.of(ListTypeProblemType.values()));
    return types;
  }

  @Test
  void everyTemplateNamesOnlyKnownFactsAndReadsCleanInBothLanguages() throws IllegalAccessException {
    Map<String, Fact> samples = samples();
    for (MessageType type : types()) {
      for (boolean zh : new boolean[] {true, false}) {
        String template = MessageTexts.libraryText(type, zh);
        List<Fact> facts = new ArrayList<>();
        for (String name : MessageTexts.placeholders(template)) {
          assertThat(samples).as("%s names the fact %s", type.code(), name).containsKey(name);
          facts.add(samples.get(name));
        }
        String text = MessageTexts.library().format(type, facts, zh ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT);
        assertThat(text).as(type.code())
            .doesNotContainPattern(ISO_PERIOD).doesNotContainPattern(ISO_DATE).doesNotContainPattern(UPPER_CODE)
            .doesNotContainPattern(CAMEL).doesNotContain("{").doesNotContain("}");
        if (zh) {
          assertThat(text).as(type.code()).matches("(?s).*[\\u4e00-\\u9fff].*").doesNotContain("'");
        }
      }
    }
  }

  @Test
  void everyEnumAClerkReadsHasAChineseName() {
    for (Bilingual[] values : List.<Bilingual[]>of(Status.values(), RemovalReason.values(), Timeliness.values(),
        ListCategory.values(), DocumentRef.Kind.values(), Step.values(), ResolvedListType.Criterion.values())) {
      for (Bilingual b : values) {
        assertThat(b.nameZh()).as("%s", b).matches(".*[\\u4e00-\\u9fff].*");
        assertThat(b.nameEn()).as("%s", b).isNotBlank().doesNotContainPattern(UPPER_CODE);
      }
    }
  }

  @Test
  void aFindingAndADataProblemWriteTheirFactsForAClerk() {
    Finding f = Finding.of(DesignationFinding.LISTING_PERIOD_OUT_OF_RANGE, Instruments.STATE_COUNCIL_OPINION_2020_49,
        Fact.period(DesignationFacts.PERIOD.name(), Period.of(1, 6, 0)),
        Fact.period(DesignationFacts.MINIMUM_PERIOD.name(), Period.ofMonths(6)),
        Fact.period(DesignationFacts.MAXIMUM_PERIOD.name(), Period.ofYears(1)));
    assertThat(f.messageZh()).isEqualTo("列入期限1年6个月超出名单规定的范围（最短6个月，最长1年）。");
    DataProblem p = DataProblem.of(ListTypeProblemType.APPLIES_IN_NATIONAL_LAYER, "x.json", "/listTypes/0/applies",
        Fact.code("code", "A"));
    assertThat(p.code()).isEqualTo("designation.APPLIES_IN_NATIONAL_LAYER");
    assertThat(p.messageEn()).contains("only a local list type applies one");
  }
}
