package org.creditgov.cli.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.creditgov.cli.EmbeddedDatabase;
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
import org.creditgov.core.identity.ForeignPermanentResidentId;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.IdentityDocument;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
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
import org.creditgov.rules.designation.InMemoryDesignationStore;
import org.creditgov.rules.designation.RepairApprovals;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.designation.io.BundledListTypes;
import org.creditgov.rules.designation.io.ListTypeJson;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.repair.RepairLedger;
import org.creditgov.rules.io.MeasureListJson;
import org.creditgov.rules.json.DesignationJson;
import org.creditgov.rules.json.RequestJson;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.creditgov.rules.sanction.SanctionChecker;
import org.creditgov.rules.sanction.SanctionRequest;
import org.creditgov.store.jdbc.JdbcStores;
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
 * the catalog in force and lists the measures and incentives that apply; a designation command
 * ({@code creditgov-designation-command/1}: a proposal, or a later step on the designation {@code
 * --id} names) is tried by the designation service as a dry run on a copy of the designation's
 * history. The bundled measure lists, catalogs and list types are used unless {@code --measures},
 * {@code --catalog} or {@code --list-types} name others. Subjects' details come from {@code --subjects}; designations'
 * histories from {@code --designations} (a JSON Lines file of their events) or {@code --database}
 * (the embedded database, only read, whose approved repairs also count). Exit 1 when the verdict
 * refuses or holds for review, or the step would conflict.
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

  @Option(names = "--database", paramLabel = "<directory>", descriptionKey = "check.database")
  @Nullable Path database;

  @Option(names = "--id", paramLabel = "<designation-id>", descriptionKey = "check.id")
  @Nullable String id;

  @Option(names = "--expected-version", paramLabel = "<n>", descriptionKey = "check.expectedVersion")
  @Nullable Long expectedVersion;

  @Option(names = "--measures", paramLabel = "<measure-list.json>", descriptionKey = "check.measures")
  List<Path> measures = new ArrayList<>();

  @Option(names = "--catalog", paramLabel = "<catalog.json>", descriptionKey = "check.catalog")
  List<Path> catalogs = new ArrayList<>();

  @Option(names = "--list-types", paramLabel = "<list-types.json>", descriptionKey = "check.listTypes")
  List<Path> listTypeFiles = new ArrayList<>();

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
    if (database == null) {
      return check(text, format, null);
    }
    try (JdbcStores stores = EmbeddedDatabase.open(database)) {
      return check(text, format, stores);
    }
  }

  /** Checks the document of {@code format}, with the histories of {@code stores} when a database is named. */
  private int check(String text, String format, @Nullable JdbcStores stores) throws IOException {
    Texts texts = env.texts();
    SubjectDirectory directory = directory(texts);
    ListTypeRegistry listTypes = listTypeFiles.isEmpty() ? BundledListTypes.registry() : ListTypeJson.registry(listTypeFiles);
    WorkingDayCalendar calendar = WorkingDayCalendar.china();
    Histories histories = histories(stores);
    Function<DesignationId, Optional<Designation>> known = d -> {
      List<DesignationEvent> history = histories.of(d); // one read of the database per lookup
      return history.isEmpty() ? Optional.empty() : Optional.of(replay(d, history, calendar, listTypes));
    };
    switch (format) {
      case "creditgov-sanction-request/1": {
        SanctionRequest request = RequestJson.sanctionRequests(directory, known).decode(text);
        Verdict v = SanctionChecker.of(measureLists()).check(request);
        Verdicts.print(env.out(), texts, v, json);
        return Verdicts.exitCode(v);
      }
      case "creditgov-credit-check-query/1":
        return creditCheck(RequestJson.creditCheckQueries(directory, known).decode(text));
      case "creditgov-designation-command/1":
        return designationStep(DesignationJson.commands(directory).decode(text), histories, directory, calendar, listTypes,
            stores == null ? RepairApprovals.none() : RepairLedger.replay(stores.repairs()));
      default:
        throw new UsageProblem(texts.get("check.unknownForm", format));
    }
  }

  /**
   * A designation command (DES-1 … DES-7), tried as a dry run: the designation's history (from
   * {@code --designations} or {@code --database}) is copied into an in-memory store and the
   * designation service takes the step there, so its guards answer exactly as they would on the
   * real store, and nothing is written anywhere. A proposal needs no history; every later step
   * names its designation with {@code --id}.
   */
  private int designationStep(DesignationCommand command, Histories histories, SubjectDirectory directory,
      WorkingDayCalendar calendar, ListTypeRegistry listTypes, RepairApprovals repairs) {
    Texts texts = env.texts();
    InMemoryDesignationStore store = DesignationStore.inMemory();
    DesignationService service = DesignationService.builder().store(store).clock(env.clock()).calendar(calendar)
        .listTypes(listTypes).subjects(directory).repairs(repairs).build();
    CommandResult result;
    if (command instanceof DesignationCommand.Propose p) {
      seed(store, p.id(), histories.of(p.id())); // an id already taken: the service says so
      result = service.propose(p);
    } else {
      if (id == null) {
        throw new UsageProblem(texts.get("check.needsId", DesignationJson.kind(command)));
      }
      if (expectedVersion != null && expectedVersion < 1) {
        throw new UsageProblem(texts.get("check.badVersion", expectedVersion));
      }
      DesignationId designation;
      try {
        designation = DesignationId.of(id);
      } catch (IllegalArgumentException e) {
        throw new UsageProblem(texts.get("check.badId"));
      }
      List<DesignationEvent> history = histories.of(designation);
      seed(store, designation, history);
      result = service.execute(designation, expectedVersion == null ? Math.max(history.size(), 1) : expectedVersion, command);
    }
    if (result instanceof CommandResult.Conflict c) {
      notice(command instanceof DesignationCommand.Propose ? texts.get("check.exists", c.id().value())
          : texts.get("check.conflict", c.id().value(), c.expectedVersion(), c.actualVersion()));
      return Exit.FINDINGS;
    }
    if (result instanceof CommandResult.Refused r) {
      Verdicts.print(env.out(), texts, r.verdict(), json);
      return Exit.FINDINGS;
    }
    CommandResult.Accepted a = (CommandResult.Accepted) result;
    Verdicts.print(env.out(), texts, a.verdict(), json);
    if (!json) {
      Designation after = a.designation();
      env.out().println(texts.get("check.after", after.id().value(), after.version(), texts.name(after.statusOnLastStep())));
    }
    return Verdicts.exitCode(a.verdict());
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
   * person by citizen identity number, an organisation by unified social credit code. Two optional
   * columns, {@code document} and {@code birthDate}, name a person by another document ({@code
   * PASSPORT}, {@code FOREIGN_PERMANENT_RESIDENT_ID} … of {@link IdentityDocument.Kind}), whose
   * birth date the number does not carry.
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
          var unused = d.put(subject(row));
        } catch (IllegalArgumentException | IllegalStateException | DateTimeException e) {
          throw new UsageProblem(texts.get("check.badSubject", subjects, line));
        }
      }
    }
    return d;
  }

  private Subject subject(CSVRecord row) {
    SubjectType type = SubjectType.valueOf(row.get("type").trim());
    String id = row.get("identifier").trim();
    String name = row.get("name").trim();
    if (type != SubjectType.NATURAL_PERSON) {
      return Organisation.of(type, UnifiedSocialCreditCode.parse(id), name);
    }
    String kind = row.isMapped("document") ? row.get("document").trim() : "";
    if (kind.isEmpty() || kind.equals(IdentityDocument.Kind.RESIDENT_ID.name())) {
      return NaturalPerson.of(name, ResidentIdNumber.parser(env.clock()).parse(id));
    }
    IdentityDocument.Kind k = IdentityDocument.Kind.valueOf(kind);
    IdentityDocument document = k == IdentityDocument.Kind.FOREIGN_PERMANENT_RESIDENT_ID
        ? IdentityDocument.of(ForeignPermanentResidentId.parse(id)) : IdentityDocument.other(k, id);
    return NaturalPerson.builder().name(name).document(document)
        .birthDate(LocalDate.parse(row.isMapped("birthDate") ? row.get("birthDate").trim() : "")).build();
  }

  private static void seed(InMemoryDesignationStore store, DesignationId id, List<DesignationEvent> history) {
    if (!history.isEmpty()) {
      var unused = store.append(id, 0, history, List.of());
    }
  }

  /** A step that has no verdict (a conflict): for people on standard output, beside {@code --json} on standard error. */
  private void notice(String message) {
    (json ? env.err() : env.out()).println(message);
  }

  /** The designations' histories: from the {@code --designations} file, else from the database. */
  @FunctionalInterface
  private interface Histories {
    /** The events of {@code id}, in order; empty when neither source holds it. */
    List<DesignationEvent> of(DesignationId id);
  }

  private Histories histories(@Nullable JdbcStores stores) throws IOException {
    Map<DesignationId, List<DesignationEvent>> file = designationFile();
    return d -> {
      List<DesignationEvent> events = file.get(d);
      if (events != null) {
        return events;
      }
      return stores == null ? List.of() : stores.designations().load(d);
    };
  }

  private Designation replay(DesignationId id, List<DesignationEvent> events, WorkingDayCalendar calendar,
      ListTypeRegistry listTypes) {
    try {
      return Designation.replay(events, calendar, listTypes);
    } catch (IllegalArgumentException x) {
      throw new UsageProblem(env.texts().get("check.badHistory", database != null && designations == null ? database
          : String.valueOf(designations), id.value()));
    }
  }

  /** The events of a JSON Lines file of designation events, by designation. */
  private Map<DesignationId, List<DesignationEvent>> designationFile() throws IOException {
    Map<DesignationId, List<DesignationEvent>> byId = new LinkedHashMap<>();
    if (designations == null) {
      return byId;
    }
    for (String l : Files.readAllLines(designations, StandardCharsets.UTF_8)) {
      if (l.isBlank()) {
        continue;
      }
      DesignationEvent e = DesignationJson.EVENT.decode(l);
      byId.computeIfAbsent(e.designationId(), k -> new ArrayList<>()).add(e);
    }
    return byId;
  }
}
