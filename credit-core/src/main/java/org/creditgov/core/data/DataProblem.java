package org.creditgov.core.data;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalInt;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.RequirementId;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.FactKey;
import org.creditgov.core.text.MessageTexts;
import org.immutables.value.Value;

/**
 * One problem in reference data (a catalog, a measure or incentive list, list types, publication or
 * repair regimes, a holiday calendar …): where it is — the source (a file name), the RFC 6901 JSON
 * pointer of the offending value ({@code ""} for the whole document) and, where the text shows it,
 * the 1-based line and column — what it is (a stable {@link ProblemType} code such as {@code
 * data.MISSING_KEY} or {@code catalog.UNKNOWN_CATEGORY}), the requirement it serves (CAT-2, SAN-2 …)
 * where it serves one, its facts, and a message in zh-CN and en.
 *
 * <p>A {@link ReferenceDataException} lists every problem of a load; lint entry points return them
 * as data. Reference data holds no personal data, so facts may quote offending codes and values.
 */
@Value.Immutable
@CreditStyle
public abstract class DataProblem {

  DataProblem() {} // subclassed only by the generated implementation

  /**
   * A problem at {@code pointer} in {@code source}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static DataProblem of(ProblemType type, String source, String pointer, Fact... facts) {
    return builder().type(type).source(source).pointer(pointer).addFacts(facts).build();
  }

  /** A builder; type, source and pointer are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  /** The kind of problem. */
  public abstract ProblemType type();

  /** Where the data came from: a file or resource name, or a rule set's id for data built in code. */
  public abstract String source();

  /** The RFC 6901 JSON pointer of the offending value ({@code ""} for the whole document). */
  public abstract String pointer();

  /** The 1-based line in the source text, where known. */
  public abstract OptionalInt line();

  /** The 1-based column in the source text, where known. */
  public abstract OptionalInt column();

  /** The requirement the broken rule serves (CAT-2, CAT-4, SAN-1, SAN-2 …), where it serves one. */
  public abstract Optional<RequirementId> requirement();

  /** The facts the message is written from, in order. */
  public abstract ImmutableList<Fact> facts();

  /**
   * A one-line summary of {@code problems} without their facts, for a log line or a status: how many,
   * in which sources, of which codes ({@code 3 problems in catalog.json: catalog.UNKNOWN_REGIME,
   * data.MISSING_KEY}). It never holds a value read from the data, so it is safe to log.
   */
  public static String summary(List<DataProblem> problems) {
    Set<String> sources = new java.util.LinkedHashSet<>();
    Set<String> codes = new java.util.TreeSet<>();
    for (DataProblem p : problems) {
      sources.add(p.source());
      codes.add(p.code());
    }
    return problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + String.join(", ", sources)
        + ": " + String.join(", ", codes);
  }

  /** The stable code: {@code type().code()}. */
  public String code() {
    return type().code();
  }

  /** The value of a fact, by its typed key. */
  public <T> Optional<T> fact(FactKey<T> key) {
    return key.in(facts());
  }

  /** The message in Simplified Chinese. */
  @Value.Lazy
  public String messageZh() {
    return MessageTexts.library().format(type(), facts(), Locale.SIMPLIFIED_CHINESE);
  }

  /** The message in English. */
  @Value.Lazy
  public String messageEn() {
    return MessageTexts.library().format(type(), facts(), Locale.ROOT);
  }

  /** The message in {@code locale}'s language (Chinese for a Chinese locale, English otherwise). */
  public String message(Locale locale) {
    return MessageTexts.isChinese(locale) ? messageZh() : messageEn();
  }

  /** The message in {@code locale}'s language, with the user's texts. */
  public String message(Locale locale, MessageTexts texts) {
    return texts.format(type(), facts(), locale);
  }

  /** The same problem at a line and column of the text. */
  public DataProblem at(int line, int column) {
    return builder().from(this).line(line).column(column).build();
  }

  /** The same problem serving {@code requirement}. */
  public DataProblem serving(RequirementId requirement) {
    return builder().from(this).requirement(requireNonNull(requirement, "requirement")).build();
  }

  /**
   * The same problem found inside another document: {@code source} replaces the source and {@code
   * pointerPrefix} goes before the pointer (a loader places the problems a value reports about
   * itself into the file it came from).
   */
  public DataProblem relocated(String source, String pointerPrefix) {
    return builder().from(this).source(source).pointer(pointerPrefix + pointer()).build();
  }

  /** Whether the problem's pointer is {@code pointer} or lies below it. */
  public boolean isWithin(String pointer) {
    return pointer().equals(pointer) || pointer().startsWith(pointer + "/");
  }

  /** {@code source#pointer (line:column) [code, requirement] message}: one line, in English, for logs and CI. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(source()).append('#').append(pointer());
    if (line().isPresent()) {
      s.append(" (").append(line().getAsInt());
      column().ifPresent(c -> s.append(':').append(c));
      s.append(')');
    }
    s.append(" [").append(code());
    requirement().ifPresent(r -> s.append(", ").append(r.id()));
    return s.append("] ").append(messageEn()).toString();
  }

  /** Sorts problems by source, then line and column where known, then pointer: the order a person fixes them in. */
  public static List<DataProblem> inDocumentOrder(List<DataProblem> problems) {
    return problems.stream()
        .sorted(java.util.Comparator.comparing(DataProblem::source)
            .thenComparingInt(p -> p.line().orElse(Integer.MAX_VALUE))
            .thenComparingInt(p -> p.column().orElse(Integer.MAX_VALUE))
            .thenComparing(DataProblem::pointer))
        .collect(ImmutableList.toImmutableList());
  }

  /** Builds a {@link DataProblem}. */
  public static final class Builder extends ImmutableDataProblem.Builder {
    Builder() {}
  }
}
