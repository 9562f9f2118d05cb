package org.creditgov.store.jdbc;

import java.time.Clock;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.creditgov.core.subject.Subject;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.testkit.DesignationGenerators;

/**
 * Designation procedures for the store tests: one generated list type (fixed per seed), the
 * commands' documents fixed by their dates, the
 * service over a given store, and the commands of a complete procedure (propose, serve the notice,
 * waive the objection window in writing, decide, remove).
 */
final class Procedures {

  final ListType type;
  final ListTypeRegistry listTypes;
  private final SplittableRandom random;

  Procedures(long seed) {
    this.random = new SplittableRandom(seed);
    this.type = DesignationGenerators.listType(random);
    this.listTypes = DesignationGenerators.registry(type);
  }

  DesignationService service(DesignationStore store, Clock clock) {
    return DesignationService.builder().store(store).clock(clock).listTypes(listTypes).build();
  }

  Subject subject() {
    return DesignationGenerators.subject(random, LocalDate.of(1990, 1, 1));
  }

  DesignationCommand.Propose propose(String id, Subject subject, LocalDate on) {
    return DesignationCommand.propose().id(DesignationId.of(id)).listTypeCode(type.code()).subject(subject)
        .criteriaVersion("v1").on(on).grounds("事由").actor(DesignationGenerators.ACTOR)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.EFFECTIVE_RULING, "罚-" + id, on)).build();
  }

  DesignationCommand serve(LocalDate on) {
    return DesignationCommand.serveNotice().actor(DesignationGenerators.ACTOR)
        .notice(DesignationGenerators.notice(new SplittableRandom(on.toEpochDay()), on, true)).build();
  }

  DesignationCommand waive(LocalDate on) {
    return DesignationCommand.waiveObjection().actor(DesignationGenerators.ACTOR).on(on)
        .addDocuments(DocumentRef.of(DocumentRef.Kind.WRITTEN_WAIVER, "弃-1", on)).build();
  }

  DesignationCommand decide(LocalDate on) {
    return DesignationCommand.decide().actor(DesignationGenerators.ACTOR)
        .decision(DesignationGenerators.decision(new SplittableRandom(on.toEpochDay()), type, on, true)).build();
  }

  DesignationCommand remove(LocalDate on) {
    return DesignationCommand.remove().actor(DesignationGenerators.ACTOR).on(on).reason(RemovalReason.ERROR_CORRECTED)
        .addAllDocuments(RemovalReason.ERROR_CORRECTED.requiredDocument()
            .map(k -> java.util.List.of(DocumentRef.of(k, "移-1", on))).orElse(java.util.List.of()))
        .build();
  }

  /**
   * Proposes {@code id} on {@code on}, serves the notice and records the written waiver the same
   * day: ready to be decided (version 3).
   */
  void readyToDecide(DesignationService service, String id, Subject subject, LocalDate on) {
    check(service.propose(propose(id, subject, on)));
    DesignationId d = DesignationId.of(id);
    check(service.execute(d, 1, serve(on)));
    check(service.execute(d, 2, waive(on)));
  }

  static CommandResult check(CommandResult r) {
    if (!r.isAccepted()) {
      throw new AssertionError("not accepted: " + r);
    }
    return r;
  }
}
