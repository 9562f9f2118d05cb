package org.creditgov.spring.actuate;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.audit.AuditLog;
import org.creditgov.audit.Checkpoint;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.sync.Delivery;
import org.creditgov.rules.sync.SameDayReport;
import org.creditgov.rules.sync.SyncStore;
import org.creditgov.spring.CreditGovProperties;
import org.creditgov.spring.OutboxBacklog;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * The health of the library's moving parts, as the actuator's {@code creditgov} component:
 *
 * <ul>
 *   <li>{@code calendar} — the last day the working-day calendar's official data covers and the
 *       days left until then: deadlines past it are only provisional (DES-4, REP-2). DOWN once the
 *       data has ended, OUT_OF_SERVICE under {@code creditgov.health.calendar-min-days-left};
 *   <li>{@code audit} — the audit log's size and its latest checkpoint's size and age (SEC-3):
 *       OUT_OF_SERVICE when entries are not covered by a checkpoint older than {@code
 *       creditgov.health.checkpoint-max-age};
 *   <li>{@code outbox} — the messages waiting in the stores' outboxes, the deliveries no connected
 *       system acknowledged yet, the oldest one's day and age (REP-3): OUT_OF_SERVICE when that age
 *       exceeds {@code creditgov.health.outbox-max-age};
 *   <li>{@code sameDay} — the changes of yesterday that a connected system did not acknowledge on
 *       their day (当日同步, {@link SameDayReport}), by system.
 * </ul>
 *
 * <p>The status is the worst of the parts. Details hold dates, counts and codes, never personal
 * data.
 */
public final class CreditHealthIndicator implements HealthIndicator {

  private final Clock clock;
  private final WorkingDayCalendar calendar;
  private final CreditGovProperties.Health thresholds;
  private final @Nullable AuditLog audit;
  private final @Nullable SyncStore sync;
  private final List<OutboxBacklog> backlogs;

  /**
   * The indicator of the given parts; {@code audit} and {@code sync} may be absent.
   *
   * @throws NullPointerException if a required argument is null
   */
  public CreditHealthIndicator(Clock clock, WorkingDayCalendar calendar, CreditGovProperties.Health thresholds,
      @Nullable AuditLog audit, @Nullable SyncStore sync, List<OutboxBacklog> backlogs) {
    this.clock = requireNonNull(clock, "clock");
    this.calendar = requireNonNull(calendar, "calendar");
    this.thresholds = requireNonNull(thresholds, "thresholds");
    this.audit = audit;
    this.sync = sync;
    this.backlogs = List.copyOf(backlogs);
  }

  @Override
  public Health health() {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, ChinaTime.ZONE);
    Status status = Status.UP;
    Map<String, Object> details = new LinkedHashMap<>();

    long daysLeft = ChronoUnit.DAYS.between(today, calendar.coveredUntil());
    Map<String, Object> cal = new LinkedHashMap<>();
    cal.put("coveredUntil", calendar.coveredUntil().toString());
    cal.put("daysLeft", daysLeft);
    details.put("calendar", cal);
    if (daysLeft < 0) {
      status = Status.DOWN;
    } else if (daysLeft < thresholds.getCalendarMinDaysLeft()) {
      status = worse(status, Status.OUT_OF_SERVICE);
    }

    AuditLog log = audit;
    if (log != null) {
      Map<String, Object> a = new LinkedHashMap<>();
      long size = log.size();
      a.put("size", size);
      Optional<Checkpoint> latest = log.latestCheckpoint();
      if (latest.isPresent()) {
        Checkpoint cp = latest.get();
        a.put("checkpointSize", cp.size());
        Optional<Duration> age = cp.timestamp().map(t -> Duration.between(t, now));
        age.ifPresent(d -> a.put("checkpointAgeSeconds", d.getSeconds()));
        if (size > cp.size() && age.filter(d -> d.compareTo(thresholds.getCheckpointMaxAge()) > 0).isPresent()) {
          status = worse(status, Status.OUT_OF_SERVICE);
        }
      } else {
        a.put("checkpointSize", 0);
      }
      details.put("audit", a);
    }

    SyncStore s = sync;
    if (s != null || !backlogs.isEmpty()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("pending", backlogs.stream().mapToInt(OutboxBacklog::pending).sum());
      if (s != null) {
        List<Delivery> open = s.deliveries().stream().filter(d -> d.acknowledgedOn().isEmpty()).toList();
        o.put("unacknowledged", open.size());
        Optional<LocalDate> oldest = open.stream().map(d -> d.change().on()).min(LocalDate::compareTo);
        if (oldest.isPresent()) {
          Duration age = Duration.between(oldest.get().atStartOfDay(ChinaTime.ZONE).toInstant(), now);
          o.put("oldestUnacknowledgedOn", oldest.get().toString());
          o.put("oldestUnacknowledgedAgeSeconds", age.getSeconds());
          if (age.compareTo(thresholds.getOutboxMaxAge()) > 0) {
            status = worse(status, Status.OUT_OF_SERVICE);
          }
        }
      }
      details.put("outbox", o);
      if (s != null) {
        SameDayReport yesterday = SameDayReport.of(s, today.minusDays(1));
        Map<String, Object> sameDay = new LinkedHashMap<>();
        sameDay.put("day", yesterday.day().toString());
        sameDay.put("missed", yesterday.missed().size());
        sameDay.put("missedByTarget", yesterday.missedByTarget());
        details.put("sameDay", sameDay);
      }
    }
    return Health.status(status).withDetails(details).build();
  }

  private static Status worse(Status a, Status b) {
    return rank(b) > rank(a) ? b : a;
  }

  private static int rank(Status s) {
    if (s.equals(Status.DOWN)) {
      return 2;
    }
    return s.equals(Status.OUT_OF_SERVICE) ? 1 : 0;
  }

  @Override
  public String toString() {
    return "CreditHealthIndicator[calendar until " + calendar.coveredUntil() + "]";
  }
}
