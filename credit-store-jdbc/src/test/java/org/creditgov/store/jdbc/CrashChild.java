package org.creditgov.store.jdbc;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.sync.SyncTarget;

/**
 * The process {@link CrashTest} kills: on the embedded database in {@code args[0]} (round {@code args[1]},
 * clock offset {@code args[2]} milliseconds), it runs complete
 * designation procedures (propose, serve, waive, decide) one after the other, printing {@code ACK
 * <id> <version>} once each step is stored, while a dispatcher of 2 threads delivers the outbox to
 * the parent, printing {@code GOT <target> <change id>} before the sender returns (the parent is
 * the target: a line it reads is a delivery it received). Runs until killed, or until its parent
 * dies.
 */
public final class CrashChild {

  static final LocalDate DAY = LocalDate.of(2025, 3, 3);
  static final RetryPolicy POLICY = new RetryPolicy(100, Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofSeconds(1));

  private CrashChild() {}

  /** The offset that puts now on the day of the procedures: computed once by the parent, shared by every child. */
  static Duration offset() {
    return Duration.between(Instant.now(), DAY.atTime(2, 0).toInstant(java.time.ZoneOffset.UTC));
  }

  /** The clock of the test's processes: one timeline on the day of the procedures, moving with real time (leases run out). */
  static Clock clock(Duration offset) {
    return Clock.offset(Clock.systemUTC(), offset);
  }

  static JdbcStores open(Path dir, Procedures procedures, Clock clock) {
    JdbcStores stores = JdbcStores.embedded(dir).clock(clock).listTypes(procedures.listTypes).retryPolicy(POLICY).build();
    stores.migrate();
    return stores;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    String round = args[1];
    Duration offset = Duration.ofMillis(Long.parseLong(args[2]));
    // a child whose test died (its JVM killed, say) would run for ever: it dies with its parent
    ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(3)));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Procedures procedures = new Procedures(CrashTest.SEED);
    Clock clock = clock(offset);
    JdbcStores stores = open(dir, procedures, clock);
    Map<SyncTarget, ChangeSender> senders = new HashMap<>();
    for (SyncTarget t : stores.outbox().targets()) {
      senders.put(t, c -> {
        synchronized (out) {
          out.println("GOT " + t.code() + " " + c.changeId());
        }
      });
    }
    Dispatcher dispatcher = stores.outbox().dispatcher(senders, 2).start();
    DesignationService service = procedures.service(stores.designations(), clock);
    for (int i = 0; ; i++) {
      String id = "K" + round + "-" + i;
      DesignationId d = DesignationId.of(id);
      ack(out, id, service.propose(procedures.propose(id, procedures.subject(), DAY)));
      DesignationCommand[] steps = {procedures.serve(DAY), procedures.waive(DAY), procedures.decide(DAY)};
      for (int v = 0; v < steps.length; v++) {
        ack(out, id, service.execute(d, v + 1, steps[v]));
      }
      if (dispatcher.storeErrors() > 1000) {
        throw new IllegalStateException("the dispatcher keeps failing");
      }
    }
  }

  private static void ack(PrintStream out, String id, CommandResult r) {
    if (!(r instanceof CommandResult.Accepted a)) {
      throw new IllegalStateException("not accepted: " + r);
    }
    synchronized (out) {
      out.println("ACK " + id + " " + a.event().version());
    }
  }
}
