package org.creditgov.rules.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.io.DocumentRead;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.JsonWriting;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.rules.incentive.Incentive;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.incentive.IncentiveListFormatException;
import org.creditgov.rules.incentive.IncentiveRegistry;
import org.creditgov.rules.io.ListDocuments.Basis;
import org.creditgov.rules.io.ListDocuments.Header;
import org.creditgov.rules.io.ListDocuments.IncentiveEntry;
import org.creditgov.rules.io.ListDocuments.IncentiveListDocument;
import org.creditgov.rules.io.ListDocuments.MeasureEntry;
import org.creditgov.rules.io.ListDocuments.MeasureListDocument;
import org.creditgov.rules.io.ListDocuments.Names;
import org.creditgov.rules.sanction.Measure;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListFormatException;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Measure lists ({@code creditgov-measure-list/1}) and incentive lists ({@code
 * creditgov-incentive-list/1}) as JSON files a credit office can write by hand ({@code
 * docs/measure-list-format.md}; schemas {@code measure-list-1.schema.json} and {@code
 * incentive-list-1.schema.json}), SAN-1, SAN-2, INC-1.
 *
 * <p>Reading yields a whole, valid list or fails with one {@link MeasureListFormatException} (an
 * {@link IncentiveListFormatException} for incentive lists) that lists every problem in one pass,
 * each a {@link DataProblem} with the source name, the JSON pointer, the line and column, a stable
 * code and messages in zh-CN and en: the text is not JSON, breaks the format's schema (a missing,
 * unknown or duplicate key, a wrong type or value, a bad date, period, division code or code), or
 * breaks a rule of the data (a reference to an undeclared instrument, a period ending before it
 * starts, a duplicate code, a basis below the level SAN-2 requires or of another jurisdiction, a
 * kind of body that does not fit the measure's kind …). Never a partial list, never another
 * exception for bad data. The {@code lint} methods return the same problems as data. Writing
 * gives a file that reads back to an equal list (every basis in full). Thread-safe.
 */
public final class MeasureListJson {

  /** The measure-list format. */
  public static final String MEASURE_FORMAT = "creditgov-measure-list/1";
  /** The incentive-list format. */
  public static final String INCENTIVE_FORMAT = "creditgov-incentive-list/1";

  static final List<DocumentRead.Format> MEASURE_FORMATS =
      List.of(new DocumentRead.Format(MEASURE_FORMAT, "measure-list-1.schema.json", RequirementId.SAN_1));
  static final List<DocumentRead.Format> INCENTIVE_FORMATS =
      List.of(new DocumentRead.Format(INCENTIVE_FORMAT, "incentive-list-1.schema.json", RequirementId.INC_1));

  private MeasureListJson() {}

  // ------------------------------------------------------------------ measure lists

  /**
   * Reads a measure list.
   *
   * @param sourceName how problems name the source (a file name)
   * @throws MeasureListFormatException listing every problem, if the text is not a valid list
   * @throws NullPointerException if an argument is null
   */
  public static MeasureList read(String json, String sourceName) {
    return measures(JsonDocument.parse(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"))).get();
  }

  /**
   * Reads a measure-list file (UTF-8); problems name the file by its file name.
   *
   * @throws MeasureListFormatException listing every problem, or a {@code data.UNREADABLE} one
   * @throws NullPointerException if {@code file} is null
   */
  public static MeasureList read(Path file) {
    return measures(JsonDocument.read(requireNonNull(file, "file"))).get();
  }

  /**
   * The problems {@link #read(String, String)} would refuse the text for; empty when it is valid.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<DataProblem> lint(String json, String sourceName) {
    return measures(JsonDocument.parse(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"))).problems();
  }

  /**
   * Lints a set of measure-list files as a registry would load them (for CI), together with the
   * bundled lists named (see {@link BundledLists#measureListNames()}, so that a supplement is
   * checked against the national model it extends): every problem of every file, and, when the
   * files are valid one by one, the problems between them and the bundled lists.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a bundled name is not one {@link BundledLists} has
   */
  public static ImmutableList<DataProblem> lintFiles(Collection<Path> files, String... bundled) {
    return lintTogether(files, bundled, BundledLists::measureList, MeasureListJson::measures,
        lists -> MeasureListRegistry.builder().addLists(lists).problems());
  }

  /**
   * The list as a {@code creditgov-measure-list/1} document: indented UTF-8 JSON, every legal basis
   * in full. {@link #read(String, String)} of the text gives an equal list.
   *
   * @throws NullPointerException if {@code list} is null
   */
  public static String write(MeasureList list) {
    List<MeasureEntry> entries = list.measures().stream().map(MeasureListJson::entry).toList();
    return JsonWriting.write(new MeasureListDocument(MEASURE_FORMAT, Header.of(list.header()), entries));
  }

  private static MeasureEntry entry(Measure m) {
    return new MeasureEntry(m.code(), new Names(m.nameZh(), m.nameEn()), m.kind(), Basis.of(m.legalBases()),
        m.targetConduct(), List.copyOf(m.targetLists()), List.copyOf(m.fields()), List.copyOf(m.contexts()),
        List.copyOf(m.subjectTypes()), m.implementingBody(), List.copyOf(m.bodyKinds()), m.minimumSeverity(),
        m.maximumDuration(), flag(m.appliesToMinors()), flag(m.appliesToResponsiblePersons()), m.source(), m.unconfirmed());
  }

  private static Read<MeasureList> measures(JsonDocument document) {
    ListReading r = new ListReading(DocumentRead.of(document, MEASURE_FORMATS));
    return read(r, "/measures", MeasureListJson::measure,
        (h, ms) -> MeasureList.builder().header(h).addAllMeasures(ms).build(), MeasureList::entryProblems,
        MeasureListFormatException::new);
  }

  private static Optional<Measure> measure(ListReading r, String at) {
    Optional<MeasureEntry> e = r.bind(at, MeasureEntry.class);
    Optional<ImmutableList<LegalBasis>> bases = r.bases(at + "/legalBases");
    if (e.isEmpty() || bases.isEmpty()) {
      return Optional.empty();
    }
    MeasureEntry m = e.get();
    Measure.Builder b = Measure.builder().code(m.code()).nameZh(m.name().zh()).nameEn(m.name().en()).kind(m.kind())
        .addAllLegalBases(bases.get()).targetConduct(m.targetConduct()).addAllTargetLists(m.targetLists())
        .addAllFields(m.fields()).addAllContexts(m.contexts()).addAllSubjectTypes(m.subjectTypes())
        .implementingBody(m.implementingBody()).addAllBodyKinds(m.bodyKinds()).minimumSeverity(m.minimumSeverity())
        .appliesToMinors(m.appliesToMinors().orElse(false))
        .appliesToResponsiblePersons(m.appliesToResponsiblePersons().orElse(false)).addAllUnconfirmed(m.unconfirmed());
    m.maximumDuration().ifPresent(b::maximumDuration);
    m.source().ifPresent(b::source);
    return built(r, at, b::build);
  }

  // ------------------------------------------------------------------ incentive lists

  /**
   * Reads an incentive list.
   *
   * @throws IncentiveListFormatException listing every problem, if the text is not a valid list
   * @throws NullPointerException if an argument is null
   */
  public static IncentiveList readIncentives(String json, String sourceName) {
    return incentives(JsonDocument.parse(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"))).get();
  }

  /**
   * Reads an incentive-list file (UTF-8); problems name the file by its file name.
   *
   * @throws IncentiveListFormatException listing every problem, or a {@code data.UNREADABLE} one
   * @throws NullPointerException if {@code file} is null
   */
  public static IncentiveList readIncentives(Path file) {
    return incentives(JsonDocument.read(requireNonNull(file, "file"))).get();
  }

  /**
   * The problems {@link #readIncentives(String, String)} would refuse the text for.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<DataProblem> lintIncentives(String json, String sourceName) {
    return incentives(JsonDocument.parse(requireNonNull(json, "json"), requireNonNull(sourceName, "sourceName"))).problems();
  }

  /**
   * Lints a set of incentive-list files as a registry would load them, together with the bundled
   * incentive lists named ({@link BundledLists#incentiveListNames()}): every problem of every file
   * and, when they are valid one by one, the problems between them.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if a bundled name is not one {@link BundledLists} has
   */
  public static ImmutableList<DataProblem> lintIncentiveFiles(Collection<Path> files, String... bundled) {
    return lintTogether(files, bundled, BundledLists::incentiveList, MeasureListJson::incentives,
        lists -> IncentiveRegistry.builder().addLists(lists).problems());
  }

  /**
   * The list as a {@code creditgov-incentive-list/1} document; {@link #readIncentives(String,
   * String)} of the text gives an equal list.
   *
   * @throws NullPointerException if {@code list} is null
   */
  public static String writeIncentives(IncentiveList list) {
    List<IncentiveEntry> entries = list.incentives().stream()
        .map(i -> new IncentiveEntry(i.code(), new Names(i.nameZh(), i.nameEn()), Basis.of(i.legalBases()),
            List.copyOf(i.contexts()), List.copyOf(i.subjectTypes()), List.copyOf(i.eligibility()), i.source(),
            i.unconfirmed()))
        .toList();
    return JsonWriting.write(new IncentiveListDocument(INCENTIVE_FORMAT, Header.of(list.header()), entries));
  }

  private static Read<IncentiveList> incentives(JsonDocument document) {
    ListReading r = new ListReading(DocumentRead.of(document, INCENTIVE_FORMATS));
    return read(r, "/incentives", MeasureListJson::incentive,
        (h, is) -> IncentiveList.builder().header(h).addAllIncentives(is).build(), IncentiveList::entryProblems,
        IncentiveListFormatException::new);
  }

  private static Optional<Incentive> incentive(ListReading r, String at) {
    Optional<IncentiveEntry> e = r.bind(at, IncentiveEntry.class);
    Optional<ImmutableList<LegalBasis>> bases = r.bases(at + "/legalBases");
    if (e.isEmpty() || bases.isEmpty()) {
      return Optional.empty();
    }
    IncentiveEntry i = e.get();
    Incentive.Builder b = Incentive.builder().code(i.code()).nameZh(i.name().zh()).nameEn(i.name().en())
        .addAllLegalBases(bases.get()).addAllContexts(i.contexts()).addAllSubjectTypes(i.subjectTypes())
        .addAllEligibility(i.eligibility()).addAllUnconfirmed(i.unconfirmed());
    i.source().ifPresent(b::source);
    return built(r, at, b::build);
  }

  // ------------------------------------------------------------------ shared

  /** Every problem of every file and, when they are all valid, the problems between them and the bundled lists named. */
  private static <L> ImmutableList<DataProblem> lintTogether(Collection<Path> files, String[] bundled,
      Function<String, L> bundledList, Function<JsonDocument, Read<L>> read,
      Function<List<L>, ImmutableList<DataProblem>> between) {
    List<DataProblem> problems = new ArrayList<>();
    List<L> lists = new ArrayList<>();
    for (String name : bundled) {
      lists.add(bundledList.apply(name));
    }
    for (Path file : files) {
      Read<L> r = read.apply(JsonDocument.read(requireNonNull(file, "file")));
      problems.addAll(r.problems());
      r.value().ifPresent(lists::add);
    }
    if (problems.isEmpty()) {
      problems.addAll(between.apply(lists));
    }
    return ImmutableList.copyOf(problems);
  }

  private static Optional<Boolean> flag(boolean set) {
    return set ? Optional.of(true) : Optional.empty();
  }

  /** The entry {@code build} makes, or empty with its problems placed at {@code at}. */
  private static <E> Optional<E> built(ListReading r, String at, java.util.function.Supplier<E> build) {
    try {
      return Optional.of(build.get());
    } catch (ReferenceDataException e) {
      r.relocate(e, at);
      return Optional.empty();
    }
  }

  /** How a format checks its entries as the entries of one layer. */
  @FunctionalInterface
  private interface EntryRules<E> {
    ImmutableList<DataProblem> problems(String source, Optional<Jurisdiction> layer, List<E> entries, List<String> pointers);
  }

  /**
   * Reads a list of either format: its header and each entry at {@code entries/i}; the list when
   * all can be read, else the problems of the entries read as the entries of one layer, so that a
   * list whose header cannot be read still gets its entries' problems.
   */
  private static <E, L> Read<L> read(ListReading r, String entries, BiFunction<ListReading, String, Optional<E>> entry,
      BiFunction<RuleSetHeader, List<E>, L> build, EntryRules<E> rules,
      Function<List<DataProblem>, ? extends ReferenceDataException> refusal) {
    Optional<RuleSetHeader> header = r.header();
    List<E> read = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    int size = r.size(entries);
    for (int i = 0; i < size; i++) {
      Optional<E> e = entry.apply(r, entries + "/" + i);
      if (e.isPresent()) {
        read.add(e.get());
        positions.add(i);
      }
    }
    L list = null;
    if (header.isPresent() && read.size() == size) {
      try {
        list = build.apply(header.get(), read);
      } catch (ReferenceDataException e) {
        r.addAll(e.problems()); // the list reports under its origin, this document
      }
    } else {
      r.addAll(rules.problems(r.source(), r.jurisdiction(), read, ListReading.pointers(entries, positions)));
    }
    return new Read<>(r.read(), list, refusal);
  }

  /** The outcome of one read: the list, or the problems. */
  private static final class Read<L> {
    private final DocumentRead read;
    private final @Nullable L value;
    private final Function<List<DataProblem>, ? extends ReferenceDataException> refusal;

    Read(DocumentRead read, @Nullable L value, Function<List<DataProblem>, ? extends ReferenceDataException> refusal) {
      this.read = read;
      this.value = value;
      this.refusal = refusal;
    }

    ImmutableList<DataProblem> problems() {
      return read.problems();
    }

    Optional<L> value() {
      return read.hasProblems() ? Optional.empty() : Optional.ofNullable(value);
    }

    L get() {
      read.throwIfAny(refusal);
      if (value == null) { // not reachable: a list is missing only when there are problems
        throw new IllegalStateException("no list and no problem in " + read.source());
      }
      return value;
    }
  }
}
