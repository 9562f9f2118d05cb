package org.creditgov.core.io.calendar;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.DocumentRead;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.JsonWriting;
import org.creditgov.core.time.CalendarDataException;
import org.creditgov.core.time.HolidayNotice;
import org.creditgov.core.time.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the JSON format {@code creditgov-holiday-calendar/1} (schema {@code
 * holiday-calendar-1.schema.json}; docs/time.md): the State Council's holiday notices, one per
 * year, each with its title, document number, issue date, days off and adjusted working days. The
 * deadlines of the credit rules (DES-4 objection answers, REP-2 repair decisions) are counted on the
 * calendar it loads. Needs Jackson and the schema validator on the path; {@link
 * WorkingDayCalendar#china()} and the CSV format do not.
 *
 * <p>A file is read whole or refused with one {@link CalendarDataException} listing every problem,
 * each located by JSON pointer, line and column: the schema's, and the calendar's own rules (an
 * adjusted working day on a weekday, two notices for a year, a gap between years, a day declared
 * twice …). Thread-safe.
 */
public final class HolidayCalendarJson {

  /** The format name, the value of the document's {@code format} key. */
  public static final String FORMAT = "creditgov-holiday-calendar/1";

  private static final List<DocumentRead.Format> FORMATS =
      List.of(new DocumentRead.Format(FORMAT, "holiday-calendar-1.schema.json", RequirementId.REP_2));

  /** The document, as the format writes it. Public for Jackson; not an API. */
  public record Document(String format, List<Notice> notices, @Nullable List<String> unconfirmed) {}

  /** One notice, as the format writes it. Public for Jackson; not an API. */
  public record Notice(int year, String title, Optional<String> documentNumber, Optional<LocalDate> issued,
      @Nullable List<Day> daysOff, @Nullable List<Day> workingDays) {}

  /** One day, as the format writes it. Public for Jackson; not an API. */
  public record Day(LocalDate date, String holiday, Optional<String> source) {}

  private HolidayCalendarJson() {}

  /**
   * The notices of a document, checked as a calendar.
   *
   * @param sourceName names the document in problem locations (a file name)
   * @throws CalendarDataException listing every problem, located
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<HolidayNotice> readNotices(String json, String sourceName) {
    return readCalendar(json, sourceName).notices();
  }

  /**
   * The calendar of a document: its notices' years, official.
   *
   * @throws CalendarDataException listing every problem, located
   * @throws NullPointerException if an argument is null
   */
  public static WorkingDayCalendar read(String json, String sourceName) {
    return readCalendar(json, sourceName);
  }

  /**
   * {@code calendar} extended by each notice of the document, in year order: a new year's notice
   * (the 2027 one, say) is loaded without a release of the library, and its answers become
   * official.
   *
   * @throws CalendarDataException listing every problem, located, if the document is broken or a
   *     notice does not join the calendar's years
   */
  public static WorkingDayCalendar extend(WorkingDayCalendar calendar, String json, String sourceName) {
    requireNonNull(calendar, "calendar");
    List<HolidayNotice> notices = new ArrayList<>(readNotices(json, sourceName));
    notices.sort(java.util.Comparator.comparing(HolidayNotice::year));
    WorkingDayCalendar extended = calendar;
    for (HolidayNotice n : notices) {
      extended = extended.extendedWith(n, sourceName);
    }
    return extended;
  }

  private static WorkingDayCalendar readCalendar(String json, String sourceName) {
    requireNonNull(json, "json");
    requireNonNull(sourceName, "sourceName");
    DocumentRead read = DocumentRead.of(JsonDocument.parse(json, sourceName), FORMATS);
    int count = read.root().map(r -> r.path("notices").size()).orElse(0);
    List<HolidayNotice> notices = new ArrayList<>();
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Optional<Notice> bound = read.bind("/notices/" + i, Notice.class);
      if (bound.isPresent()) {
        notices.add(toDomain(bound.get()));
        indices.add(i);
      }
    }
    WorkingDayCalendar calendar = null;
    if (!read.hasProblems() && !notices.isEmpty()) {
      try {
        calendar = WorkingDayCalendar.fromNotices(notices, sourceName);
      } catch (CalendarDataException e) {
        read.addAll(e.problems());
      }
    } else { // other parts are broken: each notice that could be read still gets its own problems
      for (int k = 0; k < notices.size(); k++) {
        String at = "/notices/" + indices.get(k);
        notices.get(k).problems(sourceName).forEach(p -> read.add(p.relocated(sourceName, at)));
      }
    }
    read.throwIfAny(CalendarDataException::new);
    if (calendar == null) {
      throw new IllegalStateException("a document without problems has a calendar");
    }
    return calendar;
  }

  private static HolidayNotice toDomain(Notice n) {
    return new HolidayNotice(Year.of(n.year()), n.title(), n.documentNumber(), n.issued(), days(n.daysOff()), days(n.workingDays()));
  }

  private static List<HolidayNotice.Day> days(@Nullable List<Day> days) {
    List<HolidayNotice.Day> out = new ArrayList<>();
    if (days != null) {
      days.forEach(d -> out.add(new HolidayNotice.Day(d.date(), d.holiday(), d.source())));
    }
    return out;
  }

  /**
   * The notices as a document of the format, in year order; reading it gives equal notices.
   *
   * @throws IllegalArgumentException if {@code notices} is empty
   */
  public static String write(List<HolidayNotice> notices) {
    if (notices.isEmpty()) {
      throw new IllegalArgumentException("a holiday calendar holds at least one notice");
    }
    List<Notice> out = new ArrayList<>();
    notices.stream().sorted(java.util.Comparator.comparing(HolidayNotice::year)).forEach(n -> out.add(new Notice(
        n.year().getValue(), n.title(), n.documentNumber(), n.issued(), records(n.daysOff()), records(n.workingDays()))));
    return JsonWriting.write(new Document(FORMAT, out, null));
  }

  /** The notices of {@code calendar} ({@link WorkingDayCalendar#notices()}) as a document of the format. */
  public static String write(WorkingDayCalendar calendar) {
    return write(calendar.notices());
  }

  private static List<Day> records(List<HolidayNotice.Day> days) {
    List<Day> out = new ArrayList<>();
    days.forEach(d -> out.add(new Day(d.date(), d.holiday(), d.source())));
    return out;
  }

  /** For {@link DataProblem} users: the problems of a document, empty when it reads. */
  public static ImmutableList<DataProblem> lint(String json, String sourceName) {
    try {
      var unused = readCalendar(json, sourceName);
      return ImmutableList.of();
    } catch (CalendarDataException e) {
      return e.problems();
    }
  }
}
