package org.creditgov.rules.json;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.FindingTypes;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.Timeliness;
import org.creditgov.rules.procedure.CommandResult;
import org.creditgov.rules.repair.InformationKind;
import org.creditgov.rules.repair.Material;
import org.creditgov.rules.repair.Repair;
import org.creditgov.rules.repair.RepairApplication;
import org.creditgov.rules.repair.RepairCommand;
import org.creditgov.rules.repair.RepairCondition;
import org.creditgov.rules.repair.RepairDecision;
import org.creditgov.rules.repair.RepairEvent;
import org.creditgov.rules.repair.RepairId;
import org.creditgov.rules.repair.RepairedInformation;
import org.creditgov.rules.repair.StepTiming;

/**
 * The canonical JSON forms of credit repair (REP-2, REP-3; docs/json-forms.md), each with its
 * schema in {@code org/creditgov/rules/schemas/}:
 *
 * <ul>
 *   <li>{@link #APPLICATION} {@code creditgov-repair-application/1}: an application, the subject by
 *       reference and the information to repair by item code and document number;
 *   <li>{@link #COMMAND} {@code creditgov-repair-command/1}: the later steps ({@code ACCEPT},
 *       {@code REJECT}, {@code DECIDE}, {@code WITHDRAW}) in {@code "type"};
 *   <li>{@link #EVENT} {@code creditgov-repair-event/1}: every repair event ({@code APPLIED},
 *       {@code ACCEPTED}, {@code NOT_ACCEPTED}, {@code DECIDED}, {@code WITHDRAWN}), as the event
 *       store keeps it; each kind carries its own keys only;
 *   <li>{@link #commandResults()} {@code creditgov-repair-command-result/1}: the answer to a repair
 *       command.
 * </ul>
 *
 * The outbox messages an approval writes and their deliveries are {@link SyncJson}'s.
 */
public final class RepairJson {

  private RepairJson() {}

  /** A repair id, read as one. */
  static RepairId repairId(JsonReader in) {
    String s = in.string();
    try {
      return RepairId.of(s);
    } catch (IllegalArgumentException e) {
      throw in.invalid("修复编号须为1至64个不含空白的字符", "a repair id has 1 to 64 characters without whitespace");
    }
  }

  /** The constants of {@code type} as a codec of JSON texts (for sets of them). */
  static <E extends Enum<E>> JsonCodec<E> constants(Class<E> type) {
    return new JsonCodec<>() {
      @Override
      public void write(JsonWriter out, E value) {
        out.generator().writeString(value.name());
      }

      @Override
      public E read(JsonReader in) {
        return in.constant(type);
      }
    };
  }

  private static final JsonCodec<Material> MATERIAL = constants(Material.class);
  private static final JsonCodec<RepairCondition> CONDITION = constants(RepairCondition.class);

  /** A set of constants, written in declaration order so that equal sets give equal texts. */
  private static <E extends Enum<E>> List<E> ordered(Set<E> set) {
    return set.isEmpty() ? List.of() : new ArrayList<>(EnumSet.copyOf(set));
  }

  /** A set of constants read; one written twice is a problem. */
  private static <E extends Enum<E>> Set<E> constantSet(JsonReader in, JsonCodec<E> codec) {
    List<E> all = in.list(codec);
    Set<E> set = new java.util.LinkedHashSet<>(all);
    if (set.size() != all.size()) {
      throw in.problem(DataProblemType.DUPLICATE_VALUE);
    }
    return set;
  }

