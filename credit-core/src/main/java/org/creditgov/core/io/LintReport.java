package org.creditgov.core.io;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.creditgov.core.Bilingual;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.MessageTexts;
import org.creditgov.core.text.Term;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@link Lint} found in a set of documents: every problem as data, in the order the documents
 * were given and, within each, the order of the text; a human rendering, one line per problem in
 * Chinese or English; and a JSON rendering, the {@code creditgov-data-problems/1} form (schema
 * {@code data-problems-1.schema.json}, described in {@code docs/formats.md}). Immutable.
 */
public final class LintReport {

  /** The format name of the JSON rendering. */
  public static final String FORMAT = "creditgov-data-problems/1";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final int documents;
  private final ImmutableList<DataProblem> problems;

  LintReport(int documents, List<DataProblem> problems) {
    this.documents = documents;
    this.problems = ImmutableList.copyOf(problems);
  }

  /** How many documents were linted. */
  public int documents() {
    return documents;
  }

  /** Every problem found; empty when every document is valid and they fit together. */
  public ImmutableList<DataProblem> problems() {
    return problems;
  }

  /** Whether no problem was found. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * One line per problem, in {@code locale}'s language (Chinese for a Chinese locale): {@code
   * source:line:column: [code, requirement] message (pointer)}, as editors and CI logs show
   * compiler messages; empty when there is no problem.
   */
  public String human(Locale locale) {
    boolean zh = MessageTexts.isChinese(locale);
    StringBuilder s = new StringBuilder();
    for (DataProblem p : problems) {
      s.append(p.source());
      p.line().ifPresent(l -> s.append(':').append(l));
      p.column().ifPresent(c -> s.append(':').append(c));
      s.append(": [").append(p.code());
      p.requirement().ifPresent(r -> s.append(", ").append(r.id()));
      s.append("] ").append(zh ? p.messageZh() : p.messageEn());
      if (!p.pointer().isEmpty()) {
        s.append(zh ? "（位置 " : " (at ").append(p.pointer()).append(zh ? "）" : ")");
      }
      s.append('\n');
    }
    return s.toString();
  }

  /** A summary line: how many documents, how many problems. */
  public String summary(Locale locale) {
    return MessageTexts.isChinese(locale)
        ? "检查了" + documents + "个文件，发现" + problems.size() + "个问题。"
        : documents + (documents == 1 ? " document" : " documents") + " checked, " + problems.size()
            + (problems.size() == 1 ? " problem." : " problems.");
  }

  /**
   * The problems as JSON: {@code {"format": "creditgov-data-problems/1", "problems": [...]}}, each
   * problem {@code {"source", "pointer", "line", "column", "code", "requirement", "facts",
   * "message": {"zh", "en"}}} (line, column and requirement where known), facts keyed by name in
   * order, each {@code {"<kind>": value}} as the library's canonical JSON writes them.
   */
  public String json() {
    ObjectNode root = NODES.objectNode();
    root.put("format", FORMAT);
    ArrayNode list = root.putArray("problems");
    for (DataProblem p : problems) {
      ObjectNode o = list.addObject();
      o.put("source", p.source());
      o.put("pointer", p.pointer());
      p.line().ifPresent(l -> o.put("line", l));
      p.column().ifPresent(c -> o.put("column", c));
      o.put("code", p.code());
      p.requirement().ifPresent(r -> o.put("requirement", r.id()));
      ObjectNode facts = o.putObject("facts");
      for (Fact f : p.facts()) {
        facts.set(f.name(), fact(f));
      }
      ObjectNode message = o.putObject("message");
      message.put("zh", p.messageZh());
      message.put("en", p.messageEn());
    }
    return JsonWriting.write(root);
  }

  /** A fact as the canonical JSON forms write it: {@code {"date": "2026-09-28"}}, {@code {"term": {…}}} … */
  private static ObjectNode fact(Fact f) {
    ObjectNode o = NODES.objectNode();
    Object v = f.value();
    switch (f.kind()) {
      case DATE:
        o.put("date", v.toString());
        break;
      case INSTANT:
        o.put("instant", ((Instant) v).toString());
        break;
      case PERIOD:
        o.put("period", v.toString());
        break;
      case WORKING_DAYS:
        o.put("workingDays", (Integer) v);
        break;
      case COUNT:
        o.put("count", (Long) v);
        break;
      case AMOUNT:
        o.put("amount", ((BigDecimal) v).toPlainString());
        break;
      case CODE:
        o.put("code", (String) v);
        break;
      case TERM:
        o.set("term", term((Term) v));
        break;
      case TERMS: {
        ArrayNode a = o.putArray("terms");
        for (Object t : (List<?>) v) {
          a.add(term((Term) t));
        }
        break;
      }
      case BILINGUAL_TEXT: {
        ObjectNode t = o.putObject("text");
        t.put("zh", ((Bilingual) v).nameZh());
        t.put("en", ((Bilingual) v).nameEn());
        break;
      }
      case TEXT:
      default:
        o.put("text", String.valueOf(v));
    }
    return o;
  }

  private static ObjectNode term(Term t) {
    ObjectNode o = NODES.objectNode();
    o.put("code", t.code());
    o.put("zh", t.nameZh());
    o.put("en", t.nameEn());
    return o;
  }

  /** The number of documents and problems. */
  @Override
  public String toString() {
    return summary(Locale.ROOT);
  }
}
