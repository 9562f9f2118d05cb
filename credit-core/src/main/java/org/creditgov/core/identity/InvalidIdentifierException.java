package org.creditgov.core.identity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.ResourceBundle;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.MessageTexts;
import org.creditgov.core.text.MessageType;
import org.jspecify.annotations.Nullable;

/**
 * The one exception for a string that is not a valid identifier: bad external data, so it is
 * typed, lists <b>every</b> {@link Problem} found in the order a clerk fixes them (length and
 * alphabet, then the structure — region, birth date, division code, organisation code — then the
 * check character), each with its {@link Reason} and 1-based positions, and explains itself in
 * zh-CN and en. {@link #reason()} and {@link #position()} are those of the first problem. Like
 * {@link NumberFormatException} it is an {@link IllegalArgumentException}.
 *
 * <p>Its message never contains the input, nor any part of it: a resident ID number is personal
 * data and an exception message ends up in logs. Positions and the input's length are not the
 * input.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private static final String BUNDLE = "org.creditgov.core.identity.messages";

  /**
   * Why a string is not a valid identifier. The names are stable codes; as a message type the code
   * is {@code identity.NAME}, the key of its text in the bundle. Facts: {@code type} (the kind of
   * identifier, a term), {@code position} and, for a field, {@code lastPosition} (1-based, counts),
   * and for {@link #LENGTH} {@code length} (the number of characters, a count).
   */
  public enum Reason implements MessageType {
    /** The number of characters (after trimming outer whitespace) is not one the identifier has. Facts: {@code length}. */
    LENGTH,
    /** A character that no position of this identifier may hold (an emoji, a lone surrogate, I or O in a credit code …). Facts: {@code position}. */
    ALPHABET,
    /** A character of the identifier's alphabet in a position whose structure forbids it (a letter in a division code). Facts: {@code position}. */
    FORMAT,
    /** The check character does not match the others. Facts: {@code position}. */
    CHECKSUM,
    /** The province-level code (positions 1–2) of the address code is not one of a known province. Facts: {@code position}, {@code lastPosition}. */
    REGION,
    /** The birth date is not a calendar date, is before 1900-01-01, or is after today. Facts: {@code position}, {@code lastPosition}. */
    BIRTH_DATE,
    /** The embedded GB 11714 organisation code fails its own check (strict validation only). Facts: {@code position}. */
    ORGANISATION_CODE_CHECKSUM;

    @Override
    public String code() {
      return "identity." + name();
    }

    @Override
    public ResourceBundle messages(Locale locale) {
      return ResourceBundle.getBundle(BUNDLE, locale);
    }
  }

  /** The sentence the problems are listed in. Facts: {@code type} (term), {@code problems} (text in both languages). */
  enum Lead implements MessageType {
    INVALID;

    @Override
    public String code() {
      return "identity." + name();
    }

    @Override
    public ResourceBundle messages(Locale locale) {
      return ResourceBundle.getBundle(BUNDLE, locale);
    }
  }

  /**
   * One thing wrong with an identifier: the kind of identifier, the {@link Reason}, and where — the
   * 1-based position of the faulty character, or the first and last positions of a faulty field
   * (the birth date is positions 7 to 14). Immutable; holds no part of the input.
   */
  public static final class Problem {
    private final IdentifierType identifierType;
    private final Reason reason;
    private final int position;
    private final int lastPosition;
    private final int length;

    Problem(IdentifierType identifierType, Reason reason, int position, int lastPosition, int length) {
      this.identifierType = identifierType;
      this.reason = reason;
      this.position = position;
      this.lastPosition = lastPosition;
      this.length = length;
    }

    static Problem at(IdentifierType type, Reason reason, int position) {
      return new Problem(type, reason, position, position, 0);
    }

    static Problem field(IdentifierType type, Reason reason, int first, int last) {
      return new Problem(type, reason, first, last, 0);
    }

    static Problem length(IdentifierType type, int length) {
      return new Problem(type, Reason.LENGTH, 0, 0, length);
    }

    /** The kind of identifier the input was read as. */
    public IdentifierType identifierType() {
      return identifierType;
    }

    /** Why. */
    public Reason reason() {
      return reason;
    }

    /** The 1-based position of the faulty character or the first of the faulty field; empty for {@link Reason#LENGTH}. */
    public OptionalInt position() {
      return position > 0 ? OptionalInt.of(position) : OptionalInt.empty();
    }

    /** The last position (inclusive) of the faulty field, the position itself for one character; empty for {@link Reason#LENGTH}. */
    public OptionalInt lastPosition() {
      return lastPosition > 0 ? OptionalInt.of(lastPosition) : OptionalInt.empty();
    }

    /** The facts the message is written from: {@code type}, then {@code position}/{@code lastPosition} or {@code length}. */
    public ImmutableList<Fact> facts() {
      return reason == Reason.LENGTH
          ? ImmutableList.of(Fact.term("type", identifierType), Fact.count("length", length))
          : ImmutableList.of(Fact.term("type", identifierType), Fact.count("position", position), Fact.count("lastPosition", lastPosition));
    }

    /** What is wrong, in Simplified Chinese: {@code 第7至14位出生日期不是1900年1月1日至今之间的有效日期}. */
    public String messageZh() {
      return MessageTexts.library().format(reason, facts(), Locale.SIMPLIFIED_CHINESE);
    }

    /** What is wrong, in English. */
    public String messageEn() {
      return MessageTexts.library().format(reason, facts(), Locale.ROOT);
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof Problem p && p.identifierType == identifierType && p.reason == reason
          && p.position == position && p.lastPosition == lastPosition && p.length == length;
    }

    @Override
    public int hashCode() {
      return ((identifierType.hashCode() * 31 + reason.hashCode()) * 31 + position) * 31 + lastPosition;
    }

    /** {@code CHECKSUM@18}, {@code BIRTH_DATE@7-14}, {@code LENGTH}: no part of the input. */
    @Override
    public String toString() {
      return reason + (position == 0 ? "" : "@" + position + (lastPosition != position ? "-" + lastPosition : ""));
    }
  }

  private final IdentifierType identifierType;
  @SuppressWarnings("serial") // an ImmutableList of immutable values
  private final ImmutableList<Problem> problems;

  InvalidIdentifierException(IdentifierType identifierType, List<Problem> problems) {
    super(format(identifierType, problems, Locale.ROOT) + " / " + format(identifierType, problems, Locale.SIMPLIFIED_CHINESE));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid identifier has at least one problem");
    }
    this.identifierType = requireNonNull(identifierType, "identifierType");
    this.problems = ImmutableList.copyOf(problems);
  }

  /** The kind of identifier the input was parsed as. */
  public IdentifierType identifierType() {
    return identifierType;
  }

  /** Every problem, in the order a clerk fixes them; never empty. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** Why the input is not valid: the first problem's reason. */
  public Reason reason() {
    return problems.get(0).reason();
  }

  /**
   * The 1-based position of the first problem in the trimmed input, where it has one (not for
   * {@link Reason#LENGTH}).
   */
  public OptionalInt position() {
    return problems.get(0).position();
  }

  /** The message in Simplified Chinese, every problem listed. */
  public String messageZh() {
    return format(identifierType, problems, Locale.SIMPLIFIED_CHINESE);
  }

  /** The message in English, every problem listed. */
  public String messageEn() {
    return format(identifierType, problems, Locale.ROOT);
  }

  private static String format(IdentifierType type, List<Problem> problems, Locale locale) {
    boolean zh = MessageTexts.isChinese(locale);
    StringBuilder list = new StringBuilder();
    for (Problem p : problems) {
      if (list.length() > 0) {
        list.append(zh ? "；" : "; ");
      }
      list.append(zh ? p.messageZh() : p.messageEn());
    }
    return MessageTexts.library().format(Lead.INVALID,
        List.of(Fact.term("type", type), Fact.text("problems", list.toString())), locale);
  }
}
