package org.creditgov.rules.designation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.Test;

/** Examples for the values around a designation: list types, periods, replay, messages. */
class DesignationModelTest {

  @Test
  void everyFindingHasAnEnglishAndAChineseMessage() {
    ResourceBundle en = ResourceBundle.getBundle("org.creditgov.rules.designation.messages", Locale.ROOT);
    ResourceBundle zh = ResourceBundle.getBundle("org.creditgov.rules.designation.messages", Locale.SIMPLIFIED_CHINESE);
    List<String> codes = new ArrayList<>();
    for (DesignationFinding f : DesignationFinding.values()) {
      codes.add(f.code());
    }
    for (ListTypeProblemType p : ListTypeProblemType.values()) {
      codes.add(p.code());
    }
    for (String code : codes) {
      assertThat(en.getString(code)).as(code).isNotBlank();
      assertThat(zh.getString(code)).as(code).isNotEqualTo(en.getString(code)).matches(".*[\\u4e00-\\u9fff].*");
    }
    assertThat(en.keySet()).containsExactlyInAnyOrderElementsOf(codes);
    assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void aListTypeHasNoDefaultWindowsOrPeriod() {
    assertThatIllegalStateException().isThrownBy(() -> ListType.builder().code("X").name("X").field("X")
        .category(ListCategory.MARKET_AND_SOCIAL_ORDER).basis(Fixtures.SAFETY_LAW).criteriaVersion("1").build())
        .withMessageContaining("noticeWorkingDays").withMessageContaining("objectionWindowWorkingDays")
        .withMessageContaining("objectionAnswerWorkingDays").withMessageContaining("listingPeriod");
    assertThat(Fixtures.SAFETY.minorsMayBeListed()).isFalse();
  }

  @Test
  void aListTypeRefusesNonsensicalWindowsAsProgrammingErrors() {
    assertThatIllegalArgumentException().isThrownBy(() -> ListType.builder().code("X").name("X").field("X")
        .category(ListCategory.MARKET_AND_SOCIAL_ORDER).basis(Fixtures.SAFETY_LAW).criteriaVersion("1")
        .noticeWorkingDays(0).objectionWindowWorkingDays(5).objectionAnswerWorkingDays(5)
        .listingPeriod(ListingPeriod.fixed(Period.ofYears(1))).build());
    assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.SAFETY.toBuilder().code("LOCAL")
        .nationalListTypeCode("SAFETY-SEVERE").build()); // a local list type needs a local jurisdiction
    assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.SAFETY_QTX.toBuilder()
        .nationalListTypeCode(Fixtures.SAFETY_QTX.code()).build()); // nor applies itself
    assertThatIllegalArgumentException().isThrownBy(() -> Fixtures.SAFETY.toBuilder().code("not a code").build());
  }

  @Test
  void aListingPeriodIsARangeComparedByTheDatesItReaches() {
    ListingPeriod range = ListingPeriod.range(Period.ofYears(1), Period.ofYears(3));
    LocalDate from = LocalDate.of(2024, 2, 29);
    assertThat(range.allows(from, Period.ofMonths(12))).isTrue();
    assertThat(range.allows(from, Period.ofMonths(11))).isFalse();
    assertThat(range.allows(from, Period.ofYears(3))).isTrue();
    assertThat(range.allows(from, Period.ofYears(3).plusDays(1))).isFalse();
    assertThat(ListingPeriod.fixed(Period.ofYears(2)).isFixed()).isTrue();
    assertThat(range).hasToString("P1Y..P3Y");
    assertThatIllegalArgumentException().isThrownBy(() -> ListingPeriod.range(Period.ofYears(3), Period.ofYears(1)));
    assertThatIllegalArgumentException().isThrownBy(() -> ListingPeriod.fixed(Period.ZERO));
    assertThatIllegalArgumentException().isThrownBy(() -> ListingPeriod.fixed(Period.of(1, -1, 0)));
  }

  @Test
  void replayRefusesACorruptedHistory() {
    LocalDate day = LocalDate.of(2025, 3, 3);
    TestClock clock = TestClock.at(day);
    DesignationStore store = DesignationStore.inMemory();
    DesignationService service = Fixtures.service(store, clock);
    DesignationId id = DesignationId.of("C-1");
    service.propose(Fixtures.propose("C-1", day));
    service.execute(id, 1, Fixtures.serve(day));
    service.execute(id, 2, Fixtures.object(day));
    ImmutableList<DesignationEvent> events = store.load(id);
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    ListTypeRegistry types = Fixtures.REGISTRY;

    assertThat(events).hasSize(3);
    assertThat(Designation.replay(events, calendar, types)).isEqualTo(Designation.replay(events, calendar, types));
    assertThatIllegalArgumentException().isThrownBy(() -> Designation.replay(events.subList(1, 3), calendar, types));
    assertThatIllegalArgumentException().isThrownBy(() ->
        Designation.replay(ImmutableList.of(events.get(0), events.get(2)), calendar, types));
    assertThatIllegalArgumentException().isThrownBy(() ->
        Designation.replay(ImmutableList.of(events.get(0), events.get(1), events.get(1)), calendar, types));
    assertThatIllegalArgumentException().isThrownBy(() -> store.append(id, 3, ImmutableList.of(events.get(1)), ImmutableList.of()));
    assertThatIllegalArgumentException().isThrownBy(() ->
        store.append(DesignationId.of("OTHER"), 0, ImmutableList.of(events.get(0)), ImmutableList.of()));
  }
}
