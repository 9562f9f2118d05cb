package org.creditgov.cli.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.creditgov.cli.Arguments;
import org.creditgov.cli.Env;
import org.creditgov.cli.Exit;
import org.creditgov.cli.Texts;
import org.creditgov.cli.UsageProblem;
import org.creditgov.core.io.calendar.HolidayCalendarJson;
import org.creditgov.core.time.CalendarAnswer;
import org.creditgov.core.time.DateOutOfCalendarException;
import org.creditgov.core.time.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code credit calendar plus|between|is-working-day} (DES-3, DES-4, REP-2): Chinese working days
 * by the State Council's holiday notices the library bundles, and by extra years' notices loaded
 * with {@code --extra-year} (the {@code creditgov-holiday-calendar/1} format). A day the official
 * data does not cover is never answered as fact: the answer is marked provisional and the exit
 * code is 1.
 */
@Command(name = "calendar", usageHelpAutoWidth = true,
    subcommands = {CalendarCommand.Plus.class, CalendarCommand.Between.class, CalendarCommand.IsWorkingDay.class})
public final class CalendarCommand implements Callable<Integer> {

  private final Env env;

  /** The command, run in {@code env}. */
  public CalendarCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    throw new UsageProblem(env.texts().get("calendar.which"));
  }

  /** The calendar options of each subcommand. */
  public static final class Options {
    @Option(names = "--extra-year", paramLabel = "<notice.json>", descriptionKey = "calendar.extraYear")
    List<Path> extra = new ArrayList<>();

    WorkingDayCalendar calendar() throws IOException {
      WorkingDayCalendar c = WorkingDayCalendar.china();
      for (Path p : extra) {
        c = HolidayCalendarJson.extend(c, Files.readString(p, StandardCharsets.UTF_8), p.toString());
      }
      return c;
    }

    /**
     * Asks the calendar, then prints the answer {@code say} words: as fact when official, marked
     * provisional otherwise; a date beyond every rule is only reported as not covered.
     */
    <T> int answer(Env env, Function<WorkingDayCalendar, CalendarAnswer<T>> ask, BiFunction<WorkingDayCalendar, T, String> say)
        throws IOException {
      WorkingDayCalendar c = calendar();
      try {
        CalendarAnswer<T> a = ask.apply(c);
        return print(env, c, a, say.apply(c, a.value()));
      } catch (DateOutOfCalendarException e) {
        return outOfRange(env, c);
      }
    }
  }


  /** The date in words: 2026年10月9日, or 9 October 2026 (Friday). */
  static String day(LocalDate d, Texts texts) {
    java.time.format.DateTimeFormatter f = texts.chinese()
        ? java.time.format.DateTimeFormatter.ofPattern("y年M月d日（EEEE）", texts.locale())
        : java.time.format.DateTimeFormatter.ofPattern("d MMMM y (EEEE)", texts.locale());
    return d.format(f);
  }

  /** Prints an answer: as fact when official, else marked provisional with the covered range (exit 1). */
  private static int print(Env env, WorkingDayCalendar calendar, CalendarAnswer<?> answer, String text) {
    Texts texts = env.texts();
    if (answer.isOfficial()) {
      env.out().println(text);
      return Exit.OK;
    }
    env.out().println(texts.get("calendar.notOfficial", day(calendar.coveredFrom(), texts), day(calendar.coveredUntil(), texts)));
    env.out().println(texts.get("calendar.provisional", text));
    return Exit.FINDINGS;
  }

  private static int outOfRange(Env env, WorkingDayCalendar calendar) {
    Texts texts = env.texts();
    env.out().println(texts.get("calendar.notOfficial", day(calendar.coveredFrom(), texts), day(calendar.coveredUntil(), texts)));
    return Exit.FINDINGS;
  }

  /** {@code credit calendar plus 2026-09-28 7}: the 7th working day after 2026-09-28. */
  @Command(name = "plus", usageHelpAutoWidth = true)
  static final class Plus implements Callable<Integer> {
    private final Env env;
    @Parameters(index = "0", paramLabel = "<date>", descriptionKey = "calendar.start") @Nullable String start;
    @Parameters(index = "1", paramLabel = "<working-days>", descriptionKey = "calendar.days") int days;
    @Mixin Options options = new Options();

    Plus(Env env) {
      this.env = env;
    }

    @Override
    public Integer call() throws IOException {
      Texts t = env.texts();
      LocalDate from = Arguments.date(java.util.Objects.requireNonNull(start), t);
      if (days < 0) {
        throw new UsageProblem(t.get("calendar.negative", days));
      }
      return options.answer(env, c -> c.deadline(from, days),
          (c, due) -> t.get("calendar.plusAnswer", day(from, t), days, day(due, t)));
    }
  }

  /** {@code credit calendar between A B}: the working days after A up to and including B. */
  @Command(name = "between", usageHelpAutoWidth = true)
  static final class Between implements Callable<Integer> {
    private final Env env;
    @Parameters(index = "0", paramLabel = "<from>", descriptionKey = "calendar.from") @Nullable String from;
    @Parameters(index = "1", paramLabel = "<to>", descriptionKey = "calendar.to") @Nullable String to;
    @Mixin Options options = new Options();

    Between(Env env) {
      this.env = env;
    }

    @Override
    public Integer call() throws IOException {
      Texts t = env.texts();
      LocalDate a = Arguments.date(java.util.Objects.requireNonNull(from), t);
      LocalDate b = Arguments.date(java.util.Objects.requireNonNull(to), t);
      return options.answer(env, c -> c.countWorkingDays(a, b),
          (c, n) -> t.get("calendar.betweenAnswer", day(a, t), day(b, t), n));
    }
  }

  /** {@code credit calendar is-working-day D}. */
  @Command(name = "is-working-day", usageHelpAutoWidth = true)
  static final class IsWorkingDay implements Callable<Integer> {
    private final Env env;
    @Parameters(index = "0", paramLabel = "<date>", descriptionKey = "calendar.date") @Nullable String date;
    @Mixin Options options = new Options();

    IsWorkingDay(Env env) {
      this.env = env;
    }

    @Override
    public Integer call() throws IOException {
      Texts t = env.texts();
      LocalDate d = Arguments.date(java.util.Objects.requireNonNull(date), t);
      return options.answer(env, c -> c.workingDay(d), (c, working) -> t.get(working ? "calendar.working" : "calendar.rest",
          day(d, t)) + c.holidayName(d).map(h -> t.get("calendar.holiday", h)).orElse(""));
    }
  }
}
