package org.creditgov.cli.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.creditgov.cli.Env;
import org.creditgov.cli.Exit;
import org.creditgov.cli.Texts;
import org.creditgov.cli.UsageProblem;
import org.creditgov.cli.Verdicts;
import org.creditgov.cli.files.CsvSource;
import org.creditgov.cli.files.JsonLines;
import org.creditgov.core.catalog.CatalogRegistry;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.catalog.io.CatalogJson;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.CreditCheck;
import org.creditgov.rules.CreditCheckQuery;
import org.creditgov.rules.CreditCheckReport;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DesignationService;
import org.creditgov.rules.designation.DesignationStore;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.designation.io.BundledListTypes;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.io.MeasureListJson;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.rules.json.RequestJson;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * {@code credit check request.json} (SAN-1 … SAN-6, CAT-1 … CAT-6, DES-1 … DES-4): a document in
 * its canonical JSON form (docs/json-forms.md) in, the verdict out. A sanction request ({@code
 * creditgov-sanction-request/1}) is checked against the measure list in force; a credit-check
 * query ({@code creditgov-credit-check-query/1}) has each of its credit records checked against
 * the catalog in force and lists the measures and incentives that apply; a designation proposal
 * ({@code creditgov-designation-command/1}, {@code PROPOSE}) is checked by the designation service.
 * The bundled measure lists, catalogs and list types are used unless {@code --measures} or {@code
 * --catalog} name others. Subjects' details come from {@code --subjects}, designations a request
 * rests on from {@code --designations}. Exit 1 when the verdict refuses or holds for review.
 */
@Command(name = "check", sortOptions = false, usageHelpAutoWidth = true)
public final class CheckCommand implements Callable<Integer> {

  private final Env env;

  @Parameters(index = "0", paramLabel = "<file>|-", descriptionKey = "check.input")
  @Nullable String input;

  @Option(names = "--subjects", paramLabel = "<subjects.csv>", descriptionKey = "check.subjects")
  @Nullable Path subjects;

  @Option(names = "--designations", paramLabel = "<events.jsonl>", descriptionKey = "check.designations")
  @Nullable Path designations;

  @Option(names = "--measures", paramLabel = "<measure-list.json>", descriptionKey = "check.measures")
  List<Path> measures = new ArrayList<>();

  @Option(names = "--catalog", paramLabel = "<catalog.json>", descriptionKey = "check.catalog")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--json", descriptionKey = "check.json")
  boolean json;

  /** The command, run in {@code env}. */
  public CheckCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() throws IOException {
    Texts texts = env.texts();
    String in = java.util.Objects.requireNonNull(input, "picocli sets the input");
    String text = in.equals("-") ? new String(env.in().readAllBytes(), StandardCharsets.UTF_8)
        : Files.readString(Path.of(in), StandardCharsets.UTF_8);
    String format = formatOf(text, texts);
    SubjectDirectory directory = directory(texts);
    ListTypeRegistry listTypes = BundledListTypes.registry();
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    Map<DesignationId, Designation> known = designations(calendar, listTypes);
    switch (format) {
      case "creditgov-sanction-request/1": {
        SanctionRequest request = RequestJson.sanctionRequests(directory, id -> Optional.ofNullable(known.get(id))).decode(text);
        Verdict v = SanctionChecker.of(measureLists()).check(request);
        Verdicts.print(env.out(), texts, v, json);
        return Verdicts.exitCode(v);
      }
      case "creditgov-credit-check-query/1":
        return creditCheck(RequestJson.creditCheckQueries(directory, id -> Optional.ofNullable(known.get(id))).decode(text));
      case "creditgov-designation-command/1": {
        DesignationCommand command = DesignationJson.commands(directory).decode(text);
        if (!(command instanceof DesignationCommand.Propose)) {
          throw new UsageProblem(texts.get("check.onlyProposal"));
        }
        DesignationService service = DesignationService.builder().store(DesignationStore.inMemory()).clock(env.clock()).calendar(calendar).listTypes(listTypes)
            .subjects(directory).build();
        CommandResult result = service.propose((DesignationCommand.Propose) command);
        Verdict v = result instanceof CommandResult.Accepted ? ((CommandResult.Accepted) result).verdict()
            : result instanceof CommandResult.Refused ? ((CommandResult.Refused) result).verdict() : null;
        if (v == null) {
          env.out().println(texts.get("check.conflict"));
          return Exit.FINDINGS;
        }
        Verdicts.print(env.out(), texts, v, json);
        return Verdicts.exitCode(v);
      }
      default:
        throw new UsageProblem(texts.get("check.unknownForm", format));
    }
  }

