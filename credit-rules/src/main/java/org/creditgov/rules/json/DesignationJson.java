package org.creditgov.rules.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.json.FindingTypes;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.json.JsonWriter;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.Actor;
import org.creditgov.rules.designation.CommandResult;
import org.creditgov.rules.designation.DecisionDocument;
import org.creditgov.rules.designation.Designation;
import org.creditgov.rules.designation.DesignationCommand;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.designation.DesignationId;
import org.creditgov.rules.designation.DocumentRef;
import org.creditgov.rules.designation.ListTypeLookup;
import org.creditgov.rules.designation.ListTypeRef;
import org.creditgov.rules.designation.ListingChange;
import org.creditgov.rules.designation.PriorNotice;
import org.creditgov.rules.designation.RemovalReason;
import org.creditgov.rules.designation.SubjectDirectory;
import org.creditgov.rules.designation.Timeliness;

/**
 * The canonical JSON forms of designation (DES-7; docs/json-forms.md), each with its schema in
 * {@code org/creditgov/rules/schemas/}:
 *
 * <ul>
 *   <li>{@link #EVENT} {@code creditgov-designation-event/1}: every event, its kind in {@code
 *       "type"} ({@code PROPOSED}, {@code NOTICE_SERVED}, {@code OBJECTION_WAIVED}, {@code
 *       OBJECTION_FILED}, {@code OBJECTION_ANSWERED}, {@code WITHDRAWN}, {@code LISTED}, {@code
 *       REMOVED}); the list type by code and version, the subject by reference: what a store keeps;
 *   <li>{@link #commands} {@code creditgov-designation-command/1}: every command ({@code PROPOSE} …
 *       {@code REMOVE}); a proposal names its subject by reference, and reading it takes the
 *       subject's details from a {@link SubjectDirectory};
 *   <li>{@link #commandResults} {@code creditgov-command-result/1}: accepted (the designation's
 *       events, the last the one appended, and the verdict), refused (the verdict) or a conflict;
 *       reading an accepted result replays the events;
 *   <li>{@link #LISTING_CHANGE} {@code creditgov-listing-change/1}: an outbox message.
 * </ul>
 */
public final class DesignationJson {

  private DesignationJson() {}

  static final JsonCodec<LegalBasis> LEGAL_BASIS = CoreJson.LEGAL_BASIS.codec();
  static final JsonCodec<SubjectRef> SUBJECT_REF = CoreJson.SUBJECT_REF.codec();
  static final JsonCodec<RuleSetVersion> RULE_SET_VERSION = CoreJson.RULE_SET_VERSION.codec();

  /** A designation id, read as one: a problem at the reader's place if it is not one. */
  public static DesignationId designationId(JsonReader in) {
    String s = in.string();
    try {
      return DesignationId.of(s);
    } catch (IllegalArgumentException e) {
      throw in.invalid("认定编号须为1至64个不含空白的字符", "a designation id has 1 to 64 characters without whitespace");
    }
  }

