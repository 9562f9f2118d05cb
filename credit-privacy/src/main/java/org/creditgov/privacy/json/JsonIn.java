package org.creditgov.privacy.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.Bilingual;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.EffectivePeriod;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads one canonical document over Jackson's streaming parser, keeping the JSON pointer of the
 * value being read so that the first problem is reported where it is (pointer, line, column), as
 * one {@link PrivacyJsonException}. Keys may come in any order; a repeated key is refused. Not
 * thread-safe: one per document.
 */
final class JsonIn implements AutoCloseable {

  private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  /** Reads the members of one object. */
  @FunctionalInterface
  interface Members {
    /** Reads the value of member {@code name}; returns false if the object has no such member. */
    boolean read(String name);
  }

  private final String source;
  private final JsonParser p;
  private final Deque<String> path = new ArrayDeque<>();

  JsonIn(String text, String source) {
    this.source = requireNonNull(source, "source");
    this.p = FACTORY.createParser(ObjectReadContext.empty(), requireNonNull(text, "text"));
  }

  String pointer() {
    StringBuilder s = new StringBuilder();
    java.util.Iterator<String> it = path.descendingIterator();
    while (it.hasNext()) {
      s.append('/').append(it.next().replace("~", "~0").replace("/", "~1"));
    }
    return s.toString();
  }

  PrivacyJsonException problem(DataProblemType type, Fact... facts) {
    TokenStreamLocation at = p.currentTokenLocation();
    DataProblem problem = DataProblem.of(type, source, pointer(), facts);
    if (at != null && at.getLineNr() > 0) {
      problem = problem.at(at.getLineNr(), at.getColumnNr());
    }
    return new PrivacyJsonException(List.of(problem));
  }

  PrivacyJsonException invalid(String zh, String en) {
    return problem(DataProblemType.INVALID_VALUE, Fact.text("detail", Bilingual.of(zh, en)));
  }

