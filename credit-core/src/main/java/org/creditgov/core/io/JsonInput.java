package org.creditgov.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * One JSON document being read: the parsed tree, the problems found so far, and typed accessors
 * that record a problem (with its JSON pointer) instead of throwing. Problems get their line and
 * column from a second, streaming pass over the text, made only when there are problems.
 *
 * <p>Internal to the library: the readers of catalogs (credit-core) and of measure lists
 * (credit-rules) share it, each with its own problem type; the package is exported to credit-rules
 * only. {@code P} is the reader's problem type, made through {@link Problems}.
 *
 * @param <P> the problem type of the reader
 */
public final class JsonInput<P> {

  /** The structural problems this class finds; a reader's reason codes include these names. */
  public enum Structural {
    /** Not JSON, or an empty document. */
    MALFORMED_JSON,
    /** A key twice in one object. */
    DUPLICATE_KEY,
    /** A value of the wrong JSON type. */
    WRONG_JSON_TYPE,
    /** A required key missing. */
    MISSING_KEY,
    /** A key the format does not have. */
    UNKNOWN_KEY,
    /** A string that names no constant of the expected enum. */
    UNKNOWN_ENUM_VALUE,
    /** A value of the right type that is not valid (a blank text, a malformed date …). */
    INVALID_VALUE,
    /** A reference to an instrument the document's {@code instruments} block does not declare. */
    UNKNOWN_INSTRUMENT
  }

  /** How a reader makes and places its problems. */
  public interface Problems<P> {
    /** A problem of a structural kind, at a JSON pointer of a source. */
    P of(Structural reason, String source, String pointer, String message);

    /** The problem with a line and column. */
    P at(P problem, int line, int column);

    /** Whether the problem needs no placing here: it has a line already, or another source. */
    boolean placed(P problem, String source);

    /** The JSON pointer of the problem. */
    String pointer(P problem);
  }

  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** ISO dates, four-digit years only: {@code LocalDate.parse} alone accepts {@code +12024-01-01}. */
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  /** ISO periods of years, months and days, as the format documents ({@code P3M}, {@code P1Y6M}). */
  private static final Pattern PERIOD = Pattern.compile("P(\\d{1,3}Y)?(\\d{1,4}M)?(\\d{1,5}D)?");

  private final String source;
  private final String text;
  private final Problems<P> kinds;
  private final List<P> problems = new ArrayList<>();
  private @Nullable JsonNode root;