  /** An {@link Actor}: department, officer id, jurisdiction code. */
  public static final JsonCodec<Actor> ACTOR = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Actor a) {
      out.startObject().string("department", a.department()).string("officerId", a.officerId())
          .string("jurisdiction", a.jurisdiction().code()).endObject();
    }

    @Override
    public Actor read(JsonReader in) {
      String department = null;
      String officer = null;
      Jurisdiction jurisdiction = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "department" -> department = in.nonBlank();
          case "officerId" -> officer = in.nonBlank();
          case "jurisdiction" -> jurisdiction = CoreJson.jurisdiction(in);
          default -> throw in.unknownKey(name);
        }
      }
      return Actor.of(in.required(department, "department"), in.required(officer, "officerId"),
          in.required(jurisdiction, "jurisdiction"));
    }
  };

  static final JsonCodec<DocumentRef> DOCUMENT = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, DocumentRef d) {
      out.startObject().constant("kind", d.kind()).string("number", d.number()).date("issuedOn", d.issuedOn()).endObject();
    }

    @Override
    public DocumentRef read(JsonReader in) {
      DocumentRef.Kind kind = null;
      String number = null;
      LocalDate issued = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "kind" -> kind = in.constant(DocumentRef.Kind.class);
          case "number" -> number = in.nonBlank();
          case "issuedOn" -> issued = in.date();
          default -> throw in.unknownKey(name);
        }
      }
      return DocumentRef.of(in.required(kind, "kind"), in.required(number, "number"), in.required(issued, "issuedOn"));
    }
  };

  static final JsonCodec<PriorNotice> NOTICE = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, PriorNotice n) {
      out.startObject().string("documentNumber", n.documentNumber()).string("grounds", n.grounds())
          .list("legalBases", n.legalBases(), LEGAL_BASIS).string("rights", n.rights()).date("servedOn", n.servedOn())
          .endObject();
    }

    @Override
    public PriorNotice read(JsonReader in) {
      PriorNotice.Builder b = PriorNotice.builder();
      String number = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "documentNumber" -> number = in.nonBlank();
          case "grounds" -> b.grounds(in.string());
          case "legalBases" -> b.addAllLegalBases(in.list(LEGAL_BASIS));
          case "rights" -> b.rights(in.string());
          case "servedOn" -> b.servedOn(in.date());
          default -> throw in.unknownKey(name);
        }
      }
      return b.documentNumber(in.required(number, "documentNumber")).build();
    }
  };

  static final JsonCodec<DecisionDocument> DECISION = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, DecisionDocument d) {
      out.startObject().string("documentNumber", d.documentNumber()).date("decidedOn", d.decidedOn())
          .string("grounds", d.grounds()).list("legalBases", d.legalBases(), LEGAL_BASIS)
          .string("sanctionMeasureNotice", d.sanctionMeasureNotice()).strings("removalConditions", d.removalConditions())
          .string("removalProcedure", d.removalProcedure()).string("remedies", d.remedies())
          .period("listingPeriod", d.listingPeriod()).endObject();
    }

    @Override
    public DecisionDocument read(JsonReader in) {
      DecisionDocument.Builder b = DecisionDocument.builder();
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "documentNumber" -> b.documentNumber(in.string());
          case "decidedOn" -> b.decidedOn(in.date());
          case "grounds" -> b.grounds(in.string());
          case "legalBases" -> b.addAllLegalBases(in.list(LEGAL_BASIS));
          case "sanctionMeasureNotice" -> b.sanctionMeasureNotice(in.string());
          case "removalConditions" -> b.addAllRemovalConditions(in.stringSet());
          case "removalProcedure" -> b.removalProcedure(in.string());
          case "remedies" -> b.remedies(in.string());
          case "listingPeriod" -> b.listingPeriod(in.period());
          default -> throw in.unknownKey(name);
        }
      }
      return b.build();
    }
  };

  static final JsonCodec<ListTypeRef> LIST_TYPE_REF = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, ListTypeRef r) {
      out.startObject().string("code", r.code()).value("version", r.version(), RULE_SET_VERSION).endObject();
    }

    @Override
    public ListTypeRef read(JsonReader in) {
      String code = null;
      RuleSetVersion version = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "code" -> code = in.string();
          case "version" -> version = in.value(RULE_SET_VERSION);
          default -> throw in.unknownKey(name);
        }
      }
      return new ListTypeRef(in.required(code, "code"), in.required(version, "version"));
    }
  };

  /** The keys only some kinds of event or command have, one bit each. */
  private enum Key {
    LIST_TYPE("listType"), SUBJECT("subject"), CRITERIA_VERSION("criteriaVersion"), GROUNDS("grounds"),
    NOTICE("notice"), TIMELINESS("timeliness"), WORKING_DAYS_LATE("workingDaysLate"), UPHELD("upheld"),
    REASON("reason"), DECISION("decision"), ID("id"), LIST_TYPE_CODE("listTypeCode"), ON("on"),
    LEGAL_BASES("legalBases");

    final String json;

    Key(String json) {
      this.json = json;
    }

    int bit() {
      return 1 << ordinal();
    }

    private static final java.util.Map<String, Integer> BITS = new java.util.HashMap<>();

    static {
      for (Key k : values()) {
        BITS.put(k.json, k.bit());
      }
    }

    /** The bit of the key of this name, 0 for a key that is not one of these. */
    static int bitOf(String json) {
      Integer bit = BITS.get(json);
      return bit == null ? 0 : bit;
    }

    static int of(Key... keys) {
      int mask = 0;
      for (Key k : keys) {
        mask |= k.bit();
      }
      return mask;
    }
  }

  /** The keys of {@link Key} every event has (a command has them only by its kind). */
  private static final int EVENT_KEYS = Key.of(Key.ON, Key.LEGAL_BASES);

  /** Reports the first key present that the kind does not allow. */
  private static void onlyKeys(JsonReader in, int present, int allowed) {
    int extra = present & ~allowed;
    if (extra != 0) {
      throw in.misplacedKey(Key.values()[Integer.numberOfTrailingZeros(extra)].json);
    }
  }

  private static final JsonCodec<DesignationEvent> EVENT_CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, DesignationEvent e) {
      out.startObject().string("type", kind(e)).string("designationId", e.designationId().value())
          .number("version", e.version()).value("actor", e.actor(), ACTOR).date("on", e.on())
          .instant("recordedAt", e.recordedAt()).list("legalBases", e.legalBases(), LEGAL_BASIS)
          .list("documents", e.documents(), DOCUMENT);
      if (e instanceof DesignationEvent.Proposed p) {
        out.value("listType", p.listType(), LIST_TYPE_REF).value("subject", p.subject(), SUBJECT_REF)
            .string("criteriaVersion", p.criteriaVersion()).string("grounds", p.grounds());
      } else if (e instanceof DesignationEvent.NoticeServed n) {
        out.value("notice", n.notice(), NOTICE).constant("timeliness", n.timeliness())
            .number("workingDaysLate", n.workingDaysLate());
      } else if (e instanceof DesignationEvent.ObjectionAnswered a) {
        out.bool("upheld", a.upheld()).constant("timeliness", a.timeliness()).number("workingDaysLate", a.workingDaysLate());
      } else if (e instanceof DesignationEvent.Withdrawn w) {
        out.string("reason", w.reason());
      } else if (e instanceof DesignationEvent.Listed l) {
        out.value("decision", l.decision(), DECISION);
      } else if (e instanceof DesignationEvent.Removed r) {
        out.constant("reason", r.reason());
      }
      out.endObject();
    }

    @Override
    public DesignationEvent read(JsonReader in) {
      String type = null;
      DesignationId id = null;
      Long version = null;
      Actor actor = null;
      LocalDate on = null;
      Instant recordedAt = null;
      List<LegalBasis> bases = List.of();
      List<DocumentRef> documents = List.of();
      ListTypeRef listType = null;
      SubjectRef subject = null;
      String criteriaVersion = null;
      String grounds = null;
      PriorNotice notice = null;
      Timeliness timeliness = null;
      OptionalInt late = OptionalInt.empty();
      Boolean upheld = null;
      String reason = null;
      DecisionDocument decision = null;
      int present = 0;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        present |= Key.bitOf(name);
        switch (name) {
          case "type" -> type = in.string();
          case "designationId" -> id = designationId(in);
          case "version" -> version = in.number(1, Long.MAX_VALUE);
          case "actor" -> actor = in.value(ACTOR);
          case "on" -> on = in.date();
          case "recordedAt" -> recordedAt = in.instant();
          case "legalBases" -> bases = in.list(LEGAL_BASIS);
          case "documents" -> documents = in.list(DOCUMENT);
          case "listType" -> listType = in.value(LIST_TYPE_REF);
          case "subject" -> subject = in.value(SUBJECT_REF);
          case "criteriaVersion" -> criteriaVersion = in.string();
          case "grounds" -> grounds = in.string();
          case "notice" -> notice = in.value(NOTICE);
          case "timeliness" -> timeliness = in.constant(Timeliness.class);
          case "workingDaysLate" -> late = OptionalInt.of(in.intNumber(0, Integer.MAX_VALUE));
          case "upheld" -> upheld = in.bool();
          case "reason" -> reason = in.string();
          case "decision" -> decision = in.value(DECISION);
          default -> throw in.unknownKey(name);
        }
      }
      present &= ~EVENT_KEYS; // every event has these
      String kind = in.required(type, "type");
      DesignationId i = in.required(id, "designationId");
      long v = in.required(version, "version");
      Actor a = in.required(actor, "actor");
      LocalDate d = in.required(on, "on");
      Instant at = in.required(recordedAt, "recordedAt");
      switch (kind) {
        case "PROPOSED":
          onlyKeys(in, present, Key.of(Key.LIST_TYPE, Key.SUBJECT, Key.CRITERIA_VERSION, Key.GROUNDS));
          return DesignationEvent.Proposed.builder().designationId(i).version(v).actor(a).on(d).recordedAt(at)
              .addAllLegalBases(bases).addAllDocuments(documents).listType(in.required(listType, "listType"))
              .subject(in.required(subject, "subject")).criteriaVersion(in.required(criteriaVersion, "criteriaVersion"))
              .grounds(in.required(grounds, "grounds")).build();
        case "NOTICE_SERVED":
          onlyKeys(in, present, Key.of(Key.NOTICE, Key.TIMELINESS, Key.WORKING_DAYS_LATE));
          return DesignationEvent.NoticeServed.builder().designationId(i).version(v).actor(a).on(d).recordedAt(at)
              .addAllLegalBases(bases).addAllDocuments(documents).notice(in.required(notice, "notice"))
              .timeliness(in.required(timeliness, "timeliness")).workingDaysLate(late).build();
        case "OBJECTION_WAIVED":
          onlyKeys(in, present, 0);
          return DesignationEvent.ObjectionWaived.builder().designationId(i).version(v).actor(a).on(d).recordedAt(at)
              .addAllLegalBases(bases).addAllDocuments(documents).build();
        case "OBJECTION_FILED":
          onlyKeys(in, present, 0);
          return DesignationEvent.ObjectionFiled.builder().designationId(i).version(v).actor(a).on(d).recordedAt(at)
              .addAllLegalBases(bases).addAllDocuments(documents).build();
        case "OBJECTION_ANSWERED":
          onlyKeys(in, present, Key.of(Key.UPHELD, Key.TIMELINESS, Key.WORKING_DAYS_LATE));
          return DesignationEvent.ObjectionAnswered.builder().designationId(i).version(v).actor(a).on(d).recordedAt(at)
              .addAllLegalBases(bases).addAllDocuments(documents).upheld(in.required(upheld, "upheld"))
              .timeliness(in.required(timeliness, "timeliness")).workingDaysLate(late).build();
        case "WITHDRAWN":
          onlyKeys(in, present, Key.REASON.bit());
          return DesignationEvent.Withdrawn.builder().designationId(i).version(v).actor(a).on(d).recordedAt(at)
              .addAllLegalBases(bases).addAllDocuments(documents).reason(in.required(reason, "reason")).build();
        case "LISTED":
          onlyKeys(in, present, Key.DECISION.bit());
          return DesignationEvent.Listed.builder().designationId(i).version(v).actor(a).on(d).recordedAt(at)
              .addAllLegalBases(bases).addAllDocuments(documents).decision(in.required(decision, "decision")).build();
        case "REMOVED":
          onlyKeys(in, present, Key.REASON.bit());
          return DesignationEvent.Removed.builder().designationId(i).version(v).actor(a).on(d).recordedAt(at)
              .addAllLegalBases(bases).addAllDocuments(documents)
              .reason(removalReason(in, in.required(reason, "reason"))).build();
        default:
          throw in.invalidObject("未知的事件种类：" + kind, "an unknown kind of event: " + kind);
      }
    }
  };

  private static RemovalReason removalReason(JsonReader in, String reason) {
    for (RemovalReason r : RemovalReason.values()) {
      if (r.name().equals(reason)) {
        return r;
      }
    }
    throw in.invalidObject("移出原因须为 EXPIRED、REPAIRED、REVOKED_ON_REMEDY 或 ERROR_CORRECTED",
        "a removal reason is EXPIRED, REPAIRED, REVOKED_ON_REMEDY or ERROR_CORRECTED");
  }

  /** The event's kind as its form names it in {@code "type"}: {@code PROPOSED}, {@code NOTICE_SERVED} … */
  public static String kind(DesignationEvent e) {
    if (e instanceof DesignationEvent.Proposed) {
      return "PROPOSED";
    } else if (e instanceof DesignationEvent.NoticeServed) {
      return "NOTICE_SERVED";
    } else if (e instanceof DesignationEvent.ObjectionWaived) {
      return "OBJECTION_WAIVED";
    } else if (e instanceof DesignationEvent.ObjectionFiled) {
      return "OBJECTION_FILED";
    } else if (e instanceof DesignationEvent.ObjectionAnswered) {
      return "OBJECTION_ANSWERED";
    } else if (e instanceof DesignationEvent.Withdrawn) {
      return "WITHDRAWN";
    } else if (e instanceof DesignationEvent.Listed) {
      return "LISTED";
    }
    return "REMOVED";
  }

  /** {@code creditgov-designation-event/1}: every designation event, as a store keeps it. */
  public static final JsonForm<DesignationEvent> EVENT = JsonForm.builder("designation-event", 1, EVENT_CODEC).build();

  /**
   * {@code creditgov-designation-command/1}: every designation command; reading a proposal takes
   * its subject's details from {@code subjects} (a subject the directory does not hold, or holds
   * masked only, is a problem).
   *
   * @throws NullPointerException if {@code subjects} is null
   */
  public static JsonForm<DesignationCommand> commands(SubjectDirectory subjects) {
    return JsonForm.builder("designation-command", 1, commandCodec(requireNonNull(subjects, "subjects"))).build();
  }

  /** The subject of {@code ref}, from {@code subjects}, or the problem that it is unknown there. */
  static Subject subject(JsonReader in, SubjectDirectory subjects, SubjectRef ref) {
    Optional<Subject> s = subjects.find(ref);
    if (s.isEmpty()) {
      throw in.problem(DataProblemType.UNKNOWN_REFERENCE, Fact.code("reference", ref.type() + ":" + ref.maskedIdentifier()));
    }
    return s.get();
  }

  private static JsonCodec<DesignationCommand> commandCodec(SubjectDirectory subjects) {
    return new JsonCodec<>() {
      @Override
      public void write(JsonWriter out, DesignationCommand c) {
        out.startObject().string("type", kind(c)).value("actor", c.actor(), ACTOR).list("documents", c.documents(), DOCUMENT);
        if (c instanceof DesignationCommand.Propose p) {
          out.string("id", p.id().value()).string("listTypeCode", p.listTypeCode())
              .value("subject", SubjectRef.of(p.subject()), SUBJECT_REF).string("criteriaVersion", p.criteriaVersion())
              .date("on", p.on()).string("grounds", p.grounds()).list("legalBases", p.legalBases(), LEGAL_BASIS);
        } else if (c instanceof DesignationCommand.ServeNotice n) {
          out.value("notice", n.notice(), NOTICE);
        } else if (c instanceof DesignationCommand.WaiveObjection w) {
          out.date("on", w.on());
        } else if (c instanceof DesignationCommand.FileObjection f) {
          out.date("on", f.on());
        } else if (c instanceof DesignationCommand.AnswerObjection a) {
          out.date("on", a.on()).bool("upheld", a.upheld());
        } else if (c instanceof DesignationCommand.Withdraw w) {
          out.date("on", w.on()).string("reason", w.reason());
        } else if (c instanceof DesignationCommand.Decide d) {
          out.value("decision", d.decision(), DECISION);
        } else if (c instanceof DesignationCommand.Remove r) {
          out.date("on", r.on()).constant("reason", r.reason());
        }
        out.endObject();
      }

      @Override
      public DesignationCommand read(JsonReader in) {
        String type = null;
        Actor actor = null;
        List<DocumentRef> documents = List.of();
        DesignationId id = null;
        String code = null;
        Subject subject = null;
        String criteriaVersion = null;
        LocalDate on = null;
        String grounds = null;
        List<LegalBasis> bases = List.of();
        PriorNotice notice = null;
        Boolean upheld = null;
        String reason = null;
        DecisionDocument decision = null;
        int present = 0;
        in.startObject();
        for (String name; (name = in.nextName()) != null; ) {
          present |= Key.bitOf(name);
          switch (name) {
            case "type" -> type = in.string();
            case "actor" -> actor = in.value(ACTOR);
            case "documents" -> documents = in.list(DOCUMENT);
            case "id" -> id = designationId(in);
            case "listTypeCode" -> code = in.string();
            case "subject" -> subject = subject(in, subjects, in.value(SUBJECT_REF));
            case "criteriaVersion" -> criteriaVersion = in.string();
            case "on" -> on = in.date();
            case "grounds" -> grounds = in.string();
            case "legalBases" -> bases = in.list(LEGAL_BASIS);
            case "notice" -> notice = in.value(NOTICE);
            case "upheld" -> upheld = in.bool();
            case "reason" -> reason = in.string();
            case "decision" -> decision = in.value(DECISION);
            default -> throw in.unknownKey(name);
          }
        }
        String kind = in.required(type, "type");
        Actor a = in.required(actor, "actor");
        switch (kind) {
          case "PROPOSE": {
            onlyKeys(in, present, Key.of(Key.ID, Key.LIST_TYPE_CODE, Key.SUBJECT, Key.CRITERIA_VERSION, Key.ON, Key.GROUNDS,
                Key.LEGAL_BASES));
            DesignationCommand.Propose.Builder b = DesignationCommand.propose().actor(a).addAllDocuments(documents)
                .id(in.required(id, "id")).listTypeCode(in.required(code, "listTypeCode"))
                .subject(in.required(subject, "subject")).criteriaVersion(in.required(criteriaVersion, "criteriaVersion"))
                .on(in.required(on, "on")).addAllLegalBases(bases);
            if (grounds != null) {
              b.grounds(grounds);
            }
            return b.build();
          }
          case "SERVE_NOTICE":
            onlyKeys(in, present, Key.NOTICE.bit());
            return DesignationCommand.serveNotice().actor(a).addAllDocuments(documents)
                .notice(in.required(notice, "notice")).build();
          case "WAIVE_OBJECTION":
            onlyKeys(in, present, Key.ON.bit());
            return DesignationCommand.waiveObjection().actor(a).addAllDocuments(documents).on(in.required(on, "on")).build();
          case "FILE_OBJECTION":
            onlyKeys(in, present, Key.ON.bit());
            return DesignationCommand.fileObjection().actor(a).addAllDocuments(documents).on(in.required(on, "on")).build();
          case "ANSWER_OBJECTION":
            onlyKeys(in, present, Key.of(Key.ON, Key.UPHELD));
            return DesignationCommand.answerObjection().actor(a).addAllDocuments(documents).on(in.required(on, "on"))
                .upheld(in.required(upheld, "upheld")).build();
          case "WITHDRAW":
            onlyKeys(in, present, Key.of(Key.ON, Key.REASON));
            return DesignationCommand.withdraw().actor(a).addAllDocuments(documents).on(in.required(on, "on"))
                .reason(in.required(reason, "reason")).build();
          case "DECIDE":
            onlyKeys(in, present, Key.DECISION.bit());
            return DesignationCommand.decide().actor(a).addAllDocuments(documents)
                .decision(in.required(decision, "decision")).build();
          case "REMOVE":
            onlyKeys(in, present, Key.of(Key.ON, Key.REASON));
            return DesignationCommand.remove().actor(a).addAllDocuments(documents).on(in.required(on, "on"))
                .reason(removalReason(in, in.required(reason, "reason"))).build();
          default:
            throw in.invalidObject("未知的命令种类：" + kind, "an unknown kind of command: " + kind);
        }
      }
    };
  }

  /** The command's kind as its form names it in {@code "type"}: {@code PROPOSE}, {@code SERVE_NOTICE} … */
  public static String kind(DesignationCommand c) {
    if (c instanceof DesignationCommand.Propose) {
      return "PROPOSE";
    } else if (c instanceof DesignationCommand.ServeNotice) {
      return "SERVE_NOTICE";
    } else if (c instanceof DesignationCommand.WaiveObjection) {
      return "WAIVE_OBJECTION";
    } else if (c instanceof DesignationCommand.FileObjection) {
      return "FILE_OBJECTION";
    } else if (c instanceof DesignationCommand.AnswerObjection) {
      return "ANSWER_OBJECTION";
    } else if (c instanceof DesignationCommand.Withdraw) {
      return "WITHDRAW";
    } else if (c instanceof DesignationCommand.Decide) {
      return "DECIDE";
    }
    return "REMOVE";
  }

  /**
   * {@code creditgov-command-result/1}: the answer to a command. Reading an accepted result replays
   * its events on {@code calendar} with the list types of {@code listTypes}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static JsonForm<CommandResult> commandResults(WorkingDayCalendar calendar, ListTypeLookup listTypes) {
    requireNonNull(calendar, "calendar");
    requireNonNull(listTypes, "listTypes");
    JsonCodec<Verdict> verdicts = CoreJson.verdictCodec(FindingTypes.discovered());
    return JsonForm.builder("command-result", 1, new JsonCodec<CommandResult>() {
      @Override
      public void write(JsonWriter out, CommandResult r) {
        out.startObject();
        if (r instanceof CommandResult.Accepted a) {
          out.string("result", "ACCEPTED").string("designationId", a.designation().id().value())
              .number("version", a.designation().version()).list("events", a.designation().events(), EVENT_CODEC)
              .value("verdict", a.verdict(), verdicts);
        } else if (r instanceof CommandResult.Refused f) {
          out.string("result", "REFUSED").string("designationId", f.id().value()).number("version", f.version())
              .value("verdict", f.verdict(), verdicts);
        } else {
          CommandResult.Conflict c = (CommandResult.Conflict) r;
          out.string("result", "CONFLICT").string("designationId", c.id().value())
              .number("expectedVersion", c.expectedVersion()).number("actualVersion", c.actualVersion());
        }
        out.endObject();
      }

      @Override
      public CommandResult read(JsonReader in) {
        ResultEnvelope<DesignationId, DesignationEvent> r =
            ResultEnvelope.read(in, "designationId", DesignationJson::designationId, EVENT_CODEC, verdicts);
        switch (r.result()) {
          case "ACCEPTED": {
            ImmutableList<DesignationEvent> history = r.events();
            Designation d;
            try {
              d = Designation.replay(history, calendar, listTypes);
            } catch (IllegalArgumentException e) {
              throw r.impossibleHistory(e);
            }
            if (!d.id().equals(r.id()) || d.version() != r.version()) {
              throw in.invalidObject("认定编号或版本与事件不一致", "the designation id or version does not match the events");
            }
            return new CommandResult.Accepted(d, history.get(history.size() - 1), r.verdict());
          }
          case "REFUSED":
            return new CommandResult.Refused(r.id(), r.version(), r.verdict());
          case "CONFLICT":
            return new CommandResult.Conflict(r.id(), r.expectedVersion(), r.actualVersion());
          default:
            throw r.unknownResult();
        }
      }
    }).build();
  }

  private static final JsonCodec<ListingChange> LISTING_CHANGE_CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, ListingChange c) {
      out.startObject().string("designationId", c.designationId().value()).number("version", c.version())
          .string("listTypeCode", c.listTypeCode()).value("subject", c.subject(), SUBJECT_REF).constant("kind", c.kind())
          .date("effectiveOn", c.effectiveOn()).date("lastDayListed", c.lastDayListed()).constant("reason", c.reason())
          .string("department", c.department()).string("documentNumber", c.documentNumber()).endObject();
    }

    @Override
    public ListingChange read(JsonReader in) {
      DesignationId id = null;
      Long version = null;
      String code = null;
      SubjectRef subject = null;
      ListingChange.Kind kind = null;
      LocalDate effective = null;
      LocalDate lastDay = null;
      RemovalReason reason = null;
      String department = null;
      String documentNumber = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "designationId" -> id = designationId(in);
          case "version" -> version = in.number(1, Long.MAX_VALUE);
          case "listTypeCode" -> code = in.string();
          case "subject" -> subject = in.value(SUBJECT_REF);
          case "kind" -> kind = in.constant(ListingChange.Kind.class);
          case "effectiveOn" -> effective = in.date();
          case "lastDayListed" -> lastDay = in.date();
          case "reason" -> reason = in.constant(RemovalReason.class);
          case "department" -> department = in.string();
          case "documentNumber" -> documentNumber = in.string();
          default -> throw in.unknownKey(name);
        }
      }
      return new ListingChange(in.required(id, "designationId"), in.required(version, "version"),
          in.required(code, "listTypeCode"), in.required(subject, "subject"), in.required(kind, "kind"),
          in.required(effective, "effectiveOn"), Optional.ofNullable(lastDay), Optional.ofNullable(reason),
          in.required(department, "department"), in.required(documentNumber, "documentNumber"));
    }
  };

  /** {@code creditgov-listing-change/1}: an outbox message, the subject by reference. */
  public static final JsonForm<ListingChange> LISTING_CHANGE =
      JsonForm.builder("listing-change", 1, LISTING_CHANGE_CODEC).build();
}
