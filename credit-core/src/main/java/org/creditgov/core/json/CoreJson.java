package org.creditgov.core.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.core.verdict.Severity;
import org.creditgov.core.verdict.Verdict;

/**
 * The canonical JSON forms of credit-core's types (docs/json-forms.md), each with its schema in
 * {@code org/creditgov/core/schemas/}:
 *
 * <ul>
 *   <li>{@link #VERDICT} {@code creditgov-verdict/1}: outcome (derived; ignored on input), the
 *       rule-set version applied, every finding;
 *   <li>{@link #FINDING} {@code creditgov-finding/1}, {@link #FINDING_LIST} {@code
 *       creditgov-finding-list/1}: code, requirement, severity, legal bases in full, facts typed,
 *       messages optional ({@link JsonForm#withMessages()}) and ignored on input — but kept, and
 *       written back, for a code no {@link FindingTypes} knows;
 *   <li>{@link #RULE_SET_VERSION} {@code creditgov-rule-set-version/1}: each layer's kind, id and
 *       effective date;
 *   <li>{@link #LEGAL_BASIS} {@code creditgov-legal-basis/1}: the {@code common-1} legal-basis
 *       shape;
 *   <li>{@link #SUBJECT_REF} {@code creditgov-subject-ref/1}: type and identifier, never a name;
 *   <li>and, nested only, {@link #FACTS} (an object keyed by fact name, in order, each {@code
 *       {"<kind>": value}}), {@link #TERM} and {@link #EFFECTIVE}.
 * </ul>
 */
public final class CoreJson {

  private CoreJson() {}

