package org.creditgov.rules.io;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.rules.sanction.MeasureListFormatException;
import org.creditgov.rules.sanction.MeasureListProblem;
import org.creditgov.rules.sanction.MeasureListProblem.Reason;
import org.jspecify.annotations.Nullable;

/**
 * One JSON document being read, as in credit-core's catalog loader (whose reader is internal to
 * its package): the parsed tree, the problems found so far, and typed accessors that record a
 * problem (with its JSON pointer) instead of throwing. Line and column come from a second,
 * streaming pass, made only when there are problems.
 */
final class JsonInput {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PERIOD = Pattern.compile("P(\\d{1,3}Y)?(\\d{1,4}M)?(\\d{1,5}D)?");

  final String source;
  private final String text;
  final List<MeasureListProblem> problems = new ArrayList<>();
  @Nullable JsonNode root;

  JsonInput(String text, String source) {
    this.text = text;
    this.source = source;
    try {
      root = MAPPER.readTree(text);
      if (root == null || root.isMissingNode()) {
        problems.add(MeasureListProblem.of(Reason.MALFORMED_JSON, source, "", 1, 1, "the document is empty"));
        root = null;
      }
    } catch (JsonProcessingException e) {
      String pointer = "";
      if (e.getProcessor() instanceof JsonParser) {
        pointer = ((JsonParser) e.getProcessor()).getParsingContext().pathAsPointer().toString();
      }
      Reason reason = e.getOriginalMessage().startsWith("Duplicate field") ? Reason.DUPLICATE_KEY : Reason.MALFORMED_JSON;
      String message = firstLine(e.getOriginalMessage());
      if (e.getLocation() != null && e.getLocation().getLineNr() > 0) {
        problems.add(MeasureListProblem.of(reason, source, pointer, e.getLocation().getLineNr(),
            Math.max(1, e.getLocation().getColumnNr()), message));
      } else {
        problems.add(MeasureListProblem.of(reason, source, pointer, message));
      }
      root = null;
    } catch (IOException e) {
      problems.add(MeasureListProblem.of(Reason.MALFORMED_JSON, source, "", firstLine(String.valueOf(e.getMessage()))));
      root = null;
    }
  }

