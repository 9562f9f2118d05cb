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
  static Propose.Builder propose() {
    return new Propose.Builder();
  }

  /** A builder of {@link ServeNotice}. */
  static ServeNotice.Builder serveNotice() {
    return new ServeNotice.Builder();
  }

  /** A builder of {@link WaiveObjection}. */
  static WaiveObjection.Builder waiveObjection() {
    return new WaiveObjection.Builder();
  }

  /** A builder of {@link FileObjection}. */
  static FileObjection.Builder fileObjection() {
    return new FileObjection.Builder();
  }

  /** A builder of {@link AnswerObjection}. */
  static AnswerObjection.Builder answerObjection() {
    return new AnswerObjection.Builder();
  }

  /** A builder of {@link Withdraw}. */
  static Withdraw.Builder withdraw() {
    return new Withdraw.Builder();
  }

  /** A builder of {@link Decide}. */
  static Decide.Builder decide() {
    return new Decide.Builder();
  }

  /** A builder of {@link Remove}. */
  static Remove.Builder remove() {
    return new Remove.Builder();
  }

  /**
   * Opens a designation: proposes to list {@link #subject()} on the list type of {@link
   * #listTypeCode()} in force in the department's jurisdiction on the proposal's date, under the
   * criteria version it names (DES-1, DES-2), on grounds resting on a legally effective ruling (a
   * document of kind {@link DocumentRef.Kind#EFFECTIVE_RULING}). The command carries the subject's
   * details because the minor check needs the birth date (SAN-4); the service keeps them in its
   * {@link SubjectDirectory} and the event it appends names the subject by reference only.
   */
  @Value.Immutable
  abstract non-sealed class Propose implements DesignationCommand {
    Propose() {}

    /**
     * A builder holding this command's attributes, to prepare a command once and vary it (another
     * date, another document): a single-valued attribute set again replaces the copied value, an
     * {@code add…} adds to the copied elements.
     */
    public Builder toBuilder() {
      return new Builder().from(this);
    }

    /**
     * The builder of {@link Propose}: set the attributes, then {@code build()}, which throws
     * {@link IllegalStateException} naming every mandatory attribute not set.
     */
    public static final class Builder extends ImmutableDesignationCommand.Propose.Builder {
      Builder() {}
    }

    /** The id of the new designation; must not exist yet. */
    public abstract DesignationId id();

    /** The code of the list type, resolved in force in the actor's jurisdiction on {@link #on()}. */
    public abstract String listTypeCode();

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

    /**
     * A builder holding this command's attributes, to prepare a command once and vary it (another
     * date, another document): a single-valued attribute set again replaces the copied value, an
     * {@code add…} adds to the copied elements.
     */
    public Builder toBuilder() {
      return new Builder().from(this);
    }

    /**
     * The builder of {@link ServeNotice}: set the attributes, then {@code build()}, which throws
     * {@link IllegalStateException} naming every mandatory attribute not set.
     */
    public static final class Builder extends ImmutableDesignationCommand.ServeNotice.Builder {
      Builder() {}
    }

    /** The notice. */
    public abstract PriorNotice notice();
  }

  /** Records the subject's written waiver of the objection window (DES-4). */
  @Value.Immutable
  abstract non-sealed class WaiveObjection implements DesignationCommand {
    WaiveObjection() {}

    /**
     * A builder holding this command's attributes, to prepare a command once and vary it (another
     * date, another document): a single-valued attribute set again replaces the copied value, an
     * {@code add…} adds to the copied elements.
     */
    public Builder toBuilder() {
      return new Builder().from(this);
    }

    /**
     * The builder of {@link WaiveObjection}: set the attributes, then {@code build()}, which throws
     * {@link IllegalStateException} naming every mandatory attribute not set.
     */
    public static final class Builder extends ImmutableDesignationCommand.WaiveObjection.Builder {
      Builder() {}
    }

    /** The date of the waiver. */
    public abstract LocalDate on();
  }

  /** Records an objection the subject filed (DES-4). */
  @Value.Immutable
  abstract non-sealed class FileObjection implements DesignationCommand {
    FileObjection() {}

    /**
     * A builder holding this command's attributes, to prepare a command once and vary it (another
     * date, another document): a single-valued attribute set again replaces the copied value, an
     * {@code add…} adds to the copied elements.
     */
    public Builder toBuilder() {
      return new Builder().from(this);
    }

    /**
     * The builder of {@link FileObjection}: set the attributes, then {@code build()}, which throws
     * {@link IllegalStateException} naming every mandatory attribute not set.
     */
    public static final class Builder extends ImmutableDesignationCommand.FileObjection.Builder {
      Builder() {}
    }

    /** The date the objection was filed. */
    public abstract LocalDate on();
  }

  /** Records the written answer to the open objection: upheld drops the designation (DES-4). */
  @Value.Immutable
  abstract non-sealed class AnswerObjection implements DesignationCommand {
    AnswerObjection() {}

    /**
     * A builder holding this command's attributes, to prepare a command once and vary it (another
     * date, another document): a single-valued attribute set again replaces the copied value, an
     * {@code add…} adds to the copied elements.
     */
    public Builder toBuilder() {
      return new Builder().from(this);
    }

    /**
     * The builder of {@link AnswerObjection}: set the attributes, then {@code build()}, which throws
     * {@link IllegalStateException} naming every mandatory attribute not set.
     */
    public static final class Builder extends ImmutableDesignationCommand.AnswerObjection.Builder {
      Builder() {}
    }

    /** The date of the answer. */
    public abstract LocalDate on();

    /** Whether the objection is upheld (the designation is dropped) or rejected (the procedure continues). */
    public abstract boolean upheld();
  }

  /** Withdraws the proposal before a decision; the designation is dropped. */
  @Value.Immutable
  abstract non-sealed class Withdraw implements DesignationCommand {
    Withdraw() {}

    /**
     * A builder holding this command's attributes, to prepare a command once and vary it (another
     * date, another document): a single-valued attribute set again replaces the copied value, an
     * {@code add…} adds to the copied elements.
     */
    public Builder toBuilder() {
      return new Builder().from(this);
    }

    /**
     * The builder of {@link Withdraw}: set the attributes, then {@code build()}, which throws
     * {@link IllegalStateException} naming every mandatory attribute not set.
     */
    public static final class Builder extends ImmutableDesignationCommand.Withdraw.Builder {
      Builder() {}
    }

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

    /**
     * A builder holding this command's attributes, to prepare a command once and vary it (another
     * date, another document): a single-valued attribute set again replaces the copied value, an
     * {@code add…} adds to the copied elements.
     */
    public Builder toBuilder() {
      return new Builder().from(this);
    }

    /**
     * The builder of {@link Decide}: set the attributes, then {@code build()}, which throws
     * {@link IllegalStateException} naming every mandatory attribute not set.
     */
    public static final class Builder extends ImmutableDesignationCommand.Decide.Builder {
      Builder() {}
    }

    /** The decision document. */
    public abstract DecisionDocument decision();
  }

  /** Removes a listed subject from the list, or records the expiry of its listing (DES-6). */
  @Value.Immutable
  abstract non-sealed class Remove implements DesignationCommand {
    Remove() {}

    /**
     * A builder holding this command's attributes, to prepare a command once and vary it (another
     * date, another document): a single-valued attribute set again replaces the copied value, an
     * {@code add…} adds to the copied elements.
     */
    public Builder toBuilder() {
      return new Builder().from(this);
    }

    /**
     * The builder of {@link Remove}: set the attributes, then {@code build()}, which throws
     * {@link IllegalStateException} naming every mandatory attribute not set.
     */
    public static final class Builder extends ImmutableDesignationCommand.Remove.Builder {
      Builder() {}
    }

    /** The date the removal takes effect. */
    public abstract LocalDate on();

    /** Why. */
    public abstract RemovalReason reason();
  }
}
