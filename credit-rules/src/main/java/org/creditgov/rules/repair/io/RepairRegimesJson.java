package org.creditgov.rules.repair.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.DataFormat;
import org.creditgov.core.io.DocumentRead;
import org.creditgov.core.io.HeaderRead;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.JsonWriting;
import org.creditgov.core.io.LegalBasisRead;
import org.creditgov.core.io.LegalBasisWrite;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.rules.repair.NonRepairable;
import org.creditgov.rules.repair.RepairRegime;
import org.creditgov.rules.repair.RepairRegimeDataException;
import org.creditgov.rules.repair.TimeLimits;
import org.creditgov.rules.repair.io.RepairRegimeRecords.Excluded;
import org.creditgov.rules.repair.io.RepairRegimeRecords.Limits;
import org.creditgov.rules.repair.io.RepairRegimeRecords.Rules;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes repair-regimes files, format {@code creditgov-repair-regimes/1} (schema {@code
 * repair-regimes-1.schema.json}; REP-4). A file is read whole or refused with one {@link
 * RepairRegimeDataException} listing every problem, each located; never a partial list. Writing
 * then reading gives equal regimes. Thread-safe.
 */
public final class RepairRegimesJson {

  /** The format name. */
  public static final String FORMAT = "creditgov-repair-regimes/1";

  static final DocumentRead.Format FORMAT_1 =
      new DocumentRead.Format(FORMAT, "repair-regimes-1.schema.json", RequirementId.REP_4);

  private RepairRegimesJson() {}

  /**
   * The regimes of one file's text; problems name {@code source}.
   *
   * @throws RepairRegimeDataException listing every problem
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<RepairRegime> read(String json, String source) {
    DataFormat.Read<RepairRegime> r = read(JsonDocument.parse(json, source));
    if (!r.problems().isEmpty()) {
      throw new RepairRegimeDataException(r.problems());
    }
    return ImmutableList.copyOf(r.values());
  }

  /** Every problem of one file's text, as data; empty when it reads. */
  public static ImmutableList<DataProblem> lint(String json, String source) {
    return ImmutableList.copyOf(read(JsonDocument.parse(json, source)).problems());
  }

  /** The regimes of {@code document}, or its problems (those between regimes are not checked here). */
  static DataFormat.Read<RepairRegime> read(JsonDocument document) {
    DocumentRead read = DocumentRead.of(document, List.of(FORMAT_1));
    LegalBasisRead bases = new LegalBasisRead(read);
    List<RepairRegime> regimes = new ArrayList<>();
    if (read.root().isPresent()) {
      for (String at : read.elements("/regimes")) {
        regime(read, bases, at).ifPresent(regimes::add);
      }
    }
    return read.hasProblems() || read.root().isEmpty()
        ? DataFormat.Read.refused(read.problems())
        : DataFormat.Read.of(regimes);
  }

  private static Optional<RepairRegime> regime(DocumentRead read, LegalBasisRead bases, String at) {
    Optional<RuleSetHeader> header = HeaderRead.read(read, bases, at, RepairRegime.KIND);
    Optional<Rules> rules = read.bindOnly(at, Rules.class, RepairRegimeRecords.RULE_KEYS);
    if (header.isEmpty() || rules.isEmpty()) {
      return Optional.empty();
    }
    Rules r = rules.get();
    List<NonRepairable> excluded = new ArrayList<>();
    for (Excluded e : r.nonRepairable() == null ? List.<Excluded>of() : r.nonRepairable()) {
      excluded.add(new NonRepairable(e.code(), e.name().zh(), e.name().en().orElse(e.name().zh()), e.source(),
          e.unconfirmed() == null ? List.of() : e.unconfirmed()));
    }
    Limits l = r.timeLimits().orElse(new Limits(Optional.empty(), Optional.empty(), Optional.empty()));
    try {
      RepairRegime.Builder b = RepairRegime.builder().header(header.get()).publicationSeries(r.publicationSeries())
          .addAllRepairable(r.repairable() == null ? List.of() : r.repairable())
          .addAllConditions(r.conditions() == null ? List.of() : r.conditions())
          .minorRepairableOnFulfilment(r.minorRepairableOnFulfilment().orElse(false))
          .timeLimits(TimeLimits.of(l.feedbackWorkingDays(), l.decisionWorkingDays(), l.extensionWorkingDays()))
          .noticeRequired(r.noticeRequired().orElse(false)).addAllNonRepairable(excluded);
      r.periodsFrom().ifPresent(b::periodsFrom);
      return Optional.of(b.build());
    } catch (RepairRegimeDataException e) {
      read.addAll(e.problems());
      return Optional.empty();
    }
  }

  /**
   * The file of {@code regimes}: every instrument declared once, absent values left out.
   *
   * @throws NullPointerException if {@code regimes} is null
   */
  public static String write(List<RepairRegime> regimes) {
    LegalBasisWrite bases = new LegalBasisWrite();
    List<RepairRegimeRecords.Regime> list = new ArrayList<>();
    for (RepairRegime r : requireNonNull(regimes, "regimes")) {
      RuleSetHeader h = r.header();
      List<JsonNode> legal = new ArrayList<>(List.of(bases.basis(h.legalBasis())));
      legal.addAll(bases.bases(h.proceduralBases()));
      TimeLimits t = r.timeLimits();
      Optional<Limits> limits = t.equals(TimeLimits.NONE) ? Optional.empty() : Optional.of(new Limits(
          boxed(t.feedbackWorkingDays()), boxed(t.decisionWorkingDays()), boxed(t.extensionWorkingDays())));
      List<Excluded> excluded = r.nonRepairable().stream().map(n -> new Excluded(n.code(),
          new HeaderRead.Title(n.nameZh(), Optional.of(n.nameEn())), n.source(), n.unconfirmed())).toList();
      list.add(new RepairRegimeRecords.Regime(h.id(), r.series(), new HeaderRead.Title(h.titleZh(), h.titleEn()),
          Optional.of(h.edition()),
          h.jurisdiction().equals(Jurisdiction.national()) ? Optional.empty() : Optional.of(h.jurisdiction().code()),
          legal, LegalBasisRead.Effective.of(h.effective()), h.example() ? Optional.of(true) : Optional.empty(),
          h.source(), h.unconfirmed(), r.publicationSeries(), r.periodsFrom(), List.copyOf(r.repairable()),
          List.copyOf(r.conditions()), r.minorRepairableOnFulfilment() ? Optional.of(true) : Optional.empty(), limits,
          r.noticeRequired() ? Optional.of(true) : Optional.empty(), excluded));
    }
    return JsonWriting.write(new RepairRegimeRecords.Document(FORMAT, bases.instruments(), list));
  }

  private static Optional<Integer> boxed(java.util.OptionalInt v) {
    return v.isPresent() ? Optional.of(v.getAsInt()) : Optional.empty();
  }
}
