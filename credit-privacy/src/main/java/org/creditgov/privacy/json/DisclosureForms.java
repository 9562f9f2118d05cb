package org.creditgov.privacy.json;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgov.core.Bilingual;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.ruleset.RuleSetFinding;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.RuleSetVersion;
import org.creditgov.privacy.consent.ConsentFinding;
import org.creditgov.privacy.disclosure.DisclosedItem;
import org.creditgov.privacy.disclosure.DisclosureAnswer;
import org.creditgov.privacy.disclosure.DisclosureFinding;
import org.creditgov.privacy.disclosure.WithheldItem;
import org.creditgov.privacy.query.QueryFinding;
import org.creditgov.privacy.rights.RightsFinding;

/**
 * The canonical form of the disclosure answer ({@code creditgov-disclosure-answer/1}) and, within
 * it, of findings: code, requirement, severity, legal bases in full, facts keyed by name in their
 * order, each {@code {"<kind>": value}}, and the messages (written, ignored when read).
 */
final class DisclosureForms {

  static final String ANSWER = "creditgov-disclosure-answer/1";

  /** The finding types a privacy document may hold, by code. */
  private static final ImmutableMap<String, FindingType> TYPES;

  static {
    ImmutableMap.Builder<String, FindingType> b = ImmutableMap.builder();
    List<FindingType> all = new ArrayList<>();
    all.addAll(List.of(ConsentFinding.values()));
    all.addAll(List.of(QueryFinding.values()));
    all.addAll(List.of(DisclosureFinding.values()));
    all.addAll(List.of(RightsFinding.values()));
    all.addAll(List.of(RuleSetFinding.values()));
    all.forEach(t -> b.put(t.code(), t));
    TYPES = b.buildOrThrow();
  }

  private DisclosureForms() {}

  static void answer(JsonOut out, DisclosureAnswer a) {
    out.start().string("format", ANSWER).date("date", a.date()).string("jurisdiction", a.jurisdiction().code());
    ConsentForms.subject(out, a.subject());
    out.name("shown").generator().writeStartArray();
    for (DisclosedItem s : a.shown()) {
      out.start();
      term(out, "item", s.item());
      out.date("decisionDate", s.decisionDate()).string("documentNumber", s.documentNumber());
      s.lastDayPublished().ifPresent(d -> out.date("lastDayPublished", d));
      out.name("fields").start();
      s.fields().forEach((name, value) -> fieldValue(out, name, value));
      out.end();
      findings(out, "findings", s.findings());
      out.end();
    }
    out.generator().writeEndArray();
    out.name("withheld").generator().writeStartArray();
    for (WithheldItem w : a.withheld()) {
      out.start();
      term(out, "item", w.item());
      out.date("decisionDate", w.decisionDate()).string("documentNumber", w.documentNumber());
      findings(out, "findings", w.findings());
      out.end();
    }
    out.generator().writeEndArray();
    findings(out, "findings", a.findings());
    a.ruleSetVersion().ifPresent(v -> out.string("ruleSetVersion", v.toString()));
    out.end();
  }

  private static void term(JsonOut out, String name, Term t) {
    out.name(name).start().string("code", t.code()).string("zh", t.nameZh()).string("en", t.nameEn()).end();
  }

  private static void fieldValue(JsonOut out, String name, Object v) {
    out.name(name).start();
    if (v instanceof String s) {
      out.string("text", s);
    } else if (v instanceof Integer i) {
      out.number("integer", i);
    } else if (v instanceof Long l) {
      out.number("long", l);
    } else if (v instanceof BigDecimal d) {
      out.string("decimal", d.toPlainString());
    } else if (v instanceof LocalDate d) {
      out.date("date", d);
    } else if (v instanceof Boolean b) {
      out.bool("boolean", b);
    } else {
      throw new IllegalArgumentException("a field value of type " + v.getClass().getSimpleName() + " has no canonical form");
    }
    out.end();
  }

  static void findings(JsonOut out, String name, List<Finding> findings) {
    out.name(name).generator().writeStartArray();
    for (Finding f : findings) {
      finding(out, f);
    }
    out.generator().writeEndArray();
  }