  private int creditCheck(CreditCheckQuery query) {
    Texts texts = env.texts();
    CatalogRegistry catalog = catalogs();
    int code = Exit.OK;
    int i = 0;
    for (CreditRecord r : query.records()) {
      i++;
      Verdict v = catalog.check(query.jurisdiction(), r);
      if (!json) {
        env.out().println(texts.get("check.record", i, r.itemCode()));
      }
      Verdicts.print(env.out(), texts, v, json);
      code = Math.max(code, Verdicts.exitCode(v));
    }
    CreditCheck check = CreditCheck.builder().measureLists(measureLists()).incentiveLists(BundledLists.incentiveRegistry())
        .clock(env.clock()).build();
    CreditCheckReport report = check.check(query);
    if (!json) {
      env.out().println(texts.get("check.measures", report.measures().size()));
      for (CreditCheckReport.MeasureReminder m : report.measures()) {
        env.out().println("  " + (texts.chinese() ? m.measure().nameZh() : m.measure().nameEn()) + " — "
            + texts.name(m.verdict().outcome()));
      }
      env.out().println(texts.get("check.incentives", report.incentives().size()));
      for (CreditCheckReport.IncentiveReminder m : report.incentives()) {
        env.out().println("  " + m.incentive().code() + " — " + texts.name(m.verdict().outcome()));
      }
    }
    return code;
  }

  private static String formatOf(String text, Texts texts) {
    try {
      JsonNode root = JsonLines.MAPPER.readTree(text);
      JsonNode f = root == null ? null : root.get("format");
      if (f == null || !f.isString()) {
        throw new UsageProblem(texts.get("check.noFormat"));
      }
      return f.asString();
    } catch (JacksonException e) {
      throw new UsageProblem(texts.get("check.notJson"));
    }
  }

  private MeasureListRegistry measureLists() {
    if (measures.isEmpty()) {
      return BundledLists.registry();
    }
    MeasureListRegistry.Builder b = MeasureListRegistry.builder();
    measures.forEach(p -> b.addList(MeasureListJson.read(p)));
    return b.build();
  }

  private CatalogRegistry catalogs() {
    if (catalogs.isEmpty()) {
      return BundledCatalogs.registry(env.clock());
    }
    CatalogRegistry.Builder b = CatalogRegistry.builder().regimes(BundledCatalogs.publicationRegimes()).clock(env.clock());
    catalogs.forEach(p -> b.addCatalog(CatalogJson.read(p)));
    return b.build();
  }

  /**
   * The subjects' details from a CSV file with the header {@code type,identifier,name}: a natural
   * person by identity number, an organisation by unified social credit code.
   */
  private SubjectDirectory directory(Texts texts) throws IOException {
    SubjectDirectory d = SubjectDirectory.inMemory();
    if (subjects == null) {
      return d;
    }
    try (Reader r = Files.newBufferedReader(subjects, StandardCharsets.UTF_8);
        CSVParser p = CSVParser.builder().setReader(r)
            .setFormat(CsvSource.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
      for (CSVRecord row : p) {
        long line = p.getCurrentLineNumber();
        try {
          SubjectType type = SubjectType.valueOf(row.get("type").trim());
          String id = row.get("identifier").trim();
          String name = row.get("name").trim();
          var unused = d.put(type == SubjectType.NATURAL_PERSON ? NaturalPerson.of(name, ResidentIdNumber.parser(env.clock()).parse(id))
              : Organisation.of(type, UnifiedSocialCreditCode.parse(id), name));
        } catch (IllegalArgumentException | IllegalStateException e) {
          throw new UsageProblem(texts.get("check.badSubject", subjects, line));
        }
      }
    }
    return d;
  }

  /** The designations of a JSON Lines file of designation events, each replayed from its history. */
  private Map<DesignationId, Designation> designations(WorkingDayCalendar calendar, ListTypeRegistry listTypes)
      throws IOException {
    Map<DesignationId, Designation> out = new LinkedHashMap<>();
    if (designations == null) {
      return out;
    }
    Map<DesignationId, List<DesignationEvent>> byId = new LinkedHashMap<>();
    long line = 0;
    for (String l : Files.readAllLines(designations, StandardCharsets.UTF_8)) {
      line++;
      if (l.isBlank()) {
        continue;
      }
      DesignationEvent e = DesignationJson.EVENT.decode(l);
      byId.computeIfAbsent(e.designationId(), k -> new ArrayList<>()).add(e);
    }
    for (Map.Entry<DesignationId, List<DesignationEvent>> e : byId.entrySet()) {
      try {
        out.put(e.getKey(), Designation.replay(e.getValue(), calendar, listTypes));
      } catch (IllegalArgumentException x) {
        throw new UsageProblem(env.texts().get("check.badHistory", designations, e.getKey().value()));
      }
    }
    return out;
  }
}
