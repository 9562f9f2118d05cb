package org.creditgov.rules.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.testkit.Seeds;
import org.junit.jupiter.api.Test;

/**
 * Same-day sync (REP-3): each change reaches every target through one delivery per (target, change
 * id), however often it is relayed; acknowledgements are idempotent; the 当日同步 report lists,
 * per target and department, every change not acknowledged on the day it took effect, and only
 * those.
 */
class SameDaySyncTest {

  private static final SyncTarget DEPT = new SyncTarget("qtx-samr", "青铜峡市市场监督管理局业务系统", "county market regulation system");
  private static final List<SyncTarget> TARGETS = List.of(SyncTarget.CREDIT_CHINA, SyncTarget.SHARING_PLATFORM, DEPT);
  private static final String[] DEPARTMENTS = {"青铜峡市市场监督管理局", "青铜峡市应急管理局"};

  private static Change change(int i, ChangeKind kind, LocalDate on, String department) {
    return new Change("repair:R-" + i + ":3:" + kind.name(), kind, SubjectRef.of(SubjectType.LEGAL_PERSON, "91512081MA62K0260E"),
        "NAT-ADMIN-PENALTY", "青市监罚〔2026〕" + i + "号", department, on, "repair:R-" + i);
  }

  @Test
  void relayingTwiceCreatesNothingAndASecondAcknowledgementChangesNothing() {
    SyncStore store = SyncStore.inMemory(TARGETS);
    SyncRelay relay = SyncRelay.into(store);
    List<Change> changes = List.of(change(1, ChangeKind.REPAIRED, LocalDate.of(2026, 6, 3), DEPARTMENTS[0]),
        change(1, ChangeKind.PUBLICATION_STOPPED, LocalDate.of(2026, 6, 3), DEPARTMENTS[0]));
    assertThat(relay.relay(changes)).isEqualTo(6);
    assertThat(relay.relay(changes)).isZero();
    Delivery sent = store.sent(SyncTarget.CREDIT_CHINA, changes.get(0).changeId());
    assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
    Delivery ack = store.acknowledged(SyncTarget.CREDIT_CHINA, changes.get(0).changeId(), LocalDate.of(2026, 6, 3));
    assertThat(store.acknowledged(SyncTarget.CREDIT_CHINA, changes.get(0).changeId(), LocalDate.of(2026, 6, 9))).isEqualTo(ack);
    assertThat(ack.sameDay()).isTrue();
    assertThat(store.unacknowledged(SyncTarget.CREDIT_CHINA)).hasSize(1);
    assertThatIllegalArgumentException().isThrownBy(() -> store.sent(SyncTarget.CREDIT_CHINA, "no-such-change"));
  }

  @Test
  void theReportListsEveryChangeNotAcknowledgedOnItsDay() {
    Seeds.forEachSeed(200, seed -> {
      SplittableRandom r = Seeds.random(seed);
      SyncStore store = SyncStore.inMemory(TARGETS);
      LocalDate day = LocalDate.of(2026, 6, 1).plusDays(r.nextInt(30));
      List<Change> changes = new ArrayList<>();
      for (int i = r.nextInt(12); i >= 0; i--) { // unique ids: a change id names one change
        changes.add(change(i, ChangeKind.values()[r.nextInt(ChangeKind.values().length)], day.minusDays(r.nextInt(3) - 1),
            DEPARTMENTS[r.nextInt(2)]));
      }
      SyncRelay.into(store).relay(changes);
      Set<String> onTime = new HashSet<>();
      for (Change c : changes) {
        for (SyncTarget t : TARGETS) {
          switch (r.nextInt(4)) {
            case 0 -> { }
            case 1 -> store.sent(t, c.changeId());
            case 2 -> {
              store.acknowledged(t, c.changeId(), c.on());
              onTime.add(t.code() + c.changeId());
            }
            default -> store.acknowledged(t, c.changeId(), c.on().plusDays(1 + r.nextInt(3)));
          }
        }
      }
      SameDayReport report = SameDayReport.of(store, day);
      Set<String> expected = new HashSet<>();
      for (Change c : changes) {
        if (c.on().isAfter(day)) {
          continue;
        }
        for (SyncTarget t : TARGETS) {
          if (!onTime.contains(t.code() + c.changeId())) {
            expected.add(t.code() + c.changeId());
          }
        }
      }
      Set<String> missed = new HashSet<>();
      report.missed().forEach(d -> missed.add(d.target().code() + d.change().changeId()));
      assertThat(missed).isEqualTo(expected);
      report.lines().forEach(l -> assertThat(l.missed()).allSatisfy(d -> {
        assertThat(d.target()).isEqualTo(l.target());
        assertThat(d.change().department()).isEqualTo(l.department());
      }));
    });
  }
}