  static void finding(JsonOut out, Finding f) {
    out.start().string("code", f.code()).string("requirement", f.requirement().id()).constant("severity", f.severity());
    out.name("legalBases").generator().writeStartArray();
    f.legalBases().forEach(out::legalBasis);
    out.generator().writeEndArray();
    out.name("facts").start();
    for (Fact fact : f.facts()) {
      out.name(fact.name()).start();
      switch (fact.kind()) {
        case DATE:
          out.date("date", (LocalDate) fact.value());
          break;
        case INSTANT:
          out.instant("instant", (java.time.Instant) fact.value());
          break;
        case PERIOD:
          out.period("period", (java.time.Period) fact.value());
          break;
        case WORKING_DAYS:
          out.number("workingDays", (Integer) fact.value());
          break;
        case COUNT:
          out.number("count", (Long) fact.value());
          break;
        case AMOUNT:
          out.string("amount", ((BigDecimal) fact.value()).toPlainString());
          break;
        case CODE:
          out.string("code", (String) fact.value());
          break;
        case TERM:
          term(out, "term", (Term) fact.value());
          break;
        case TERMS:
          out.name("terms").generator().writeStartArray();
          for (Object t : (List<?>) fact.value()) {
            Term term = (Term) t;
            out.start().string("code", term.code()).string("zh", term.nameZh()).string("en", term.nameEn()).end();
          }
          out.generator().writeEndArray();
          break;
        case TEXT:
          out.string("text", (String) fact.value());
          break;
        case BILINGUAL_TEXT:
          Bilingual b = (Bilingual) fact.value();
          out.name("text").start().string("zh", b.nameZh()).string("en", b.nameEn()).end();
          break;
        default:
          throw new AssertionError(fact.kind());
      }
      out.end();
    }
    out.end();
    out.name("messages").start().string("zh", f.messageZh()).string("en", f.messageEn()).end();
    out.end();
  }

  static DisclosureAnswer answer(JsonIn in) {
    DisclosureAnswer.Builder b = DisclosureAnswer.builder();
    in.document(n -> {
      switch (n) {
        case "format":
          in.format(ANSWER);
          return true;
        case "date":
          b.date(in.date());
          return true;
        case "jurisdiction":
          b.jurisdiction(in.jurisdiction());
          return true;
        case "subject":
          b.subject(in.subject());
          return true;
        case "shown":
          b.addAllShown(in.array(() -> shown(in)));
          return true;
        case "withheld":
          b.addAllWithheld(in.array(() -> withheld(in)));
          return true;
        case "findings":
          b.addAllFindings(in.array(() -> finding(in)));
          return true;
        case "ruleSetVersion":
          String v = in.nonBlank();
          b.ruleSetVersion(in.build(() -> RuleSetVersion.parse(v)));
          return true;
        default:
          return false;
      }
    }, "format", "date", "jurisdiction", "subject", "shown", "withheld", "findings");
    return in.build(b::build);
  }

  /** The members every item of the answer has: item, decision date, document number, findings. */
  @SuppressWarnings("NullAway.Init") // each member is checked present before the item is built
  private static final class ItemParts {
    Term item;
    LocalDate decisionDate;
    String documentNumber;
    java.util.Optional<LocalDate> lastDay = java.util.Optional.empty();
    final Map<String, Object> fields = new LinkedHashMap<>();
    List<Finding> findings = List.of();

    boolean read(JsonIn in, String n, boolean shown) {
      switch (n) {
        case "item":
          item = term(in);
          return true;
        case "decisionDate":
          decisionDate = in.date();
          return true;
        case "documentNumber":
          documentNumber = in.nonBlank();
          return true;
        case "findings":
          findings = in.array(() -> finding(in));
          return true;
        case "lastDayPublished":
          if (!shown) {
            return false;
          }
          lastDay = java.util.Optional.of(in.date());
          return true;
        case "fields":
          if (!shown) {
            return false;
          }
          in.object(f -> {
            fields.put(f, fieldValue(in));
            return true;
          });
          return true;
        default:
          return false;
      }
    }
  }

  private static DisclosedItem shown(JsonIn in) {
    ItemParts p = new ItemParts();
    in.object(n -> p.read(in, n, true), "item", "decisionDate", "documentNumber", "fields", "findings");
    return in.build(() -> DisclosedItem.of(p.item, p.decisionDate, p.documentNumber, p.lastDay, p.fields, p.findings));
  }

  private static WithheldItem withheld(JsonIn in) {
    ItemParts p = new ItemParts();
    in.object(n -> p.read(in, n, false), "item", "decisionDate", "documentNumber", "findings");
    return in.build(() -> WithheldItem.of(p.item, p.decisionDate, p.documentNumber, p.findings));
  }