  static final JsonCodec<StepTiming> TIMING = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, StepTiming t) {
      out.startObject().constant("timeliness", t.timeliness()).date("lastDay", t.lastDay())
          .number("workingDaysLate", t.workingDaysLate()).trueOnly("provisional", t.provisional()).endObject();
    }

    @Override
    public StepTiming read(JsonReader in) {
      Timeliness timeliness = null;
      LocalDate lastDay = null;
      OptionalInt late = OptionalInt.empty();
      boolean provisional = false;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "timeliness" -> timeliness = in.constant(Timeliness.class);
          case "lastDay" -> lastDay = in.date();
          case "workingDaysLate" -> late = OptionalInt.of(in.intNumber(0, Integer.MAX_VALUE));
          case "provisional" -> provisional = in.bool();
          default -> throw in.unknownKey(name);
        }
      }
      return new StepTiming(in.required(timeliness, "timeliness"), Optional.ofNullable(lastDay), late, provisional);
    }
  };

  static final JsonCodec<RepairDecision> DECISION = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, RepairDecision d) {
      out.startObject().constant("outcome", d.outcome()).string("documentNumber", d.documentNumber())
          .date("decidedOn", d.decidedOn()).string("grounds", d.grounds())
          .list("legalBases", d.legalBases(), DesignationJson.LEGAL_BASIS).string("remedies", d.remedies())
          .trueOnly("extended", d.extended()).endObject();
    }

    @Override
    public RepairDecision read(JsonReader in) {
      RepairDecision.Outcome outcome = null;
      String number = null;
      LocalDate decided = null;
      String grounds = null;
      List<LegalBasis> bases = List.of();
      String remedies = null;
      boolean extended = false;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "outcome" -> outcome = in.constant(RepairDecision.Outcome.class);
          case "documentNumber" -> number = in.string();
          case "decidedOn" -> decided = in.date();
          case "grounds" -> grounds = in.string();
          case "legalBases" -> bases = in.list(DesignationJson.LEGAL_BASIS);
          case "remedies" -> remedies = in.string();
          case "extended" -> extended = in.bool();
          default -> throw in.unknownKey(name);
        }
      }
      return new RepairDecision(in.required(outcome, "outcome"), in.required(number, "documentNumber"),
          in.required(decided, "decidedOn"), in.required(grounds, "grounds"), bases, Optional.ofNullable(remedies), extended);
    }
  };

  static final JsonCodec<RepairedInformation> INFORMATION = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, RepairedInformation i) {
      out.startObject().constant("kind", i.kind()).constant("severityClass", i.severityClass())
          .string("jurisdiction", i.jurisdiction().code()).string("series", i.series()).string("itemCode", i.itemCode())
          .string("documentNumber", i.documentNumber()).date("decisionDate", i.decisionDate())
          .string("designationId", i.designation().map(DesignationId::value))
          .strings("characteristics", new TreeSet<>(i.characteristics())).endObject();
    }

    @Override
    public RepairedInformation read(JsonReader in) {
      InformationKind kind = null;
      SeverityClass severity = null;
      Jurisdiction jurisdiction = null;
      String series = null;
      String item = null;
      String number = null;
      LocalDate decided = null;
      DesignationId designation = null;
      Set<String> characteristics = Set.of();
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "kind" -> kind = in.constant(InformationKind.class);
          case "severityClass" -> severity = in.constant(SeverityClass.class);
          case "jurisdiction" -> jurisdiction = CoreJson.jurisdiction(in);
          case "series" -> series = in.nonBlank();
          case "itemCode" -> item = in.nonBlank();
          case "documentNumber" -> number = in.nonBlank();
          case "decisionDate" -> decided = in.date();
          case "designationId" -> designation = DesignationJson.designationId(in);
          case "characteristics" -> characteristics = in.stringSet();
          default -> throw in.unknownKey(name);
        }
      }
      return new RepairedInformation(in.required(kind, "kind"), in.required(severity, "severityClass"),
          in.required(jurisdiction, "jurisdiction"), in.required(series, "series"), in.required(item, "itemCode"),
          in.required(number, "documentNumber"), in.required(decided, "decisionDate"), Optional.ofNullable(designation),
          characteristics);
    }
  };

  static final JsonCodec<RepairApplication> APPLICATION_CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, RepairApplication a) {
      out.startObject().value("subject", a.subject(), DesignationJson.SUBJECT_REF)
          .value("information", a.information(), INFORMATION).date("appliedOn", a.appliedOn())
          .string("department", a.department()).list("materials", ordered(a.materials()), MATERIAL)
          .list("attested", ordered(a.attested()), CONDITION).endObject();
    }

    @Override
    public RepairApplication read(JsonReader in) {
      SubjectRef subject = null;
      RepairedInformation information = null;
      LocalDate applied = null;
      String department = null;
      Set<Material> materials = Set.of();
      Set<RepairCondition> attested = Set.of();
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "subject" -> subject = in.value(DesignationJson.SUBJECT_REF);
          case "information" -> information = in.value(INFORMATION);
          case "appliedOn" -> applied = in.date();
          case "department" -> department = in.nonBlank();
          case "materials" -> materials = constantSet(in, MATERIAL);
          case "attested" -> attested = constantSet(in, CONDITION);
          default -> throw in.unknownKey(name);
        }
      }
      return new RepairApplication(in.required(subject, "subject"), in.required(information, "information"),
          in.required(applied, "appliedOn"), in.required(department, "department"), materials, attested);
    }
  };

  /** {@code creditgov-repair-application/1}: an application for repair (REP-2). */
  public static final JsonForm<RepairApplication> APPLICATION =
      JsonForm.builder("repair-application", 1, APPLICATION_CODEC).build();

  /** The keys only some kinds of command or event have, one bit each. */
  private static final String[] KIND_KEYS = {"actor", "grounds", "decision", "on", "application", "regimeId",
      "feedbackDue", "timing"};
  private static final int ACTOR = 1;
  private static final int GROUNDS = 2;
  private static final int DECIDED = 4;
  private static final int ON = 8;
  private static final int APPLIED = 16;
  private static final int REGIME = 32;
  private static final int FEEDBACK = 64;
  private static final int TIMING_KEY = 128;

  /** The bit of a key only some kinds have, 0 for any other key. */
  private static int kindBit(String name) {
    for (int i = 0; i < KIND_KEYS.length; i++) {
      if (KIND_KEYS[i].equals(name)) {
        return 1 << i;
      }
    }
    return 0;
  }

  /** Reports the first key present that the kind does not allow. */
  private static void onlyKeys(JsonReader in, int present, int allowed) {
    int extra = present & ~allowed;
    if (extra != 0) {
      throw in.misplacedKey(KIND_KEYS[Integer.numberOfTrailingZeros(extra)]);
    }
  }

  private static final JsonCodec<RepairCommand> COMMAND_CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, RepairCommand c) {
      out.startObject();
      if (c instanceof RepairCommand.Accept a) {
        out.string("type", "ACCEPT").value("actor", a.actor(), DesignationJson.ACTOR).date("on", a.on());
      } else if (c instanceof RepairCommand.Reject r) {
        out.string("type", "REJECT").value("actor", r.actor(), DesignationJson.ACTOR).date("on", r.on())
            .string("grounds", r.grounds());
      } else if (c instanceof RepairCommand.Decide d) {
        out.string("type", "DECIDE").value("actor", d.actor(), DesignationJson.ACTOR).value("decision", d.decision(), DECISION);
      } else {
        out.string("type", "WITHDRAW").date("on", ((RepairCommand.Withdraw) c).on());
      }
      out.endObject();
    }

    @Override
    public RepairCommand read(JsonReader in) {
      String type = null;
      Actor actor = null;
      LocalDate on = null;
      String grounds = null;
      RepairDecision decision = null;
      int present = 0;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        present |= kindBit(name);
        switch (name) {
          case "type" -> type = in.string();
          case "actor" -> actor = in.value(DesignationJson.ACTOR);
          case "on" -> on = in.date();
          case "grounds" -> grounds = in.string();
          case "decision" -> decision = in.value(DECISION);
          default -> throw in.unknownKey(name);
        }
      }
      switch (in.required(type, "type")) {
        case "ACCEPT":
          onlyKeys(in, present, ACTOR | ON);
          return new RepairCommand.Accept(in.required(actor, "actor"), in.required(on, "on"));
        case "REJECT":
          onlyKeys(in, present, ACTOR | ON | GROUNDS);
          return new RepairCommand.Reject(in.required(actor, "actor"), in.required(on, "on"), in.required(grounds, "grounds"));
        case "DECIDE":
          onlyKeys(in, present, ACTOR | DECIDED);
          return new RepairCommand.Decide(in.required(actor, "actor"), in.required(decision, "decision"));
        case "WITHDRAW":
          onlyKeys(in, present, ON);
          return new RepairCommand.Withdraw(in.required(on, "on"));
        default:
          throw in.invalidObject("命令种类须为 ACCEPT、REJECT、DECIDE 或 WITHDRAW",
              "a command's type is ACCEPT, REJECT, DECIDE or WITHDRAW");
      }
    }
  };

  /** {@code creditgov-repair-command/1}: a step after the application (REP-2). */
  public static final JsonForm<RepairCommand> COMMAND = JsonForm.builder("repair-command", 1, COMMAND_CODEC).build();

  private static String kind(RepairEvent e) {
    if (e instanceof RepairEvent.Applied) {
      return "APPLIED";
    } else if (e instanceof RepairEvent.Accepted) {
      return "ACCEPTED";
    } else if (e instanceof RepairEvent.NotAccepted) {
      return "NOT_ACCEPTED";
    } else if (e instanceof RepairEvent.Decided) {
      return "DECIDED";
    }
    return "WITHDRAWN";
  }

  static final JsonCodec<RepairEvent> EVENT_CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, RepairEvent e) {
      out.startObject().string("type", kind(e)).string("repairId", e.repairId().value()).number("version", e.version())
          .string("department", e.department()).date("on", e.on()).instant("recordedAt", e.recordedAt());
      if (e instanceof RepairEvent.Applied a) {
        out.value("application", a.application(), APPLICATION_CODEC).string("regimeId", a.regimeId())
            .value("feedbackDue", a.feedbackDue(), TIMING);
      } else if (e instanceof RepairEvent.Accepted a) {
        out.value("actor", a.actor(), DesignationJson.ACTOR).value("timing", a.timing(), TIMING);
      } else if (e instanceof RepairEvent.NotAccepted n) {
        out.value("actor", n.actor(), DesignationJson.ACTOR).string("grounds", n.grounds()).value("timing", n.timing(), TIMING);
      } else if (e instanceof RepairEvent.Decided d) {
        out.value("actor", d.actor(), DesignationJson.ACTOR).value("decision", d.decision(), DECISION)
            .value("timing", d.timing(), TIMING);
      }
      out.endObject();
    }

    @Override
    public RepairEvent read(JsonReader in) {
      String type = null;
      RepairId id = null;
      Long version = null;
      String department = null;
      LocalDate on = null;
      Instant recordedAt = null;
      RepairApplication application = null;
      String regime = null;
      StepTiming feedbackDue = null;
      Actor actor = null;
      String grounds = null;
      RepairDecision decision = null;
      StepTiming timing = null;
      int present = 0;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        present |= kindBit(name);
        switch (name) {
          case "type" -> type = in.string();
          case "repairId" -> id = repairId(in);
          case "version" -> version = in.number(1, Long.MAX_VALUE);
          case "department" -> department = in.nonBlank();
          case "on" -> on = in.date();
          case "recordedAt" -> recordedAt = in.instant();
          case "application" -> application = in.value(APPLICATION_CODEC);
          case "regimeId" -> regime = in.nonBlank();
          case "feedbackDue" -> feedbackDue = in.value(TIMING);
          case "actor" -> actor = in.value(DesignationJson.ACTOR);
          case "grounds" -> grounds = in.string();
          case "decision" -> decision = in.value(DECISION);
          case "timing" -> timing = in.value(TIMING);
          default -> throw in.unknownKey(name);
        }
      }
      present &= ~ON; // every event has its date
      String kind = in.required(type, "type");
      RepairId i = in.required(id, "repairId");
      long v = in.required(version, "version");
      String dept = in.required(department, "department");
      LocalDate d = in.required(on, "on");
      Instant at = in.required(recordedAt, "recordedAt");
      switch (kind) {
        case "APPLIED":
          onlyKeys(in, present, APPLIED | REGIME | FEEDBACK);
          return new RepairEvent.Applied(i, v, dept, d, at, in.required(application, "application"),
              in.required(regime, "regimeId"), Optional.ofNullable(feedbackDue));
        case "ACCEPTED":
          onlyKeys(in, present, ACTOR | TIMING_KEY);
          return new RepairEvent.Accepted(i, v, dept, d, at, in.required(actor, "actor"), Optional.ofNullable(timing));
        case "NOT_ACCEPTED":
          onlyKeys(in, present, ACTOR | GROUNDS | TIMING_KEY);
          return new RepairEvent.NotAccepted(i, v, dept, d, at, in.required(actor, "actor"), in.required(grounds, "grounds"),
              Optional.ofNullable(timing));
        case "DECIDED":
          onlyKeys(in, present, ACTOR | DECIDED | TIMING_KEY);
          return new RepairEvent.Decided(i, v, dept, d, at, in.required(actor, "actor"), in.required(decision, "decision"),
              Optional.ofNullable(timing));
        case "WITHDRAWN":
          onlyKeys(in, present, 0);
          return new RepairEvent.Withdrawn(i, v, dept, d, at);
        default:
          throw in.invalidObject("事件种类须为 APPLIED、ACCEPTED、NOT_ACCEPTED、DECIDED 或 WITHDRAWN",
              "an event's type is APPLIED, ACCEPTED, NOT_ACCEPTED, DECIDED or WITHDRAWN");
      }
    }
  };

  /** {@code creditgov-repair-event/1}: every repair event, as the event store keeps it (REP-2, REP-3). */
  public static final JsonForm<RepairEvent> EVENT = JsonForm.builder("repair-event", 1, EVENT_CODEC).build();

  /**
   * {@code creditgov-repair-command-result/1}: the answer to a repair command, in the shape of a
   * designation's ({@code creditgov-command-result/1}): {@code ACCEPTED} with the case's events
   * (reading it replays them), {@code REFUSED} with every finding, or {@code CONFLICT} with both
   * versions. The finding types are those {@link FindingTypes#discovered()} finds.
   */
  public static JsonForm<CommandResult<RepairId, Repair, RepairEvent>> commandResults() {
    JsonCodec<Verdict> verdicts = CoreJson.verdictCodec(FindingTypes.discovered());
    return JsonForm.builder("repair-command-result", 1, new JsonCodec<CommandResult<RepairId, Repair, RepairEvent>>() {
      @Override
      public void write(JsonWriter out, CommandResult<RepairId, Repair, RepairEvent> r) {
        out.startObject();
        if (r instanceof CommandResult.Accepted<RepairId, Repair, RepairEvent> a) {
          out.string("result", "ACCEPTED").string("repairId", a.state().id().value()).number("version", a.state().version())
              .list("events", a.state().events(), EVENT_CODEC).value("verdict", a.verdict(), verdicts);
        } else if (r instanceof CommandResult.Refused<RepairId, Repair, RepairEvent> f) {
          out.string("result", "REFUSED").string("repairId", f.id().value()).number("version", f.version())
              .value("verdict", f.verdict(), verdicts);
        } else {
          CommandResult.Conflict<RepairId, Repair, RepairEvent> c = (CommandResult.Conflict<RepairId, Repair, RepairEvent>) r;
          out.string("result", "CONFLICT").string("repairId", c.id().value())
              .number("expectedVersion", c.expectedVersion()).number("actualVersion", c.actualVersion());
        }
        out.endObject();
      }

      @Override
      public CommandResult<RepairId, Repair, RepairEvent> read(JsonReader in) {
        ResultEnvelope<RepairId, RepairEvent> r = ResultEnvelope.read(in, "repairId", RepairJson::repairId, EVENT_CODEC, verdicts);
        switch (r.result()) {
          case "ACCEPTED": {
            List<RepairEvent> history = r.events();
            Repair repair;
            try {
              repair = Repair.replay(history);
            } catch (IllegalArgumentException e) {
              throw r.impossibleHistory(e);
            }
            if (!repair.id().equals(r.id()) || repair.version() != r.version()) {
              throw in.invalidObject("修复编号或版本与事件不一致", "the repair id or version does not match the events");
            }
            return new CommandResult.Accepted<>(repair, history.get(history.size() - 1), r.verdict());
          }
          case "REFUSED":
            return new CommandResult.Refused<>(r.id(), r.version(), r.verdict());
          case "CONFLICT":
            return new CommandResult.Conflict<>(r.id(), r.expectedVersion(), r.actualVersion());
          default:
            throw r.unknownResult();
        }
      }
    }).build();
  }
}
