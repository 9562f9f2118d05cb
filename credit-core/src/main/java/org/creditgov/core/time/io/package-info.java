/**
 * The JSON format of the working-day calendar, {@code creditgov-holiday-calendar/1}: reading (on
 * the library's schema-validated reading) and writing. The only part of {@code core.time} that
 * needs Jackson; {@link org.creditgov.core.time.WorkingDayCalendar#china()} reads its bundled CSV
 * without it.
 */
@NullMarked
package org.creditgov.core.time.io;

import org.jspecify.annotations.NullMarked;
