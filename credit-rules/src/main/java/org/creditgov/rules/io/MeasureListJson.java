package org.creditgov.rules.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.creditgov.core.io.JsonInput;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListFormatException;
import org.creditgov.rules.sanction.MeasureListProblem.Reason;
import org.creditgov.rules.sanction.MeasureListProblem;
import org.creditgov.rules.sanction.MeasureListRegistry;

/**
 * Measure lists ({@code creditgov-measure-list/1}) and incentive lists ({@code
 * creditgov-incentive-list/1}) as JSON files a credit office can write by hand ({@code
 * docs/measure-list-format.md}), SAN-1, SAN-2, INC-1.
 *
 * <p>Reading yields a whole, valid list or fails with one {@link MeasureListFormatException} that
 * lists every problem, each with the source name, the JSON pointer and, where the text shows it,
 * the line and column: malformed JSON, a wrong JSON type, a missing, unknown or duplicate key, an
 * unknown enum value, a bad date, period or division code, duplicate codes, a legal basis below
 * the level SAN-2 requires or of another jurisdiction, a kind of body that does not fit the
 * measure's kind. Never a partial list, never another exception for bad data. The {@code lint}
 * methods return the same problems as data. Thread-safe.
 */
public final class MeasureListJson {

  private MeasureListJson() {}

  /**
   * Reads a measure list.
   *
   * @param sourceName how problems name the source (a file name)
   * @throws MeasureListFormatException listing every problem, if the text is not a valid list
   * @throws NullPointerException if an argument is null
   */
  public static MeasureList read(String json, String sourceName) {
    JsonInput<MeasureListProblem> in = new JsonInput<>(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"), ListReader.PROBLEMS);
    MeasureList list = new ListReader(in).measureList();
    throwIfAny(in);
    if (list == null) { // not reachable: a list is missing only when there are problems
      throw new IllegalStateException("no list and no problem in " + sourceName);
    }
    return list;
  }

  /**
   * Reads a measure-list file (UTF-8); problems name the file by its file name.
   *
   * @throws MeasureListFormatException listing every problem, or an {@link Reason#UNREADABLE} one
   * @throws NullPointerException if {@code file} is null
   */
  public static MeasureList read(Path file) {
    return read(text(file), file.getFileName().toString());
  }

  /**
   * The problems {@link #read(String, String)} would refuse the text for; empty when it is valid.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<MeasureListProblem> lint(String json, String sourceName) {
    JsonInput<MeasureListProblem> in = new JsonInput<>(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"), ListReader.PROBLEMS);
    new ListReader(in).measureList();
    return ImmutableList.copyOf(in.locatedProblems());
  }

  /**
   * Lints a set of measure-list files as a registry would load them (for CI): every problem of
   * every file, and, when the files are valid one by one, the problems between them.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<MeasureListProblem> lintFiles(Collection<Path> files) {
    List<MeasureListProblem> problems = new ArrayList<>();
    List<MeasureList> lists = new ArrayList<>();
    for (Path file : files) {
      try {
        lists.add(read(file));
      } catch (MeasureListFormatException e) {
        problems.addAll(e.problems());
      }
    }
    if (problems.isEmpty()) {
      problems.addAll(MeasureListRegistry.builder().addLists(lists).problems());
    }
    return ImmutableList.copyOf(problems);
  }

  /**
   * Reads an incentive list.
   *
   * @throws MeasureListFormatException listing every problem, if the text is not a valid list
   * @throws NullPointerException if an argument is null
   */
  public static IncentiveList readIncentives(String json, String sourceName) {
    JsonInput<MeasureListProblem> in = new JsonInput<>(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"), ListReader.PROBLEMS);
    IncentiveList list = new ListReader(in).incentiveList();
    throwIfAny(in);
    if (list == null) {
      throw new IllegalStateException("no list and no problem in " + sourceName);
    }
    return list;
  }

  /**
   * Reads an incentive-list file (UTF-8).
   *
   * @throws MeasureListFormatException listing every problem, or an {@link Reason#UNREADABLE} one
   */
  public static IncentiveList readIncentives(Path file) {
    return readIncentives(text(file), file.getFileName().toString());
  }

  /** The problems {@link #readIncentives(String, String)} would refuse the text for. */
  public static ImmutableList<MeasureListProblem> lintIncentives(String json, String sourceName) {
    JsonInput<MeasureListProblem> in = new JsonInput<>(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"), ListReader.PROBLEMS);
    new ListReader(in).incentiveList();
    return ImmutableList.copyOf(in.locatedProblems());
  }

  private static void throwIfAny(JsonInput<MeasureListProblem> in) {
    if (in.hasProblems()) {
      throw new MeasureListFormatException(in.locatedProblems());
    }
  }

  private static String text(Path file) {
    requireNonNull(file, "file");
    String name = String.valueOf(file.getFileName());
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new MeasureListFormatException(List.of(MeasureListProblem.of(Reason.UNREADABLE, name, "", "the file is not UTF-8")));
    } catch (IOException e) {
      throw new MeasureListFormatException(List.of(MeasureListProblem.of(Reason.UNREADABLE, name, "", "cannot be read: " + e)));
    }
  }
}
