package org.creditgov.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class MessageTextsTest {

  /** A message type whose texts are in this test's bundle. */
  enum Sample implements MessageType {
    LATE, ALL_KINDS, UNKNOWN_FACT, NO_TEXT;

    @Override
    public String code() {
      return "test." + name();
    }

    @Override
    public ResourceBundle messages(Locale locale) {
      return ResourceBundle.getBundle("org.creditgov.core.text.test-messages", locale);
    }
  }

  private static final List<Fact> LATE_FACTS = List.of(
      Fact.date("deadline", LocalDate.of(2026, 9, 28)), Fact.workingDays("late", 3));

  @Test
  void writesDatesAndWorkingDaysForAClerkInChineseAndPlainlyInEnglish() {
    MessageTexts texts = MessageTexts.library();
    assertThat(texts.format(Sample.LATE, LATE_FACTS, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("应于2026年9月28日前答复，已逾期3个工作日。");
    assertThat(texts.format(Sample.LATE, LATE_FACTS, Locale.ROOT))
        .isEqualTo("Due by 28 September 2026; 3 working days late.");
  }

  @Test
  void writesEveryKindOfFact() {
    List<Fact> facts = List.of(
        Fact.period("period", Period.of(1, 6, 0)),
        Fact.period("months", Period.ofMonths(6)),
        Fact.amount("fine", new BigDecimal("5000.50")),
        Fact.count("count", 12),
        Fact.code("doc", "青应急罚〔2026〕12号"),
        Fact.term("term", Term.of("GENERAL", "一般", "general")),
        Fact.terms("terms", List.of(Term.of("A", "甲", "alpha"), Term.of("B", "乙", "beta"))),
        Fact.instant("at", Instant.parse("2026-09-28T06:05:00Z")),
        Fact.workingDays("one", 1));
    assertThat(MessageTexts.library().format(Sample.ALL_KINDS, facts, Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("1年6个月|6个月|5,000.5元|12|青应急罚〔2026〕12号|一般|甲、乙|2026年9月28日 14:05|1个工作日|{literal}");
    assertThat(MessageTexts.library().format(Sample.ALL_KINDS, facts, Locale.ENGLISH))
        .isEqualTo("1 year and 6 months|6 months|CNY 5,000.5|12|青应急罚〔2026〕12号|general|alpha, beta|28 September 2026, 14:05|1 working day|{literal}");
  }

  @Test
  void periodsNeverAppearInIsoForm() {
    for (Period p : List.of(Period.ofYears(3), Period.ofMonths(6), Period.ofDays(15), Period.ZERO, Period.of(2, 1, 3))) {
      assertThat(Fact.formatPeriod(p, true)).doesNotContain("P").matches("[0-9年个月日]+");
      assertThat(Fact.formatPeriod(p, false)).doesNotStartWith("P");
    }
    assertThat(Fact.formatPeriod(Period.of(2, 1, 3), true)).isEqualTo("2年1个月3日");
    assertThat(Fact.formatPeriod(Period.ofYears(1), false)).isEqualTo("1 year");
  }

  @Test
  void anOverrideTakesPrecedenceForItsLanguageOnly() {
    ResourceBundle zh = bundle(Locale.SIMPLIFIED_CHINESE, "test.LATE", "请在{deadline}前答复（逾期{late}）");
    MessageTexts texts = MessageTexts.library().withOverrides(zh);
    assertThat(texts.format(Sample.LATE, LATE_FACTS, Locale.SIMPLIFIED_CHINESE)).isEqualTo("请在2026年9月28日前答复（逾期3个工作日）");
    assertThat(texts.format(Sample.LATE, LATE_FACTS, Locale.ROOT)).isEqualTo("Due by 28 September 2026; 3 working days late.");
    assertThat(MessageTexts.library().format(Sample.LATE, LATE_FACTS, Locale.SIMPLIFIED_CHINESE))
        .as("the library's texts are not changed").isEqualTo("应于2026年9月28日前答复，已逾期3个工作日。");
  }

  @Test
  void anOverrideNamingAFactTheMessageLacksFallsBackToTheLibraryText() {
    MessageTexts texts = MessageTexts.library().withOverride("test.LATE", Locale.ROOT, "Due {deadline}, officer {officer}");
    assertThat(texts.format(Sample.LATE, LATE_FACTS, Locale.ROOT)).isEqualTo("Due by 28 September 2026; 3 working days late.");
  }

  @Test
  void aLibraryTextNamingAMissingFactOrAMissingTextIsADefect() {
    assertThatThrownBy(() -> MessageTexts.library().format(Sample.UNKNOWN_FACT, LATE_FACTS, Locale.ROOT))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("test.UNKNOWN_FACT").hasMessageContaining("nowhere");
    assertThatThrownBy(() -> MessageTexts.library().format(Sample.NO_TEXT, LATE_FACTS, Locale.ROOT))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no en text for message test.NO_TEXT");
  }

  @Test
  void placeholdersAreListedInOrderOfFirstUse() {
    assertThat(MessageTexts.placeholders("{a} and {b}, {a} again, {{not}}")).containsExactly("a", "b");
  }

  @Test
  void factKeysReadBackTypedValues() {
    assertThat(FactKey.date("deadline").in(LATE_FACTS)).contains(LocalDate.of(2026, 9, 28));
    assertThat(FactKey.workingDays("late").in(LATE_FACTS)).contains(3);
    assertThat(FactKey.count("late").in(LATE_FACTS)).as("a key of another kind finds nothing").isEmpty();
    assertThat(FactKey.date("missing").in(LATE_FACTS)).isEmpty();
  }

  @Test
  void aFactHoldsNoNullAndNoNegativeWorkingDays() {
    assertThatThrownBy(() -> Fact.workingDays("x", -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Fact.code("x", null)).isInstanceOf(NullPointerException.class);
    assertThat(Fact.code("a", "1")).isEqualTo(Fact.code("a", "1")).isNotEqualTo(Fact.text("a", "1"));
  }

  private static ResourceBundle bundle(Locale locale, String key, String text) {
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{key, text}};
      }

      @Override
      public Locale getLocale() {
        return locale;
      }
    };
  }
}
