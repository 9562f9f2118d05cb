package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Subject;
import org.immutables.value.Value;

/**
 * A step a department asks for (DES-7). {@link DesignationService} checks its guards and either
 * appends one event or refuses with a verdict listing every finding. Commands are immutable values
 * built with their builders:
 *
 * <pre>{@code
 * DesignationCommand.fileObjection().actor(officer).on(LocalDate.of(2025, 3, 4))
 *     .addDocument(DocumentRef.of(Kind.OBJECTION, "异议-2025-017", LocalDate.of(2025, 3, 4)))
 *     .build();
 * }</pre>
 *
 * <p>Every command names its {@link #actor()} and the {@link #documents()} it rests on; the date it
 * takes effect is its own {@code on} date, or for a notice and a decision the date the document
 * states. Free texts (grounds, reasons) are redacted from {@code toString()}.
 */
@Value.Enclosing
@CreditStyle
public sealed interface DesignationCommand {

  /** Who takes the step. */
  Actor actor();

  /** The documents the step rests on. */
  ImmutableList<DocumentRef> documents();

  /** A builder of {@link Propose}. */
  static ImmutableDesignationCommand.Propose.Builder propose() {
    return ImmutableDesignationCommand.Propose.builder();
  }

  /** A builder of {@link ServeNotice}. */
  static ImmutableDesignationCommand.ServeNotice.Builder serveNotice() {
    return ImmutableDesignationCommand.ServeNotice.builder();
  }

  /** A builder of {@link WaiveObjection}. */
  static ImmutableDesignationCommand.WaiveObjection.Builder waiveObjection() {
    return ImmutableDesignationCommand.WaiveObjection.builder();
  }

  /** A builder of {@link FileObjection}. */
  static ImmutableDesignationCommand.FileObjection.Builder fileObjection() {
    return ImmutableDesignationCommand.FileObjection.builder();
  }

  /** A builder of {@link AnswerObjection}. */
  static ImmutableDesignationCommand.AnswerObjection.Builder answerObjection() {
    return ImmutableDesignationCommand.AnswerObjection.builder();
  }

  /** A builder of {@link Withdraw}. */
  static ImmutableDesignationCommand.Withdraw.Builder withdraw() {
    return ImmutableDesignationCommand.Withdraw.builder();
  }

  /** A builder of {@link Decide}. */
  static ImmutableDesignationCommand.Decide.Builder decide() {
    return ImmutableDesignationCommand.Decide.builder();
  }

  /** A builder of {@link Remove}. */
  static ImmutableDesignationCommand.Remove.Builder remove() {
    return ImmutableDesignationCommand.Remove.builder();
  }

  /**
   * Opens a designation: proposes to list {@link #subject()} on {@link #listType()} under the
   * criteria version it names (DES-1, DES-2), on grounds resting on a legally effective ruling
   * (a document of kind {@link DocumentRef.Kind#EFFECTIVE_RULING}).
   */
  @Value.Immutable
  abstract non-sealed class Propose implements DesignationCommand {
    Propose() {}

    /** The id of the new designation; must not exist yet. */
    public abstract DesignationId id();

    /** The list. */
    public abstract ListType listType();

    /** Whom to list. Personal data of a natural person is redacted by the subject's own {@code toString()}. */
    public abstract Subject subject();

    /** The version of the national criteria the proposal applies (DES-2). */
    public abstract String criteriaVersion();

    /** The date of the proposal. */
    public abstract LocalDate on();

    /** The grounds (事由): facts of the case, redacted from {@code toString()}. */
    @Value.Redacted
    public abstract Optional<String> grounds();

    /** Bases cited beyond the list type's own (an article of a sector law, say). */
    public abstract ImmutableList<LegalBasis> legalBases();
  }

  /** Serves the prior notice (DES-3); the step's date is the notice's service date. */
  @Value.Immutable
  abstract non-sealed class ServeNotice implements DesignationCommand {
    ServeNotice() {}

    /** The notice. */
    public abstract PriorNotice notice();
  }

  /** Records the subject's written waiver of the objection window (DES-4). */
  @Value.Immutable
  abstract non-sealed class WaiveObjection implements DesignationCommand {
    WaiveObjection() {}

    /** The date of the waiver. */
    public abstract LocalDate on();
  }

  /** Records an objection the subject filed (DES-4). */
  @Value.Immutable
  abstract non-sealed class FileObjection implements DesignationCommand {
    FileObjection() {}

    /** The date the objection was filed. */
    public abstract LocalDate on();
  }

  /** Records the written answer to the open objection: upheld drops the designation (DES-4). */
  @Value.Immutable
  abstract non-sealed class AnswerObjection implements DesignationCommand {
    AnswerObjection() {}

    /** The date of the answer. */
    public abstract LocalDate on();

    /** Whether the objection is upheld (the designation is dropped) or rejected (the procedure continues). */
    public abstract boolean upheld();
  }

  /** Withdraws the proposal before a decision; the designation is dropped. */
  @Value.Immutable
  abstract non-sealed class Withdraw implements DesignationCommand {
    Withdraw() {}

    /** The date of the withdrawal. */
    public abstract LocalDate on();

    /** Why, redacted from {@code toString()}. */
    @Value.Redacted
    public abstract String reason();

    @Value.Check
    void check() {
      checkArgument(!reason().isBlank(), "a withdrawal needs a reason");
    }
  }

  /** Decides to list, by a written decision document (DES-5); the step's date is the decision date. */
  @Value.Immutable
  abstract non-sealed class Decide implements DesignationCommand {
    Decide() {}

    /** The decision document. */
    public abstract DecisionDocument decision();
  }

  /** Removes a listed subject from the list, or records the expiry of its listing (DES-6). */
  @Value.Immutable
  abstract non-sealed class Remove implements DesignationCommand {
    Remove() {}

    /** The date the removal takes effect. */
    public abstract LocalDate on();

    /** Why. */
    public abstract RemovalReason reason();
  }
}
