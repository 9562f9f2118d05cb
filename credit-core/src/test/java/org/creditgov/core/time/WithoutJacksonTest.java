package org.creditgov.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkingDayCalendar#china()} reads its bundled CSV without Jackson: loaded in a class loader
 * that holds credit-core's classes, Guava, SLF4J and JSpecify and no Jackson (neither 2 nor 3) nor
 * the schema validator, the calendar loads and answers, provisionally too.
 */
class WithoutJacksonTest {

  private static URL locationOf(Class<?> type) {
    return type.getProtectionDomain().getCodeSource().getLocation();
  }

  @Test
  void theBundledCalendarNeedsNoJackson() throws Exception {
    URL[] path = {
      locationOf(WorkingDayCalendar.class),
      locationOf(com.google.common.collect.ImmutableList.class),
      locationOf(org.slf4j.Logger.class),
      locationOf(org.jspecify.annotations.Nullable.class),
    };
    try (URLClassLoader loader = new URLClassLoader(path, null) /* the boot loader: the platform loader would delegate to the modules of the test */) {
      assertThatExceptionOfType(ClassNotFoundException.class).isThrownBy(() -> loader.loadClass("tools.jackson.databind.ObjectMapper"));
      assertThatExceptionOfType(ClassNotFoundException.class).isThrownBy(() -> loader.loadClass("com.fasterxml.jackson.databind.ObjectMapper"));
      Class<?> calendarClass = loader.loadClass(WorkingDayCalendar.class.getName());
      assertThat(calendarClass.getClassLoader()).isSameAs(loader);
      Object china = calendarClass.getMethod("china").invoke(null);
      Method isWorkingDay = calendarClass.getMethod("isWorkingDay", LocalDate.class);
      assertThat(isWorkingDay.invoke(china, LocalDate.of(2026, 10, 10))).isEqualTo(true); // a Saturday worked for 国庆节
      assertThat(isWorkingDay.invoke(china, LocalDate.of(2026, 10, 7))).isEqualTo(false);
      Object answer = calendarClass.getMethod("workingDay", LocalDate.class).invoke(china, LocalDate.of(2027, 2, 5));
      assertThat(answer.toString()).isEqualTo("false (PROVISIONAL by PROVISIONAL, official until 2026-12-31)");
    }
  }
}