  private static String firstLine(String s) {
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  static String child(String pointer, String key) {
    return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
  }

  static String child(String pointer, int index) {
    return pointer + "/" + index;
  }

  void problem(Reason reason, String pointer, String message) {
    problems.add(MeasureListProblem.of(reason, source, pointer, message));
  }

  /** Adds the problems of a domain exception, placed at {@code pointer} in this document. */
  void problems(MeasureListFormatException e, String pointer) {
    e.problems().forEach(p -> problems.add(p.relocated(source, pointer)));
  }

  int mark() {
    return problems.size();
  }

  boolean cleanSince(int mark) {
    return problems.size() == mark;
  }

  /** The object at {@code pointer}, after checking its keys: every required one present, no unknown one. */
  @Nullable ObjectNode object(@Nullable JsonNode node, String pointer, Set<String> required, Set<String> optional) {
    if (node == null || !node.isObject()) {
      problem(Reason.WRONG_JSON_TYPE, pointer, "expected an object, found " + describe(node));
      return null;
    }
    ObjectNode o = (ObjectNode) node;
    for (String key : required) {
      if (!o.has(key) || o.get(key).isNull()) {
        problem(Reason.MISSING_KEY, child(pointer, key), "the key '" + key + "' is required");
      }
    }
    for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!required.contains(key) && !optional.contains(key)) {
        problem(Reason.UNKNOWN_KEY, child(pointer, key), "unknown key '" + key + "'; the keys here are "
            + Stream.concat(required.stream(), optional.stream()).sorted().collect(Collectors.joining(", ")));
      }
    }
    return o;
  }

  static String describe(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    return node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  static boolean has(ObjectNode o, String key) {
    return o.has(key) && !o.get(key).isNull();
  }

  @Nullable String text(ObjectNode o, String key, String pointer) {
    JsonNode n = o.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      problem(Reason.WRONG_JSON_TYPE, child(pointer, key), "expected a string, found " + describe(n));
      return null;
    }
    return n.textValue();
  }

  @Nullable String nonBlank(ObjectNode o, String key, String pointer) {
    String s = text(o, key, pointer);
    if (s != null && s.isBlank()) {
      problem(Reason.INVALID_VALUE, child(pointer, key), "'" + key + "' must not be blank");
      return null;
    }
    return s;
  }

  @Nullable Boolean bool(ObjectNode o, String key, String pointer) {
    JsonNode n = o.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isBoolean()) {
      problem(Reason.WRONG_JSON_TYPE, child(pointer, key), "expected true or false, found " + describe(n));
      return null;
    }
    return n.booleanValue();
  }

  <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable JsonNode n, String pointer) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isTextual()) {
      problem(Reason.WRONG_JSON_TYPE, pointer, "expected a string naming a " + type.getSimpleName() + ", found " + describe(n));
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(n.textValue())) {
        return e;
      }
    }
    problem(Reason.UNKNOWN_ENUM_VALUE, pointer, "'" + abbreviate(n.textValue()) + "' is not a " + type.getSimpleName()
        + "; allowed: " + Arrays.toString(type.getEnumConstants()));
    return null;
  }

  /** An array of enum constants; bad elements are problems and left out. */
  <E extends Enum<E>> List<E> enums(Class<E> type, ObjectNode o, String key, String pointer) {
    List<JsonNode> a = array(o, key, pointer);
    List<E> out = new ArrayList<>();
    if (a != null) {
      for (int i = 0; i < a.size(); i++) {
        E e = enumValue(type, a.get(i), child(child(pointer, key), i));
        if (e != null) {
          out.add(e);
        }
      }
    }
    return out;
  }

  @Nullable LocalDate date(ObjectNode o, String key, String pointer) {
    String s = text(o, key, pointer);
    if (s == null) {
      return null;
    }
    if (DATE.matcher(s).matches()) {
      try {
        return LocalDate.parse(s);
      } catch (DateTimeParseException e) {
        // the problem below
      }
    }
    problem(Reason.INVALID_VALUE, child(pointer, key), "'" + abbreviate(s) + "' is not a date of the form 2024-03-04");
    return null;
  }

  @Nullable Period period(ObjectNode o, String key, String pointer) {
    String s = text(o, key, pointer);
    if (s == null) {
      return null;
    }
    if (s.length() > 1 && PERIOD.matcher(s).matches()) {
      return Period.parse(s);
    }
    problem(Reason.INVALID_VALUE, child(pointer, key), "'" + abbreviate(s) + "' is not a period such as P3M, P1Y or P1Y6M");
    return null;
  }

  @Nullable Jurisdiction jurisdiction(ObjectNode o, String key, String pointer) {
    String s = text(o, key, pointer);
    if (s == null) {
      return null;
    }
    try {
      return Jurisdiction.of(s);
    } catch (IllegalArgumentException e) {
      problem(Reason.INVALID_VALUE, child(pointer, key), "not a jurisdiction: " + e.getMessage());
      return null;
    }
  }

  @Nullable List<JsonNode> array(ObjectNode o, String key, String pointer) {
    JsonNode n = o.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (!n.isArray()) {
      problem(Reason.WRONG_JSON_TYPE, child(pointer, key), "expected an array, found " + describe(n));
      return null;
    }
    List<JsonNode> list = new ArrayList<>(n.size());
    n.forEach(list::add);
    return list;
  }

  List<String> strings(ObjectNode o, String key, String pointer) {
    List<JsonNode> a = array(o, key, pointer);
    List<String> out = new ArrayList<>();
    if (a == null) {
      return out;
    }
    for (int i = 0; i < a.size(); i++) {
      if (!a.get(i).isTextual()) {
        problem(Reason.WRONG_JSON_TYPE, child(child(pointer, key), i), "expected a string, found " + describe(a.get(i)));
      } else {
        out.add(a.get(i).textValue());
      }
    }
    return out;
  }

  static String abbreviate(String s) {
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }

  /** The problems, each with the line and column of its pointer (or the nearest enclosing value). */
  List<MeasureListProblem> locatedProblems() {
    if (problems.isEmpty() || root == null) {
      return problems;
    }
    Map<String, long[]> where = locations();
    List<MeasureListProblem> out = new ArrayList<>(problems.size());
    for (MeasureListProblem p : problems) {
      if (p.line().isPresent() || !p.source().equals(source)) {
        out.add(p);
        continue;
      }
      String pointer = p.pointer();
      long[] at = where.get(pointer);
      while (at == null && !pointer.isEmpty()) {
        pointer = pointer.substring(0, pointer.lastIndexOf('/'));
        at = where.get(pointer);
      }
      out.add(at == null ? p : p.at((int) at[0], (int) at[1]));
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
        where.putIfAbsent(parser.getParsingContext().pathAsPointer().toString(),
            new long[] {parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr()});
      }
    } catch (IOException e) {
      // the text parsed once already; a failure now only loses positions, never problems
    }
    return where;
  }
}
