package org.creditgov.examples.vendor;

import com.google.common.collect.ImmutableSortedSet;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Outcome;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.Status;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.testkit.Answer;
import org.creditgov.testkit.DesignationInvariants;
import org.creditgov.testkit.MaskingOutputs;
import org.creditgov.testkit.SanctionAnswers;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The worked example of docs/testkit.md: a vendor's county system — a register of designations
 * with receipts of its own, a sanction desk, a public notice page — tested with the testkit's
 * three invariant suites, each through a small adapter. Uses nothing but the library, the testkit
 * and JUnit's API, so that JUnit510ConsumerIT compiles and runs this very file with JUnit 5.10.
 */
class CountyRegisterSuitesTest {

  // ------------------------------------------------------------------ the vendor's system

  /** What the county's register answers a clerk: accepted, or the reasons it refused. */
  record Receipt(boolean accepted, List<String> reasons) {}

  /** The county's register: its own API over the library's designation procedure. */
  static final class CountyRegister {
    private final DesignationService procedure;

    CountyRegister(ListTypeRegistry listTypes, Clock clock) {
      this.procedure = DesignationService.builder().store(DesignationStore.inMemory()).clock(clock).listTypes(listTypes).build();
    }

    Receipt open(DesignationCommand.Propose proposal) {
      return receipt(procedure.propose(proposal));
    }

    Receipt record(DesignationId id, DesignationCommand step) {
      long version = procedure.find(id).map(Designation::version).orElse(1L);
      return receipt(procedure.execute(id, version, step));
    }

    Optional<Designation> file(DesignationId id) {
      return procedure.find(id);
    }

    private static Receipt receipt(CommandResult result) {
      if (result instanceof CommandResult.Refused) {
        return new Receipt(false, codes(((CommandResult.Refused) result).verdict()));
      }
      return new Receipt(result.isAccepted(), List.of());
    }
  }

  /** What the county's sanction desk decides on a request. */
  record Decision(String outcome, List<String> reasons) {}

  /** The county's sanction desk: asks the library's checker and answers in its own terms. */
  static final class SanctionDesk {
    private final SanctionChecker checker;

    SanctionDesk(MeasureListRegistry lists) {
      this.checker = SanctionChecker.of(lists);
    }

    Decision decide(SanctionRequest request) {
      Verdict v = checker.check(request);
      return new Decision(v.outcome().name(), codes(v));
    }
  }

  /** The county's public notice page: every personal datum masked by the publication profile. */
  static final class NoticePage {
    String field(DataKind kind, String value) {
      return MaskingProfile.PUBLIC.mask(kind, value);
    }
  }

  private static List<String> codes(Verdict v) {
    return v.findings().stream().map(Finding::code).toList();
  }

  // ------------------------------------------------------------------ the adapters and the suites

  /** The register as the designation suite drives it. */
  static DesignationInvariants.DesignationSystem adapt(CountyRegister register) {
    return new DesignationInvariants.DesignationSystem() {
      @Override
      public Answer propose(DesignationCommand.Propose command) {
        return answer(register.open(command));
      }

      @Override
      public Answer execute(DesignationId id, DesignationCommand command) {
        return answer(register.record(id, command));
      }

      @Override
      public Status statusOn(DesignationId id, LocalDate date) {
        return register.file(id).map(d -> d.statusOn(date)).orElse(Status.NOT_PROPOSED);
      }

      @Override
      public Optional<LocalDate> listedFrom(DesignationId id) {
        return register.file(id).flatMap(Designation::listedFrom);
      }

      @Override
      public Optional<LocalDate> lastDayListed(DesignationId id) {
        return register.file(id).flatMap(Designation::lastDayListed);
      }
    };
  }

  private static Answer answer(Receipt receipt) {
    return receipt.accepted() ? Answer.allowed() : Answer.refused(receipt.reasons().toArray(String[]::new));
  }

  @TestFactory
  Stream<DynamicNode> designationInvariants() {
    return DesignationInvariants.suite((listTypes, clock) -> adapt(new CountyRegister(listTypes, clock)));
  }

  @TestFactory
  Stream<DynamicNode> sanctionAnswers() {
    return SanctionAnswers.suite(lists -> {
      SanctionDesk desk = new SanctionDesk(lists);
      return request -> {
        Decision d = desk.decide(request);
        return new Answer(Outcome.valueOf(d.outcome()), ImmutableSortedSet.copyOf(d.reasons()));
      };
    });
  }

  @TestFactory
  Stream<DynamicNode> maskingOutputs() {
    NoticePage page = new NoticePage();
    return MaskingOutputs.suite(MaskingProfile.PUBLIC, page::field);
  }
}
