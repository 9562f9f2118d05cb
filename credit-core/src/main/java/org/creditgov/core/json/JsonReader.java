package org.creditgov.core.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgov.core.Bilingual;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads one canonical document for a {@link JsonCodec}, over Jackson's streaming parser, in the
 * conventions of the forms, and makes the one located problem a document that does not follow
 * them gets: a {@link JsonFormException} with the JSON pointer, line and column where reading
 * stopped. Absent lists read as empty. Not thread-safe: one per document.
 *
 * <p>A codec reads an object as a loop: {@code in.startObject(); for (String name; (name =
 * in.nextName()) != null; ) { switch (name) { case "code": code = in.string(); break; … default:
 * throw in.unknownKey(name); } }}, then checks the keys it needs with {@link #required}.
 */
public final class JsonReader {

  /** The document names another format (or none) where the form expects its own first: read it as a tree. */
  static final class FormatMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FormatMismatch() {
      super(null, null, false, false);
    }
  }

  private static final Term OBJECT = Term.of("object", "对象（{…}）", "an object ({…})");
  private static final Term ARRAY = Term.of("array", "列表（[…]）", "a list ([…])");
  private static final Term STRING = Term.of("string", "文本（带引号）", "a text (in quotes)");
  private static final Term INTEGER = Term.of("integer", "整数", "a whole number");
  private static final Term BOOLEAN = Term.of("boolean", "true 或 false", "true or false");

  private final JsonParser p;
  private final String source;
  private final String format;
  /** Whether the format was checked already (a tree read after upcasting): then it may be anywhere. */
  private final boolean formatChecked;
  private boolean peeked;
  /** Whether nothing has been read yet: the next value is the document's. */
  private boolean atRoot = true;
  /** How many objects are open: 1 inside the document's own object. */
  private int depth;
  /** The names read so far in each open object, by depth, to find a key written twice without a hash set per object. */
  private String[][] names = new String[8][];
  private int[] counts = new int[8];
  /** Whether the next name read in the document's object is its first. */
  private boolean firstName;

  JsonReader(JsonParser p, String source, String format, boolean formatChecked) {
    this.p = p;
    this.source = source;
    this.format = format;
    this.formatChecked = formatChecked;
  }

  /** The parser, for what these methods do not cover. */
  public JsonParser parser() {
    return p;
  }

  @CanIgnoreReturnValue // consumes the token; callers that know it often need not look at it
  private JsonToken next() {
    if (peeked) {
      peeked = false;
      return p.currentToken();
    }
    JsonToken t = p.nextToken();
    if (t == null) {
      throw problem(DataProblemType.MALFORMED_JSON, Fact.text("detail", "the document ends too early"));
    }
    return t;
  }

  /** Whether the next value is JSON {@code null} or the end of the enclosing array; does not consume it. */
  private JsonToken peek() {
    JsonToken t = next();
    peeked = true;
    return t;
  }

  /** Whether the next value is a text (rather than an object, say), without reading it. */
  public boolean nextIsString() {
    return peek() == JsonToken.VALUE_STRING;
  }

  /**
   * Moves into the object of the next value.
   *
   * @throws JsonFormException if the next value is not an object
   */
  public void startObject() {
    boolean root = atRoot;
    atRoot = false;
    JsonToken t = next();
    if (t != JsonToken.START_OBJECT) {
      if (!formatChecked && root) {
        throw new FormatMismatch(); // not even an object: the tree reading says which format is missing
      }
      throw wrongType(OBJECT, t);
    }
    depth++;
    if (depth == names.length) {
      names = java.util.Arrays.copyOf(names, depth * 2);
      counts = java.util.Arrays.copyOf(counts, depth * 2);
    }
    counts[depth] = 0;
    firstName = root;
  }

  /** Notes {@code name} in the current object; a name read twice is a problem. */
  private void once(String name) {
    String[] seen = names[depth];
    int n = counts[depth];
    for (int i = 0; i < n; i++) {
      if (seen[i].equals(name)) {
        throw problem(DataProblemType.DUPLICATE_KEY, Fact.code("key", name));
      }
    }
    if (seen == null || n == seen.length) {
      seen = seen == null ? new String[16] : java.util.Arrays.copyOf(seen, n * 2);
      names[depth] = seen;
    }
    seen[n] = name;
    counts[depth] = n + 1;
  }

  /**
   * The name of the object's next property, or null at the object's end. In the document's own
   * object the {@code format} key is checked and passed over.
   *
   * @throws JsonFormException if the document is not well-formed
   */
  public @Nullable String nextName() {
    JsonToken t = next();
    if (t == JsonToken.END_OBJECT) {
      depth--;
      return null;
    }
    String name = p.currentName();
    once(name);
    boolean first = firstName;
    firstName = false;
    if (depth == 1 && "format".equals(name)) {
      JsonToken value = p.nextToken();
      if (value != JsonToken.VALUE_STRING || !format.equals(p.getString())) {
        if (formatChecked) {
          throw problem(DataProblemType.UNKNOWN_FORMAT, Fact.code("format", String.valueOf(p.getString())),
              Fact.text("known", format));
        }
        throw new FormatMismatch();
      }
      return nextName();
    }
    if (!formatChecked && depth == 1 && first) {
      throw new FormatMismatch(); // the format key is not first: read the document as a tree
    }
    return name;
  }

  /** A text. */
  public String string() {
    JsonToken t = next();
    if (t != JsonToken.VALUE_STRING) {
      throw wrongType(STRING, t);
    }
    return p.getString();
  }

  /** A text that says something (not blank). */
  public String nonBlank() {
    String s = string();
    if (s.isBlank()) {
      throw problem(DataProblemType.BLANK);
    }
    return s;
  }

  /** A whole number within {@code [min, max]}. */
  public long number(long min, long max) {
    JsonToken t = next();
    if (t != JsonToken.VALUE_NUMBER_INT) {
      throw wrongType(INTEGER, t);
    }
    long n;
    try {
      n = p.getLongValue();
    } catch (RuntimeException e) {
      throw problem(DataProblemType.OUT_OF_RANGE, Fact.text("limit", min + "…" + max));
    }
    if (n < min || n > max) {
      throw problem(DataProblemType.OUT_OF_RANGE, Fact.text("limit", min + "…" + max));
    }
    return n;
  }

  /** A whole number within {@code [min, max]}, as an int. */
  public int intNumber(int min, int max) {
    return (int) number(min, max);
  }

  /** A boolean. */
  public boolean bool() {
    JsonToken t = next();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw wrongType(BOOLEAN, t);
  }

  /** A date, {@code YYYY-MM-DD}. */
  public LocalDate date() {
    LocalDate d = Iso.date(string());
    if (d == null) {
      throw form("date", "日期（写法如 2026-01-31）", "date (written 2026-01-31)");
    }
    return d;
  }

  /** An instant, ISO-8601 in UTC with {@code Z}. */
  public Instant instant() {
    Instant i = Iso.instant(string());
    if (i == null) {
      throw form("instant", "时刻（协调世界时，写法如 2026-01-31T08:00:00Z）", "instant (UTC, written 2026-01-31T08:00:00Z)");
    }
    return i;
  }

  /** A period, ISO-8601 ({@code P3Y}, {@code P1Y6M}). */
  public Period period() {
    Period p = Iso.period(string());
    if (p == null) {
      throw form("period", "期限（写法如 P3Y 表示3年、P6M 表示6个月）", "period (written P3Y for 3 years, P6M for 6 months)");
    }
    return p;
  }

  /** An amount, a decimal string ({@code "5000.00"}). */
  public BigDecimal amount() {
    String s = string();
    try {
      if (s.isEmpty() || !(Character.isDigit(s.charAt(0)) || s.charAt(0) == '-') || s.length() > 100) {
        throw new NumberFormatException(s);
      }
      return new BigDecimal(s);
    } catch (NumberFormatException e) {
      throw form("amount", "金额（十进制数字文本，如 \"5000.00\"）", "amount (a decimal text such as \"5000.00\")");
    }
  }

  /** The constants of each enum by name, looked up once per type. */
  private static final ClassValue<Map<String, Enum<?>>> CONSTANTS = new ClassValue<>() {
    @Override
    protected Map<String, Enum<?>> computeValue(Class<?> type) {
      Map<String, Enum<?>> byName = new LinkedHashMap<>();
      for (Object e : type.getEnumConstants()) {
        byName.put(((Enum<?>) e).name(), (Enum<?>) e);
      }
      return Collections.unmodifiableMap(byName);
    }
  };

  /** An enum constant by its name. */
  public <E extends Enum<E>> E constant(Class<E> type) {
    String s = string();
    Map<String, Enum<?>> byName = CONSTANTS.get(type);
    Enum<?> e = byName.get(s);
    if (e == null) {
      throw problem(DataProblemType.NOT_ALLOWED_VALUE, Fact.text("value", s), Fact.text("allowed", String.join(", ", byName.keySet())));
    }
    return type.cast(e);
  }

  /** A value of {@code codec}. */
  public <T> T value(JsonCodec<T> codec) {
    return codec.read(this);
  }

  /** A list of values of {@code codec}. */
  public <T> ImmutableList<T> list(JsonCodec<T> codec) {
    JsonToken t = next();
    if (t != JsonToken.START_ARRAY) {
      throw wrongType(ARRAY, t);
    }
    if (peek() == JsonToken.END_ARRAY) {
      next();
      return ImmutableList.of();
    }
    ImmutableList.Builder<T> b = ImmutableList.builder();
    do {
      b.add(codec.read(this));
    } while (peek() != JsonToken.END_ARRAY);
    next();
    return b.build();
  }

  /** A list of texts. */
  public ImmutableList<String> strings() {
    return list(STRINGS);
  }

  /** A set of texts, in the order written; a text written twice is a problem. */
  public ImmutableSet<String> stringSet() {
    List<String> all = strings();
    ImmutableSet<String> set = ImmutableSet.copyOf(all);
    if (set.size() != all.size()) {
      throw problem(DataProblemType.DUPLICATE_VALUE);
    }
    return set;
  }

  private static final JsonCodec<String> STRINGS = new JsonCodec<>() {
    @Override
    public void write(JsonWriter out, String value) {
      out.generator().writeString(value);
    }

    @Override
    public String read(JsonReader in) {
      return in.string();
    }
  };

  /** Passes over the next value, whatever it is (a derivable part the form ignores on input). */
  public void skip() {
    JsonToken t = next();
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      p.skipChildren();
    }
  }

  /**
   * {@code value}, or the problem that the object just read lacks the mandatory key {@code key}.
   *
   * @throws JsonFormException if {@code value} is null
   */
  public <T> T required(@Nullable T value, String key) {
    if (value == null) {
      String at = p.streamReadContext().pathAsPointer().toString();
      throw new JsonFormException(List.of(locate(DataProblem.of(DataProblemType.MISSING_KEY, source, at + "/" + key,
          Fact.code("key", key)))));
    }
    return value;
  }

  /**
   * The problem that the object just read has a key its kind does not define (a key of another
   * variant of the form, say), at the object.
   */
  public JsonFormException misplacedKey(String key) {
    String at = p.streamReadContext().pathAsPointer().toString();
    return new JsonFormException(List.of(locate(DataProblem.of(DataProblemType.UNKNOWN_KEY, source, at + "/" + key,
        Fact.code("key", key), Fact.text("allowed", "")))));
  }

  /** The problem that the object just read holds a value its type refuses, at the object. */
  public JsonFormException invalidObject(String zh, String en) {
    String at = p.streamReadContext().pathAsPointer().toString();
    return new JsonFormException(List.of(locate(DataProblem.of(DataProblemType.INVALID_VALUE, source, at,
        Fact.text("detail", Bilingual.of(zh, en))))));
  }

  /** The problem of a key the form does not define, at it. */
  public JsonFormException unknownKey(String key) {
    return problem(DataProblemType.UNKNOWN_KEY, Fact.code("key", key), Fact.text("allowed", ""));
  }

  /** The problem that the value just read is not valid for the reason given, at it. */
  public JsonFormException invalid(String zh, String en) {
    return problem(DataProblemType.INVALID_VALUE, Fact.text("detail", Bilingual.of(zh, en)));
  }

  /** A problem of {@code type} where reading stands. */
  public JsonFormException problem(DataProblemType type, Fact... facts) {
    return new JsonFormException(List.of(locate(DataProblem.of(type, source, pointer(), facts))));
  }

  /** The JSON pointer of where reading stands. */
  String pointer() {
    return p.streamReadContext().pathAsPointer().toString();
  }

  private DataProblem locate(DataProblem problem) {
    TokenStreamLocation l = p.currentTokenLocation();
    return l != null && l.getLineNr() > 0 ? problem.at(l.getLineNr(), l.getColumnNr()) : problem;
  }

  private JsonFormException wrongType(Term expected, @Nullable JsonToken found) {
    Term f = found == null ? Term.of("end", "文档结束", "the end of the document") : switch (found) {
      case START_OBJECT -> OBJECT;
      case START_ARRAY -> ARRAY;
      case VALUE_STRING -> STRING;
      case VALUE_NUMBER_INT -> INTEGER;
      case VALUE_NUMBER_FLOAT -> Term.of("number", "数字", "a number");
      case VALUE_TRUE, VALUE_FALSE -> BOOLEAN;
      case VALUE_NULL -> Term.of("null", "空值 null", "null");
      default -> Term.of(found.name(), found.name(), found.name());
    };
    return problem(DataProblemType.WRONG_JSON_TYPE, Fact.term("found", f), Fact.term("expected", expected));
  }

  private JsonFormException form(String code, String zh, String en) {
    return problem(DataProblemType.INVALID_FORM, Fact.term("form", Term.of(code, zh, en)));
  }

  /** Checks that the document ended after its value. */
  void end() {
    if (peeked || p.nextToken() != null) {
      throw problem(DataProblemType.MALFORMED_JSON, Fact.text("detail", "content after the end of the document"));
    }
  }

  String source() {
    return requireNonNull(source);
  }
}
