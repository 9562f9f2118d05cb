package org.creditgov.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.ListTypeSet;
import org.creditgov.rules.designation.Status;
import org.creditgov.testkit.DesignationInvariants.DesignationSystem;
import org.junit.jupiter.api.Test;

/**
 * The designation suite itself: a system built on the library passes every requirement's test; a
 * system that forgets the objection window fails DES-4 and only DES-4, one that ends a listing a
 * day early fails DES-6 and only DES-6, each with the seed, its switch and the step that shows it.
 */
class DesignationInvariantsSuiteTest {

  private static final int SEEDS = 60;

  /** A vendor's system on the library, as the docs show it. */
  static DesignationSystem onTheLibrary(ListTypeRegistry listTypes, Clock clock) {
    return DesignationInvariants.system(DesignationService.builder().store(DesignationStore.inMemory()).clock(clock).listTypes(listTypes).build());
  }

  @Test
  void aSystemOnTheLibraryPassesEveryRequirement() {
    List<Suites.Ran> ran = Suites.execute(DesignationInvariants.suite(DesignationInvariantsSuiteTest::onTheLibrary, SEEDS));
    assertThat(ran).extracting(Suites.Ran::displayName).anyMatch(n -> n.startsWith("DES-1 "))
        .anyMatch(n -> n.startsWith("DES-4 异议 (objection): ")).anyMatch(n -> n.startsWith("DES-7 "))
        .allMatch(n -> n.endsWith("[" + SEEDS + " seeds]"));
    assertThat(ran).filteredOn(r -> !r.passed()).as("failures %s", ran).isEmpty();
  }

  @Test
  void aSystemThatForgetsTheObjectionWindowFailsDes4() {
    // the vendor's copy of the list types counts an objection window of one working day
    List<Suites.Ran> ran = Suites.execute(DesignationInvariants.suite((listTypes, clock) -> {
      ListTypeSet set = listTypes.versions().get(0);
      ListType[] shortWindows = set.listTypes().stream().map(t -> t.toBuilder().objectionWindowWorkingDays(1).build())
          .toArray(ListType[]::new);
      return onTheLibrary(ListTypeRegistry.of(ListTypeSet.of(set.header(), shortWindows)), clock);
    }, SEEDS));
    List<Suites.Ran> failed = ran.stream().filter(r -> !r.passed()).toList();
    assertThat(failed).extracting(Suites.Ran::displayName).singleElement().asString().startsWith("DES-4 ");
    assertThat(failed.get(0).failure()).isInstanceOf(AssertionError.class).message()
        .matches("(?s)\\[seed=(-?\\d+); reproduce with -Dcreditgov\\.seed=\\1\\] step \\d+ of 40, today .*")
        .containsPattern("designation\\.OBJECTION_WINDOW_(NOT_PASSED|CLOSED) \\(DES-4\\)");
  }

  @Test
  void aSystemThatEndsAListingADayEarlyFailsDes6() {
    List<Suites.Ran> ran = Suites.execute(DesignationInvariants.suite((listTypes, clock) -> {
      DesignationSystem right = onTheLibrary(listTypes, clock);
      return new DesignationSystem() {
        @Override
        public Answer propose(DesignationCommand.Propose command) {
          return right.propose(command);
        }

        @Override
        public Answer execute(DesignationId id, DesignationCommand command) {
          return right.execute(id, command);
        }

        @Override
        public Status statusOn(DesignationId id, LocalDate date) {
          Status s = right.statusOn(id, date);
          return s == Status.LISTED && right.lastDayListed(id).equals(Optional.of(date)) ? Status.EXPIRED : s;
        }

        @Override
        public Optional<LocalDate> listedFrom(DesignationId id) {
          return right.listedFrom(id);
        }

        @Override
        public Optional<LocalDate> lastDayListed(DesignationId id) {
          return right.lastDayListed(id).map(d -> d.minusDays(1)); // the exclusive end taken for the last day
        }
      };
    }, SEEDS));
    List<Suites.Ran> failed = ran.stream().filter(r -> !r.passed()).toList();
    assertThat(failed).extracting(Suites.Ran::displayName).singleElement().asString().startsWith("DES-6 ");
    assertThat(failed.get(0).failure().getMessage()).startsWith("[seed=")
        .containsPattern("is listed until \\d{4}-\\d\\d-\\d\\d inclusive by the system, until \\d{4}-\\d\\d-\\d\\d inclusive by the library");
  }

  @Test
  void theSuiteNeedsAPositiveNumberOfSeeds() {
    assertThatThrownBy(() -> DesignationInvariants.suite(DesignationInvariantsSuiteTest::onTheLibrary, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
