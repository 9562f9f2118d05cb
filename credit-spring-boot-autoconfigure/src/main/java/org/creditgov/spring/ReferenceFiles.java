package org.creditgov.spring;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.text.Fact;

/**
 * Reads the reference-data files a configuration names, gathering every problem of every file
 * instead of stopping at the first refused one, so that startup fails once with all of them
 * ({@link ReferenceDataFailureAnalyzer}). Not thread-safe: one per registry built.
 */
final class ReferenceFiles {

  private final String what;
  private final List<DataProblem> problems = new ArrayList<>();

  /** Files of {@code what} ("catalog data", "measure-list data" …), as the exception names it. */
  ReferenceFiles(String what) {
    this.what = what;
  }

  /** Each file read by {@code reader}; a refused file adds its problems and nothing else. */
  <T> List<T> readAll(List<Path> files, Function<Path, T> reader) {
    List<T> read = new ArrayList<>();
    for (Path f : files) {
      try {
        read.add(reader.apply(f));
      } catch (ReferenceDataException e) {
        problems.addAll(e.problems());
      }
    }
    return read;
  }

  /**
   * A registry of {@code bundled} and the values read from {@code files}: every file's problems
   * and, when all read, those {@code between} them, or the registry {@code build} makes.
   *
   * @throws ReferenceDataException listing every problem found
   */
  <T, R> R registry(List<T> bundled, List<Path> files, Function<Path, T> reader,
      Function<List<T>, List<DataProblem>> between, Function<List<T>, R> build) {
    List<T> all = new ArrayList<>(bundled);
    all.addAll(readAll(files, reader));
    if (!hasProblems()) {
      addAll(between.apply(all));
    }
    throwIfAny();
    return build.apply(all);
  }

  /** The problems found between the files (a registry's). */
  void addAll(List<DataProblem> more) {
    problems.addAll(more);
  }

  /** Whether any problem was found so far. */
  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /**
   * Fails with every problem found.
   *
   * @throws ReferenceDataException listing them, if there is any
   */
  void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(what, DataProblem.inDocumentOrder(problems));
    }
  }

  /**
   * The text of a UTF-8 file.
   *
   * @throws ReferenceDataException with one {@code data.UNREADABLE} problem naming the file if it
   *     cannot be read or is not UTF-8
   */
  String text(Path file) {
    String name = String.valueOf(file.getFileName());
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw unreadable(name, "the file is not UTF-8");
    } catch (IOException e) {
      throw unreadable(name, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  private ReferenceDataException unreadable(String name, String reason) {
    return new ReferenceDataException(what,
        List.of(DataProblem.of(DataProblemType.UNREADABLE, name, "", Fact.text("reason", reason)).at(1, 1)));
  }
}