  private static Term term(JsonIn in) {
    String[] t = new String[3];
    in.object(n -> {
      switch (n) {
        case "code":
          t[0] = in.nonBlank();
          return true;
        case "zh":
          t[1] = in.string();
          return true;
        case "en":
          t[2] = in.string();
          return true;
        default:
          return false;
      }
    }, "code", "zh", "en");
    return Term.of(t[0], t[1], t[2]);
  }

  private static Object fieldValue(JsonIn in) {
    Object[] v = {null};
    in.object(n -> {
      switch (n) {
        case "text":
          v[0] = in.string();
          return true;
        case "integer":
          v[0] = (int) in.number(Integer.MIN_VALUE, Integer.MAX_VALUE);
          return true;
        case "long":
          v[0] = in.number(Long.MIN_VALUE, Long.MAX_VALUE);
          return true;
        case "decimal":
          v[0] = decimal(in);
          return true;
        case "date":
          v[0] = in.date();
          return true;
        case "boolean":
          v[0] = in.bool();
          return true;
        default:
          return false;
      }
    });
    if (v[0] == null) {
      throw in.problem(DataProblemType.MISSING_KEY, Fact.code("key", "text"));
    }
    return v[0];
  }

  private static BigDecimal decimal(JsonIn in) {
    String s = in.string();
    try {
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw in.invalid("金额应写作十进制数字文本，如 \"5000.00\"", "an amount is a decimal number in quotes, such as \"5000.00\"");
    }
  }

  static Finding finding(JsonIn in) {
    FindingType[] type = {null};
    List<org.creditgov.core.legal.LegalBasis> bases = new ArrayList<>();
    List<Fact> facts = new ArrayList<>();
    String[] requirement = {null};
    in.object(n -> {
      switch (n) {
        case "code":
          String code = in.nonBlank();
          type[0] = TYPES.get(code);
          if (type[0] == null) {
            throw in.problem(DataProblemType.UNKNOWN_REFERENCE, Fact.code("reference", code));
          }
          return true;
        case "requirement":
          requirement[0] = in.nonBlank();
          return true;
        case "severity":
          var unused = in.constant(org.creditgov.core.verdict.Severity.class);
          return true;
        case "legalBases":
          bases.addAll(in.array(in::legalBasis));
          return true;
        case "facts":
          in.object(name -> {
            facts.add(fact(in, name));
            return true;
          });
          return true;
        case "messages":
          in.object(m -> {
            if (!m.equals("zh") && !m.equals("en")) {
              return false;
            }
            var unusedText = in.string(); // derivable from the facts: ignored when read
            return true;
          });
          return true;
        default:
          return false;
      }
    }, "code", "legalBases", "facts");
    if (requirement[0] != null && !requirement[0].equals(type[0].requirement().id())) {
      throw in.invalid("要求编号与结论类型不符", "the requirement does not match the finding's code");
    }
    return in.build(() -> Finding.of(type[0], bases, facts.toArray(new Fact[0])));
  }

  private static Fact fact(JsonIn in, String name) {
    Fact[] f = {null};
    in.object(kind -> {
      switch (kind) {
        case "date":
          f[0] = Fact.date(name, in.date());
          return true;
        case "instant":
          f[0] = Fact.instant(name, in.instant());
          return true;
        case "period":
          f[0] = Fact.period(name, in.period());
          return true;
        case "workingDays":
          f[0] = Fact.workingDays(name, (int) in.number(0, Integer.MAX_VALUE));
          return true;
        case "count":
          f[0] = Fact.count(name, in.number(Long.MIN_VALUE, Long.MAX_VALUE));
          return true;
        case "amount":
          f[0] = Fact.amount(name, decimal(in));
          return true;
        case "code":
          f[0] = Fact.code(name, in.string());
          return true;
        case "term":
          f[0] = Fact.term(name, term(in));
          return true;
        case "terms":
          f[0] = Fact.terms(name, in.array(() -> term(in)));
          return true;
        case "text":
          f[0] = text(in, name);
          return true;
        default:
          return false;
      }
    });
    if (f[0] == null) {
      throw in.problem(DataProblemType.MISSING_KEY, Fact.code("key", "text"));
    }
    return f[0];
  }

  private static Fact text(JsonIn in, String name) {
    if (in.peekIsObject()) {
      String[] t = new String[2];
      in.object(n -> {
        if (n.equals("zh")) {
          t[0] = in.string();
        } else if (n.equals("en")) {
          t[1] = in.string();
        } else {
          return false;
        }
        return true;
      }, "zh", "en");
      return Fact.text(name, Bilingual.of(t[0], t[1]));
    }
    return Fact.text(name, in.string());
  }

}
