package org.creditgov.core.io.calendar;

import java.util.List;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.DataFormat;
import org.creditgov.core.io.DocumentRead;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.time.CalendarDataException;
import org.creditgov.core.time.HolidayNotice;

/**
 * The holiday-calendar format, {@code creditgov-holiday-calendar/1}, for {@link
 * org.creditgov.core.io.Lint}: each file alone, with every problem {@link HolidayCalendarJson}
 * reports (the schema's and the calendar's own rules). No rule runs across files: several files
 * of notices are joined by {@link HolidayCalendarJson#extend}, which checks them then. Registered
 * with {@link java.util.ServiceLoader}.
 */
public final class HolidayCalendarFormat implements DataFormat<HolidayNotice> {

  /** For {@link java.util.ServiceLoader}. */
  public HolidayCalendarFormat() {}

  @Override
  public List<DocumentRead.Format> versions() {
    return List.of(new DocumentRead.Format(HolidayCalendarJson.FORMAT, "holiday-calendar-1.schema.json", RequirementId.REP_2));
  }

  @Override
  public Class<HolidayNotice> valueType() {
    return HolidayNotice.class;
  }

  @Override
  public Read<HolidayNotice> read(JsonDocument document) {
    try {
      return Read.of(HolidayCalendarJson.readNotices(document.text(), document.source()));
    } catch (CalendarDataException e) {
      return Read.refused(e.problems());
    }
  }

  @Override
  public List<DataProblem> problems(List<HolidayNotice> values, Context context) {
    return List.of();
  }

  @Override
  public String toString() {
    return HolidayCalendarJson.FORMAT;
  }
}