  private JsonToken next() {
    if (pending != null) {
      JsonToken t = pending;
      pending = null;
      return t;
    }
    try {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw problem(DataProblemType.MALFORMED_JSON, Fact.text("detail", "the text ends too early"));
      }
      return t;
    } catch (JacksonException e) {
      String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
      int nl = m.indexOf('\n');
      throw problem(m.contains("Duplicate") ? DataProblemType.DUPLICATE_KEY : DataProblemType.MALFORMED_JSON,
          m.contains("Duplicate") ? Fact.code("key", String.valueOf(p.currentName())) : Fact.text("detail", nl < 0 ? m : m.substring(0, nl)));
    }
  }

  /** Reads one object: each member through {@code members}; an unknown one, or a required one missing, is a problem. */
  void object(Members members, String... required) {
    if (next() != JsonToken.START_OBJECT) {
      throw wrongType("object");
    }
    Set<String> seen = new HashSet<>();
    while (next() == JsonToken.PROPERTY_NAME) {
      String name = p.currentName();
      seen.add(name);
      path.push(name);
      if (!members.read(name)) {
        throw problem(DataProblemType.UNKNOWN_KEY, Fact.code("key", name), Fact.text("allowed", "—"));
      }
      path.pop();
    }
    for (String r : required) {
      if (!seen.contains(r)) {
        throw problem(DataProblemType.MISSING_KEY, Fact.code("key", r));
      }
    }
  }

  /** Reads the whole document as one object and checks nothing follows it. */
  void document(Members members, String... required) {
    object(members, required);
    try {
      if (p.nextToken() != null) {
        throw problem(DataProblemType.MALFORMED_JSON, Fact.text("detail", "text after the document"));
      }
    } catch (JacksonException e) {
      throw problem(DataProblemType.MALFORMED_JSON, Fact.text("detail", "text after the document"));
    }
  }

  /** Reads the {@code format} member: it must be {@code expected}. */
  void format(String expected) {
    String f = string();
    if (!f.equals(expected)) {
      throw problem(DataProblemType.UNKNOWN_FORMAT, Fact.code("format", f), Fact.text("known", expected));
    }
  }

  private PrivacyJsonException wrongType(String expected) {
    return invalid("此处应为" + expected, "expected " + expected + " here");
  }

  /** Whether the next value is an object (it is then read by the next call, not skipped). */
  boolean peekIsObject() {
    JsonToken t = next();
    pending = t;
    return t == JsonToken.START_OBJECT;
  }

  String string() {
    if (next() != JsonToken.VALUE_STRING) {
      throw wrongType("text");
    }
    return p.getString();
  }

  String nonBlank() {
    String s = string();
    if (s.isBlank()) {
      throw problem(DataProblemType.BLANK);
    }
    return s;
  }

  long number(long min, long max) {
    if (next() != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType("whole number");
    }
    long v = p.getLongValue();
    if (v < min || v > max) {
      throw problem(DataProblemType.OUT_OF_RANGE, Fact.text("limit", min + "…" + max));
    }
    return v;
  }

  boolean bool() {
    JsonToken t = next();
    if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
      throw wrongType("true or false");
    }
    return t == JsonToken.VALUE_TRUE;
  }

  Instant instant() {
    String s = string();
    try {
      if (!s.endsWith("Z")) {
        throw new DateTimeException("not UTC");
      }
      return Instant.parse(s);
    } catch (DateTimeException e) {
      throw invalid("时刻应写作 UTC 的 ISO-8601 形式，如 2026-09-28T02:00:00Z", "an instant is written in UTC, ISO-8601, such as 2026-09-28T02:00:00Z");
    }
  }

  LocalDate date() {
    String s = string();
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      throw invalid("日期应写作 2026-01-31 的形式", "a date is written 2026-01-31");
    }
  }

  Period period() {
    String s = string();
    try {
      return Period.parse(s);
    } catch (DateTimeException e) {
      throw invalid("期限应写作 P3Y、P6M 的形式", "a period is written P3Y, P6M");
    }
  }

  <E extends Enum<E>> E constant(Class<E> type) {
    String s = string();
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw problem(DataProblemType.NOT_ALLOWED_VALUE, Fact.text("value", s), Fact.text("allowed", java.util.Arrays.toString(type.getEnumConstants())));
    }
  }

  Jurisdiction jurisdiction() {
    String s = string();
    try {
      return Jurisdiction.of(s);
    } catch (IllegalArgumentException e) {
      throw invalid("没有这个行政区划代码", "no such administrative division code");
    }
  }

  /** Reads an array, each element by {@code element}. */
  <T> ImmutableList<T> array(java.util.function.Supplier<T> element) {
    if (next() != JsonToken.START_ARRAY) {
      throw wrongType("list");
    }
    List<T> out = new ArrayList<>();
    int i = 0;
    while (true) {
      path.push(String.valueOf(i));
      JsonToken t = peekArrayEnd();
      if (t == JsonToken.END_ARRAY) {
        path.pop();
        break;
      }
      out.add(element.get());
      path.pop();
      i++;
    }
    return ImmutableList.copyOf(out);
  }

  private @Nullable JsonToken pending;

  /** Looks at the next token: the end of the array, or leaves it for the element reader to read again. */
  private JsonToken peekArrayEnd() {
    JsonToken t = next();
    if (t != JsonToken.END_ARRAY) {
      pending = t;
    }
    return t;
  }

  ImmutableList<String> strings() {
    return array(this::string);
  }

  /** Item codes to field names. */
  ImmutableSetMultimap<String, String> fields() {
    ImmutableSetMultimap.Builder<String, String> b = ImmutableSetMultimap.builder();
    object(name -> {
      b.putAll(name, strings());
      return true;
    });
    return b.build();
  }

  EffectivePeriod effective() {
    LocalDate[] from = {null};
    LocalDate[] until = {null};
    object(name -> {
      switch (name) {
        case "from":
          from[0] = date();
          return true;
        case "until":
          until[0] = date();
          return true;
        default:
          return false;
      }
    }, "from");
    try {
      return until[0] == null ? EffectivePeriod.from(from[0]) : EffectivePeriod.between(from[0], until[0]);
    } catch (IllegalArgumentException e) {
      throw invalid("施行期间的结束日应晚于开始日", "an effective period ends after it starts");
    }
  }

  LegalBasis legalBasis() {
    LegalBasis.Builder b = LegalBasis.builder();
    object(name -> {
      switch (name) {
        case "article":
          b.article(nonBlank());
          return true;
        case "documentNumber":
          b.documentNumber(nonBlank());
          return true;
        case "effective":
          b.effective(effective());
          return true;
        case "issuer":
          b.issuer(nonBlank());
          return true;
        case "jurisdiction":
          b.jurisdiction(jurisdiction());
          return true;
        case "level":
          b.level(constant(InstrumentLevel.class));
          return true;
        case "title":
          b.title(nonBlank());
          return true;
        default:
          return false;
      }
    }, "level", "issuer", "title", "effective");
    try {
      return b.build();
    } catch (IllegalArgumentException e) {
      throw invalid("法律依据不完整：地方性文件须写明行政区划，全国性文件不写", "a local instrument names its jurisdiction, a national one none");
    }
  }

  SubjectRef subject() {
    SubjectType[] type = {null};
    String[] id = {null};
    object(name -> {
      switch (name) {
        case "type":
          type[0] = constant(SubjectType.class);
          return true;
        case "identifier":
          id[0] = nonBlank();
          return true;
        default:
          return false;
      }
    }, "type", "identifier");
    try {
      return SubjectRef.of(type[0], id[0]);
    } catch (IllegalArgumentException e) {
      throw invalid("主体标识不合规", "the subject's identifier is not valid");
    }
  }

  /** {@code value}, or an {@link IllegalArgumentException} saying what is missing (inside {@link #build}). */
  static <T> T present(@Nullable T value, String missing) {
    if (value == null) {
      throw new IllegalArgumentException(missing);
    }
    return value;
  }

  /** Turns a value's own refusal (an invariant of its type) into a located problem. */
  <T> T build(java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw invalid("该值不成立：" + e.getMessage(), "the value does not hold: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    p.close();
  }
}