  /** A titled value: {@code {"code":…,"zh":…,"en":…}}. */
  public static final JsonCodec<Term> TERM = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, Term t) {
      out.startObject().string("code", t.code()).string("zh", t.nameZh()).string("en", t.nameEn()).endObject();
    }

    @Override
    public Term read(JsonReader in) {
      String code = null;
      String zh = null;
      String en = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "code" -> code = in.string();
          case "zh" -> zh = in.string();
          case "en" -> en = in.string();
          default -> throw in.unknownKey(name);
        }
      }
      return Term.of(in.required(code, "code"), in.required(zh, "zh"), in.required(en, "en"));
    }
  };

  /** An effective period: {@code {"from":…,"until":…}}, {@code until} exclusive and optional. */
  public static final JsonCodec<EffectivePeriod> EFFECTIVE = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, EffectivePeriod e) {
      out.startObject().date("from", e.from()).date("until", e.until()).endObject();
    }

    @Override
    public EffectivePeriod read(JsonReader in) {
      LocalDate from = null;
      LocalDate until = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "from" -> from = in.date();
          case "until" -> until = in.date();
          default -> throw in.unknownKey(name);
        }
      }
      LocalDate start = in.required(from, "from");
      if (until != null && !until.isAfter(start)) {
        throw in.invalid("生效期间的截止日须晚于起始日", "the end of an effective period must be after its start");
      }
      return until == null ? EffectivePeriod.from(start) : EffectivePeriod.between(start, until);
    }
  };

  private static final JsonCodec<LegalBasis> LEGAL_BASIS_CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, LegalBasis b) {
      out.startObject().constant("level", b.level()).string("issuer", b.issuer()).string("title", b.title())
          .string("documentNumber", b.documentNumber()).string("article", b.article())
          .value("effective", b.effective(), EFFECTIVE);
      if (b.jurisdiction().isPresent()) {
        out.string("jurisdiction", b.jurisdiction().get().code());
      }
      out.endObject();
    }

    @Override
    public LegalBasis read(JsonReader in) {
      LegalBasis.Builder b = LegalBasis.builder();
      InstrumentLevel level = null;
      String issuer = null;
      String title = null;
      EffectivePeriod effective = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "level" -> level = in.constant(InstrumentLevel.class);
          case "issuer" -> issuer = in.nonBlank();
          case "title" -> title = in.nonBlank();
          case "documentNumber" -> b.documentNumber(in.nonBlank());
          case "article" -> b.article(in.nonBlank());
          case "effective" -> effective = in.value(EFFECTIVE);
          case "jurisdiction" -> b.jurisdiction(jurisdiction(in));
          default -> throw in.unknownKey(name);
        }
      }
      return b.level(in.required(level, "level")).issuer(in.required(issuer, "issuer")).title(in.required(title, "title"))
          .effective(in.required(effective, "effective")).build();
    }
  };

  /** A division code, read as a jurisdiction. */
  public static Jurisdiction jurisdiction(JsonReader in) {
    String code = in.string();
    try {
      return Jurisdiction.of(code);
    } catch (IllegalArgumentException e) {
      throw in.problem(DataProblemType.INVALID_FORM, Fact.term("form", Term.of("divisionCode",
          "六位行政区划代码（如 640381，全国为 000000）", "six-digit administrative division code (such as 640381; 000000 for national)")));
    }
  }

  /** {@code creditgov-legal-basis/1}: a legal instrument cited in full (the {@code common-1} {@code legalBasis} shape). */
  public static final JsonForm<LegalBasis> LEGAL_BASIS = JsonForm.builder("legal-basis", 1, LEGAL_BASIS_CODEC).build();

  private static final JsonCodec<RuleSetVersion.Layer> LAYER = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, RuleSetVersion.Layer l) {
      out.startObject().string("kind", l.kind()).string("id", l.id()).date("effectiveFrom", l.effectiveFrom()).endObject();
    }

    @Override
    public RuleSetVersion.Layer read(JsonReader in) {
      String kind = null;
      String id = null;
      LocalDate from = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "kind" -> kind = in.string();
          case "id" -> id = in.string();
          case "effectiveFrom" -> from = in.date();
          default -> throw in.unknownKey(name);
        }
      }
      return new RuleSetVersion.Layer(in.required(kind, "kind"), in.required(id, "id"), in.required(from, "effectiveFrom"));
    }
  };

  private static final JsonCodec<RuleSetVersion> RULE_SET_VERSION_CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, RuleSetVersion v) {
      out.startObject().list("layers", v.layers(), LAYER).endObject();
    }

    @Override
    public RuleSetVersion read(JsonReader in) {
      ImmutableList<RuleSetVersion.Layer> layers = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        if (name.equals("layers")) {
          layers = in.list(LAYER);
        } else {
          throw in.unknownKey(name);
        }
      }
      return RuleSetVersion.of(in.required(layers, "layers"));
    }
  };

  /** {@code creditgov-rule-set-version/1}: the layers a check applied, each {@code {"kind","id","effectiveFrom"}}. */
  public static final JsonForm<RuleSetVersion> RULE_SET_VERSION =
      JsonForm.builder("rule-set-version", 1, RULE_SET_VERSION_CODEC).build();

  private static final JsonCodec<SubjectRef> SUBJECT_REF_CODEC = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, SubjectRef r) {
      out.startObject().constant("type", r.type()).string("identifier", r.identifier()).endObject();
    }

    @Override
    public SubjectRef read(JsonReader in) {
      SubjectType type = null;
      String identifier = null;
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        switch (name) {
          case "type" -> type = in.constant(SubjectType.class);
          case "identifier" -> identifier = in.string();
          default -> throw in.unknownKey(name);
        }
      }
      return SubjectRef.of(in.required(type, "type"), in.required(identifier, "identifier"));
    }
  };

  /** {@code creditgov-subject-ref/1}: a subject by type and identifier (a credit code or an identity document number). */
  public static final JsonForm<SubjectRef> SUBJECT_REF = JsonForm.builder("subject-ref", 1, SUBJECT_REF_CODEC).build();

  /**
   * The facts of a finding or a data problem: an object keyed by fact name in declaration order,
   * each {@code {"<kind>": value}} — {@code date}, {@code instant}, {@code period}, {@code
   * workingDays}, {@code count}, {@code amount}, {@code code}, {@code term}, {@code terms}, {@code
   * text} (a string, or {@code {"zh","en"}} for a text in both languages). Writing facts with a name
   * twice is an {@link IllegalArgumentException}.
   */
  public static final JsonCodec<List<Fact>> FACTS = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, List<Fact> facts) {
      out.startObject();
      Set<String> names = facts.size() > 1 ? new HashSet<>() : Set.of();
      for (int i = 0, n = facts.size(); i < n; i++) {
        Fact f = facts.get(i);
        if (facts.size() > 1 && !names.add(f.name())) {
          throw new IllegalArgumentException("two facts are named " + f.name());
        }
        out.name(f.name()).startObject();
        Object v = f.value();
        switch (f.kind()) {
          case DATE -> out.date("date", (LocalDate) v);
          case INSTANT -> out.instant("instant", (java.time.Instant) v);
          case PERIOD -> out.period("period", (java.time.Period) v);
          case WORKING_DAYS -> out.number("workingDays", (Integer) v);
          case COUNT -> out.number("count", (Long) v);
          case AMOUNT -> out.amount("amount", (BigDecimal) v);
          case CODE -> out.string("code", (String) v);
          case TERM -> out.value("term", (Term) v, TERM);
          case TERMS -> {
            @SuppressWarnings("unchecked")
            List<Term> terms = (List<Term>) v;
            out.name("terms").generator().writeStartArray();
            terms.forEach(t -> TERM.write(out, t));
            out.generator().writeEndArray();
          }
          case TEXT -> out.string("text", (String) v);
          case BILINGUAL_TEXT -> {
            Bilingual b = (Bilingual) v;
            out.name("text").startObject().string("zh", b.nameZh()).string("en", b.nameEn()).endObject();
          }
          default -> throw new IllegalArgumentException("a fact of kind " + f.kind() + " has no JSON form");
        }
        out.endObject();
      }
      out.endObject();
    }

    @Override
    public List<Fact> read(JsonReader in) {
      List<Fact> facts = new ArrayList<>();
      in.startObject();
      for (String name; (name = in.nextName()) != null; ) {
        facts.add(fact(in, name));
      }
      return facts;
    }
  };

  private static Fact fact(JsonReader in, String name) {
    in.startObject();
    String kind = in.nextName();
    if (kind == null) {
      throw in.invalid("事实须写明其种类与值，如 {\"date\": \"2026-09-28\"}", "a fact states its kind and value, such as {\"date\": \"2026-09-28\"}");
    }
    Fact f = switch (kind) {
      case "date" -> Fact.date(name, in.date());
      case "instant" -> Fact.instant(name, in.instant());
      case "period" -> Fact.period(name, in.period());
      case "workingDays" -> Fact.workingDays(name, in.intNumber(0, Integer.MAX_VALUE));
      case "count" -> Fact.count(name, in.number(Long.MIN_VALUE, Long.MAX_VALUE));
      case "amount" -> Fact.amount(name, in.amount());
      case "code" -> Fact.code(name, in.string());
      case "term" -> Fact.term(name, in.value(TERM));
      case "terms" -> Fact.terms(name, in.list(TERM));
      case "text" -> text(in, name);
      default -> throw in.unknownKey(kind);
    };
    String more = in.nextName();
    if (more != null) {
      throw in.unknownKey(more);
    }
    return f;
  }

  private static Fact text(JsonReader in, String name) {
    if (in.nextIsString()) {
      return Fact.text(name, in.string());
    }
    String zh = null;
    String en = null;
    in.startObject();
    for (String key; (key = in.nextName()) != null; ) {
      switch (key) {
        case "zh" -> zh = in.string();
        case "en" -> en = in.string();
        default -> throw in.unknownKey(key);
      }
    }
    return Fact.text(name, Bilingual.of(in.required(zh, "zh"), in.required(en, "en")));
  }

  /** The codec of findings whose types {@code types} resolves. */
  static JsonCodec<Finding> findingCodec(FindingTypes types) {
    requireNonNull(types, "types");
    return new JsonCodec<>() {
      @Override
      public void write(JsonWriter out, Finding f) {
        FindingType type = f.type();
        out.startObject().string("code", type.code()).constant("requirement", type.requirement())
            .constant("severity", type.severity()).list("legalBases", f.legalBases(), LEGAL_BASIS_CODEC);
        if (!f.facts().isEmpty()) {
          out.value("facts", f.facts(), FACTS);
        }
        if (out.messages() || type instanceof UnknownFindingType) {
          out.name("messages").startObject().string("zh", f.messageZh()).string("en", f.messageEn()).endObject();
        }
        out.endObject();
      }

      @Override
      public Finding read(JsonReader in) {
        String code = null;
        RequirementId requirement = null;
        Severity severity = null;
        ImmutableList<LegalBasis> bases = null;
        List<Fact> facts = List.of();
        Bilingual messages = null;
        in.startObject();
        for (String name; (name = in.nextName()) != null; ) {
          switch (name) {
            case "code" -> code = in.string();
            case "requirement" -> requirement = in.constant(RequirementId.class);
            case "severity" -> severity = in.constant(Severity.class);
            case "legalBases" -> bases = in.list(LEGAL_BASIS_CODEC);
            case "facts" -> facts = in.value(FACTS);
            case "messages" -> messages = messages(in);
            default -> throw in.unknownKey(name);
          }
        }
        String c = in.required(code, "code");
        RequirementId r = in.required(requirement, "requirement");
        Severity s = in.required(severity, "severity");
        ImmutableList<LegalBasis> cited = in.required(bases, "legalBases");
        if (cited.isEmpty()) {
          throw in.invalid("结论须至少引用一项法律依据", "a finding cites at least one legal basis");
        }
        Optional<FindingType> known = types.find(c);
        FindingType type = known.isPresent() ? known.get()
            : new UnknownFindingType(c, r, s, messages != null ? messages : Bilingual.of(c, c));
        return Finding.builder().type(type).addAllLegalBases(cited).addAllFacts(facts).build();
      }
    };
  }

  private static Bilingual messages(JsonReader in) {
    String zh = null;
    String en = null;
    in.startObject();
    for (String name; (name = in.nextName()) != null; ) {
      switch (name) {
        case "zh" -> zh = in.string();
        case "en" -> en = in.string();
        default -> throw in.unknownKey(name);
      }
    }
    return Bilingual.of(in.required(zh, "zh"), in.required(en, "en"));
  }

  /** The finding form whose codes {@code types} resolves. */
  public static JsonForm<Finding> finding(FindingTypes types) {
    return JsonForm.builder("finding", 1, findingCodec(types)).build();
  }

  /** The finding-list form whose codes {@code types} resolves. */
  public static JsonForm<ImmutableList<Finding>> findingList(FindingTypes types) {
    JsonCodec<Finding> finding = findingCodec(types);
    return JsonForm.builder("finding-list", 1, new JsonCodec<ImmutableList<Finding>>() {
      @Override
      public void write(JsonWriter out, ImmutableList<Finding> findings) {
        out.startObject().list("findings", findings, finding).endObject();
      }

      @Override
      public ImmutableList<Finding> read(JsonReader in) {
        ImmutableList<Finding> findings = ImmutableList.of();
        in.startObject();
        for (String name; (name = in.nextName()) != null; ) {
          if (name.equals("findings")) {
            findings = in.list(finding);
          } else {
            throw in.unknownKey(name);
          }
        }
        return findings;
      }
    }).build();
  }

  /** The codec of verdicts whose finding codes {@code types} resolves, for nesting a verdict in another form. */
  public static JsonCodec<Verdict> verdictCodec(FindingTypes types) {
    JsonCodec<Finding> finding = findingCodec(types);
    return new JsonCodec<>() {
      @Override
      public void write(JsonWriter out, Verdict v) {
        out.startObject().constant("outcome", v.outcome()).value("ruleSetVersion", v.ruleSetVersion(), RULE_SET_VERSION_CODEC)
            .list("findings", v.findings(), finding).endObject();
      }

      @Override
      public Verdict read(JsonReader in) {
        Verdict.Builder b = Verdict.builder();
        in.startObject();
        for (String name; (name = in.nextName()) != null; ) {
          switch (name) {
            case "outcome" -> {
              var unused = in.constant(org.creditgov.core.verdict.Outcome.class); // read to check it, then derived again
            }
            case "ruleSetVersion" -> b.ruleSetVersion(in.value(RULE_SET_VERSION_CODEC));
            case "findings" -> b.addAllFindings(in.list(finding));
            default -> throw in.unknownKey(name);
          }
        }
        return b.build();
      }
    };
  }

  /** The verdict form whose finding codes {@code types} resolves. */
  public static JsonForm<Verdict> verdict(FindingTypes types) {
    return JsonForm.builder("verdict", 1, verdictCodec(types)).build();
  }

  /** {@code creditgov-finding/1}, codes resolved by {@link FindingTypes#discovered()}. */
  public static final JsonForm<Finding> FINDING = finding(FindingTypes.discovered());
  /** {@code creditgov-finding-list/1}: {@code {"findings":[…]}}. */
  public static final JsonForm<ImmutableList<Finding>> FINDING_LIST = findingList(FindingTypes.discovered());
  /** {@code creditgov-verdict/1}: {@code {"outcome":…,"ruleSetVersion":…,"findings":[…]}}. */
  public static final JsonForm<Verdict> VERDICT = verdict(FindingTypes.discovered());
}
