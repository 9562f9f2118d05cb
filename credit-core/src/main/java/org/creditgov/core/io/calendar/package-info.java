/**
 * The JSON format of the working-day calendar, {@code creditgov-holiday-calendar/1}: reading (on
 * the library's schema-validated reading) and writing. It lives at the edge, beside the shared
 * reading in {@code core.io}, so that the domain package {@code core.time} needs no Jackson: {@link
 * org.creditgov.core.time.WorkingDayCalendar#china()} reads its bundled CSV without it.
 */
@NullMarked
@CheckReturnValue
package org.creditgov.core.io.calendar;

import com.google.errorprone.annotations.CheckReturnValue;
import org.jspecify.annotations.NullMarked;