  /** Parses {@code text}, recording a syntax error as a located problem. */
  public JsonInput(String text, String source, Problems<P> kinds) {
    this.text = text;
    this.source = source;
    this.kinds = kinds;
    try {
      root = MAPPER.readTree(text);
      if (root == null || root.isMissingNode()) {
        problems.add(kinds.at(kinds.of(Structural.MALFORMED_JSON, source, "", "the document is empty"), 1, 1));
        root = null;
      }
    } catch (JsonProcessingException e) {
      String pointer = "";
      if (e.getProcessor() instanceof JsonParser) {
        pointer = ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString();
      }
      Structural reason =
          e.getOriginalMessage().startsWith("Duplicate field") ? Structural.DUPLICATE_KEY : Structural.MALFORMED_JSON;
      P problem = kinds.of(reason, source, pointer, firstLine(e.getOriginalMessage()));
      if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
        problem = kinds.at(problem, e.getLocation().getLineNr(), Math.max(1, e.getLocation().getColumnNr()));
      }
      problems.add(problem);
      root = null;
    }
  }

  /** The mapper every reader and writer of the library's JSON formats uses. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** The name of the source, as problems name it. */
  public String source() {
    return source;
  }

  /** The parsed document; null if it is not JSON (a problem says why). */
  public @Nullable JsonNode root() {
    return root;
  }

  /** Records a problem the reader found. */
  public void add(P problem) {
    problems.add(problem);
  }

  /** Whether any problem has been found. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /** The pointer of {@code key} under {@code pointer} (RFC 6901 escaping). */
  public static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer of element {@code index} under {@code pointer}. */
  public static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  /** Records a problem of a structural kind at {@code pointer}. */
  public void problem(Structural reason, String pointer, String message) {
    problems.add(kinds.of(reason, source, pointer, message));
  }

  /** A mark to pass to {@link #cleanSince}. */
  public int mark() {
    return problems.size();
  }

  /** Whether no problem has been found since {@code mark}. */
  public boolean cleanSince(int mark) {
    return problems.size() == mark;
  }

  /** The object at {@code pointer}, after checking its keys: every required one present, no unknown one. */
  public @Nullable ObjectNode object(@Nullable JsonNode node, String pointer, Set<String> required, Set<String> optional) {
    if (node == null || !node.isObject()) {
      problem(Structural.WRONG_JSON_TYPE, pointer, "expected an object, found " + describe(node));
      return null;
    }
    ObjectNode o = (ObjectNode) node;
    for (String key : required) {
      if (!o.has(key) || o.get(key).isNull()) {
        problem(Structural.MISSING_KEY, child(pointer, key), "the key '" + key + "' is required");
      }
    }
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!required.contains(key) && !optional.contains(key)) {
        problem(
            Structural.UNKNOWN_KEY, child(pointer, key),
            "unknown key '" + key + "'; the keys here are " + sorted(required, optional));
      }
    }
    return o;
  }

  private static String sorted(Set<String> a, Set<String> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).sorted().collect(Collectors.joining(", "));
  }

  /** The JSON type of a node, for messages. */
  public static String describe(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether the key is present and not null. */
  public static boolean has(ObjectNode o, String key) {
    return o.has(key) && !o.get(key).isNull();
  }

  /** The text at {@code key}; null when absent (a required key is checked by {@link #object}) or not a string (a problem). */
  public @Nullable String text(ObjectNode o, String key, String pointer) {
    JsonNode n = o.get(key);
    if (n == null || n.isNull()) {
      return null; // a missing required key is already a problem
    }
    if (!n.isTextual()) {
      problem(Structural.WRONG_JSON_TYPE, child(pointer, key), "expected a string, found " + describe(n));
      return null;
    }
    return n.textValue();
  }

  /** As {@link #text}, and a blank text is a problem. */
  public @Nullable String nonBlank(ObjectNode o, String key, String pointer) {
    String s = text(o, key, pointer);
    if (s != null && s.isBlank()) {
      problem(Structural.INVALID_VALUE, child(pointer, key), "'" + key + "' must not be blank");
      return null;
    }
    return s;
  }

  /** The boolean at {@code key}; null when absent or not a boolean (a problem). */
  public @Nullable Boolean bool(ObjectNode o, String key, String pointer) {
    JsonNode n = o.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isBoolean()) {
      problem(Structural.WRONG_JSON_TYPE, child(pointer, key), "expected true or false, found " + describe(n));
      return null;
    }
    return n.booleanValue();
  }

  /** The whole number at {@code key}; null when absent or not an int (a problem). */
  public @Nullable Integer integer(ObjectNode o, String key, String pointer) {
    JsonNode n = o.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isIntegralNumber() || !n.canConvertToInt()) {
      problem(Structural.WRONG_JSON_TYPE, child(pointer, key), "expected a whole number, found " + describe(n));
      return null;
    }
    return n.intValue();
  }

  /** The constant a string names; null when absent, not a string or no constant (a problem). */
  public <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable JsonNode n, String pointer) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      problem(Structural.WRONG_JSON_TYPE, pointer, "expected a string naming a " + type.getSimpleName() + ", found " + describe(n));
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(n.textValue())) {
        return e;
      }
    }
    problem(
        Structural.UNKNOWN_ENUM_VALUE, pointer,
        "'" + abbreviate(n.textValue()) + "' is not a " + type.getSimpleName() + "; allowed: "
            + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /** The date ({@code yyyy-MM-dd}) at {@code key}; null when absent or malformed (a problem). */
  public @Nullable LocalDate date(ObjectNode o, String key, String pointer) {
    String s = text(o, key, pointer);
    if (s == null) {
      return null;
    }
    if (DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        // fall through to the problem below
      }
    }
    problem(Structural.INVALID_VALUE, child(pointer, key), "'" + abbreviate(s) + "' is not a date of the form 2024-03-04");
    return null;
  }

  /** The ISO period ({@code P3M}, {@code P1Y6M}) at {@code key}; null when absent or malformed (a problem). */
  public @Nullable Period period(ObjectNode o, String key, String pointer) {
    String s = text(o, key, pointer);
    if (s == null) {
      return null;
    }
    if (s.length() > 1 && PERIOD.matcher(s).matches()) {
      return Period.parse(s);
    }
    problem(
        Structural.INVALID_VALUE, child(pointer, key),
        "'" + abbreviate(s) + "' is not a period such as P3M (3 months), P1Y (1 year) or P1Y6M");
    return null;
  }

  /** The jurisdiction whose code is at {@code key}; null when absent or not a code (a problem). */
  public @Nullable Jurisdiction jurisdiction(ObjectNode o, String key, String pointer) {
    String s = text(o, key, pointer);
    if (s == null) {
      return null;
    }
    try {
      return Jurisdiction.of(s);
    } catch (IllegalArgumentException e) {
      problem(Structural.INVALID_VALUE, child(pointer, key), "not a jurisdiction: " + e.getMessage());
      return null;
    }
  }

  /** An array of enum constants; duplicates are problems (sets have no order to repeat). */
  public <E extends Enum<E>> List<E> enums(Class<E> type, ObjectNode o, String key, String pointer) {
    List<E> out = new ArrayList<>();
    List<JsonNode> a = array(o, key, pointer);
    if (a == null) {
      return out;
    }
    for (int i = 0; i < a.size(); i++) {
      String at = child(child(pointer, key), i);
      E e = enumValue(type, a.get(i), at);
      if (e == null && a.get(i).isNull()) {
        problem(Structural.WRONG_JSON_TYPE, at, "expected a " + type.getSimpleName() + ", found null");
      } else if (e != null && out.contains(e)) {
        problem(Structural.INVALID_VALUE, at, e + " is listed twice");
      } else if (e != null) {
        out.add(e);
      }
    }
    return out;
  }
  /** The array at {@code key}, or null (with a problem if it is not an array). */
  public @Nullable List<JsonNode> array(ObjectNode o, String key, String pointer) {
    JsonNode n = o.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isArray()) {
      problem(Structural.WRONG_JSON_TYPE, child(pointer, key), "expected an array, found " + describe(n));
      return null;
    }
    List<JsonNode> list = new ArrayList<>(n.size());
    n.forEach(list::add);
    return list;
  }

  /**
   * Reads each element of the array at {@code key}, by its index; an element with problems is
   * left out (its problems are listed), so the rules of the whole file still see the good ones.
   */
  public <T> Map<Integer, T> indexed(
      ObjectNode o, String key, String pointer, BiFunction<JsonNode, String, @Nullable T> read) {
    Map<Integer, T> out = new LinkedHashMap<>();
    List<JsonNode> nodes = array(o, key, pointer);
    if (nodes != null) {
      for (int i = 0; i < nodes.size(); i++) {
        T value = read.apply(nodes.get(i), child(child(pointer, key), i));
        if (value != null) {
          out.put(i, value);
        }
      }
    }
    return out;
  }

  /** As {@link #indexed}, the values only. */
  public <T> List<T> each(ObjectNode o, String key, String pointer, BiFunction<JsonNode, String, @Nullable T> read) {
    return new ArrayList<>(indexed(o, key, pointer, read).values());
  }
  /** An array of strings; elements of another type are problems and left out. */
  public List<String> strings(ObjectNode o, String key, String pointer) {
    List<JsonNode> a = array(o, key, pointer);
    List<String> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isTextual()) {
        problem(Structural.WRONG_JSON_TYPE, child(child(pointer, key), i), "expected a string, found " + describe(a.get(i)));
      } else {
        out.add(a.get(i).textValue());
      }
    }
    return out;
  }

  /** {@code s}, cut to 80 characters for a message. */
  public static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  /** The problems, each with the line and column of its pointer (or the nearest enclosing value). */
  public List<P> locatedProblems() {
    if (problems.isEmpty() || root == null) {
      return new ArrayList<>(problems); // syntax errors carry their own location
    }
    Map<String, long[]> where = locations();
    List<P> out = new ArrayList<>(problems.size());
    for (P p : problems) {
      if (kinds.placed(p, source)) {
        out.add(p);
        continue;
      }
      String pointer = kinds.pointer(p);
      long[] at = where.get(pointer);
      while (at == null && !pointer.isEmpty()) {
        pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        at = where.get(pointer);
      }
      out.add(at == null ? p : kinds.at(p, (int) at[0], (int) at[1]));
    }
    return out;
  }

  private Map<String, long[]> locations() {
    Map<String, long[]> where = new HashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(text)) {
      for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
        if (t == JsonToken.FIELD_NAME || t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          continue;
        }
        where.putIfAbsent(
            parser.getParsingContext().pathAsPointer().toString(),
            new long[] {parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr()});
      }
    } catch (IOException e) {
      // the text parsed once already; a failure now only loses positions, never problems
    }
    return where;
  }
}
