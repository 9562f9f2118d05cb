package org.creditgov.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.text.Fact;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One JSON text being read: its parsed tree, the problems of its syntax (not JSON, a key twice in
 * one object, trailing content), and the line and column of any JSON pointer in it. Never throws
 * for bad input: every problem is a located {@link DataProblem}.
 *
 * <p>The tree is built from Jackson's streaming parser so that a duplicate key is found as such,
 * with its pointer and position, rather than recognised from an exception's message. Locations are
 * found by a second streaming pass, made only for the pointers asked for (when there are problems).
 *
 * <p>Internal to the library: the readers of every data format share it.
 */
public final class JsonDocument {

  static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String source;
  private final String text;
  private final @Nullable JsonNode root;
  private final ImmutableList<DataProblem> syntaxProblems;

  private JsonDocument(String source, String text, @Nullable JsonNode root, List<DataProblem> syntaxProblems) {
    this.source = source;
    this.text = text;
    this.root = root;
    this.syntaxProblems = ImmutableList.copyOf(syntaxProblems);
  }

  /**
   * Parses {@code text}; problems name {@code source}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static JsonDocument parse(String text, String source) {
    requireNonNull(text, "text");
    requireNonNull(source, "source");
    List<DataProblem> problems = new ArrayList<>();
    JsonNode root = null;
    try (JsonParser p = MAPPER.createParser(text)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        problems.add(DataProblem.of(DataProblemType.MALFORMED_JSON, source, "",
            Fact.text("detail", "the document is empty")).at(1, 1));
      } else {
        JsonNode tree = new TreeBuilder(source, problems).value(p, first);
        JsonToken trailing = p.nextToken();
        if (trailing != null) {
          problems.add(located(DataProblem.of(DataProblemType.MALFORMED_JSON, source, "",
              Fact.text("detail", "content after the end of the document")), p.currentTokenLocation()));
        } else {
          root = tree;
        }
      }
    } catch (JacksonException e) {
      String pointer = "";
      if (e.processor() instanceof JsonParser) {
        pointer = ((JsonParser) e.processor()).streamReadContext().pathAsPointer().toString();
      }
      DataProblem problem = DataProblem.of(DataProblemType.MALFORMED_JSON, source, pointer,
          Fact.text("detail", firstLine(e.getOriginalMessage())));
      problems.add(e.getLocation() != null ? located(problem, e.getLocation()) : problem.at(1, 1));
      root = null;
    }
    // a document with a duplicate key is still read, so that its other problems are found too
    return new JsonDocument(source, text, root, problems);
  }

  /**
   * Reads and parses a UTF-8 file; problems name the file by its file name. An unreadable file or
   * one that is not UTF-8 is a document with one {@link DataProblemType#UNREADABLE} problem.
   *
   * @throws NullPointerException if {@code file} is null
   */
  public static JsonDocument read(Path file) {
    requireNonNull(file, "file");
    return read(file, String.valueOf(file.getFileName()));
  }

  /**
   * As {@link #read(Path)}, problems naming the file {@code source} (its path as the user gave it,
   * say, when several files have the same name).
   *
   * @throws NullPointerException if an argument is null
   */
  public static JsonDocument read(Path file, String source) {
    requireNonNull(file, "file");
    String name = requireNonNull(source, "source");
    try {
      byte[] bytes = Files.readAllBytes(file);
      return parse(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString(), name);
    } catch (CharacterCodingException e) {
      return unreadable(name, "the file is not UTF-8");
    } catch (IOException e) {
      return unreadable(name, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
  }

  /** A document that could not be read at all. */
  public static JsonDocument unreadable(String source, String reason) {
    return new JsonDocument(source, "", null, List.of(
        DataProblem.of(DataProblemType.UNREADABLE, source, "", Fact.text("reason", reason)).at(1, 1)));
  }

  /** How problems name the document. */
  public String source() {
    return source;
  }

  /** The text. */
  public String text() {
    return text;
  }

  /** The parsed tree; empty when the text is not JSON (a syntax problem says why). */
  public Optional<JsonNode> root() {
    return Optional.ofNullable(root);
  }

  /** The problems of the text's syntax, located. */
  public ImmutableList<DataProblem> syntaxProblems() {
    return syntaxProblems;
  }

  /**
   * {@code problems} with a line and column added to each one of this document that has none: the
   * position of the value at its pointer or, for a value that is missing, of the nearest enclosing
   * one. Problems of other sources, or already located, are returned as they are, in order.
   */
  public ImmutableList<DataProblem> locate(List<DataProblem> problems) {
    Set<String> wanted = new HashSet<>();
    for (DataProblem p : problems) {
      if (p.line().isEmpty() && p.source().equals(source)) {
        for (String q = p.pointer(); ; q = parent(q)) {
          wanted.add(q);
          if (q.isEmpty()) {
            break;
          }
        }
      }
    }
    if (wanted.isEmpty()) {
      return ImmutableList.copyOf(problems);
    }
    Map<String, TokenStreamLocation> at = locations(wanted);
    ImmutableList.Builder<DataProblem> out = ImmutableList.builder();
    for (DataProblem p : problems) {
      if (p.line().isPresent() || !p.source().equals(source)) {
        out.add(p);
        continue;
      }
      TokenStreamLocation l = null;
      for (String q = p.pointer(); l == null; q = parent(q)) {
        l = at.get(q);
        if (q.isEmpty()) {
          break;
        }
      }
      out.add(l == null ? p.at(1, 1) : located(p, l));
    }
    return out.build();
  }

  /** The first location of each wanted pointer: a property's name, or a value's first token. */
  private Map<String, TokenStreamLocation> locations(Set<String> wanted) {
    Map<String, TokenStreamLocation> at = new HashMap<>();
    // the path to the current token: for an object frame the current key, for an array the index
    List<Object> path = new ArrayList<>();
    List<Boolean> isArray = new ArrayList<>();
    try (JsonParser p = MAPPER.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null && at.size() < wanted.size(); t = p.nextToken()) {
        int top = path.size() - 1;
        if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          path.remove(top);
          isArray.remove(top);
          continue;
        }
        if (t == JsonToken.PROPERTY_NAME) {
          path.set(top, p.currentName());
          record(at, wanted, path, p);
          continue;
        }
        if (top >= 0 && isArray.get(top)) {
          path.set(top, (Integer) path.get(top) + 1);
        }
        if (top < 0 || isArray.get(top)) { // a property's value was recorded at its name
          record(at, wanted, path, p);
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          path.add(t == JsonToken.START_ARRAY ? Integer.valueOf(-1) : "");
          isArray.add(t == JsonToken.START_ARRAY);
        }
      }
    } catch (JacksonException e) {
      // the text is not JSON past some point: the locations found so far are all there are
    }
    return at;
  }

  private static void record(Map<String, TokenStreamLocation> at, Set<String> wanted, List<Object> path, JsonParser p) {
    StringBuilder s = new StringBuilder();
    for (Object segment : path) {
      s.append('/').append(segment instanceof String ? escape((String) segment) : segment.toString());
    }
    String pointer = s.toString();
    if (wanted.contains(pointer)) {
      at.putIfAbsent(pointer, p.currentTokenLocation());
    }
  }

  /** RFC 6901 escaping of one key. */
  static String escape(String key) {
    return key.indexOf('~') < 0 && key.indexOf('/') < 0 ? key : key.replace("~", "~0").replace("/", "~1");
  }

  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** {@code p} at the location, or at the start of the text where the parser knows none. */
  private static DataProblem located(DataProblem p, TokenStreamLocation l) {
    return l.getLineNr() > 0 ? p.at(l.getLineNr(), Math.max(1, l.getColumnNr())) : p.at(1, 1);
  }

  private static String firstLine(@Nullable String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    return line.length() > 300 ? line.substring(0, 300) + "…" : line;
  }

  /** Builds the tree token by token, reporting duplicate keys with their pointers. */
  private static final class TreeBuilder {
    private final String source;
    private final List<DataProblem> problems;

    TreeBuilder(String source, List<DataProblem> problems) {
      this.source = source;
      this.problems = problems;
    }

    JsonNode value(JsonParser p, JsonToken t) {
      switch (t) {
        case START_OBJECT: {
          ObjectNode o = NODES.objectNode();
          for (JsonToken k = p.nextToken(); k == JsonToken.PROPERTY_NAME; k = p.nextToken()) {
            String key = p.currentName();
            if (o.has(key)) {
              problems.add(located(DataProblem.of(DataProblemType.DUPLICATE_KEY, source,
                  p.streamReadContext().pathAsPointer().toString(), Fact.code("key", key)), p.currentTokenLocation()));
            }
            o.set(key, value(p, p.nextToken()));
          }
          return o;
        }
        case START_ARRAY: {
          ArrayNode a = NODES.arrayNode();
          for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            a.add(value(p, e));
          }
          return a;
        }
        case VALUE_STRING:
          return NODES.stringNode(p.getString());
        case VALUE_NUMBER_INT:
          switch (p.getNumberType()) {
            case INT:
              return NODES.numberNode(p.getIntValue());
            case LONG:
              return NODES.numberNode(p.getLongValue());
            default:
              return NODES.numberNode(p.getBigIntegerValue());
          }
        case VALUE_NUMBER_FLOAT:
          return NODES.numberNode(p.getDecimalValue());
        case VALUE_TRUE:
          return NODES.booleanNode(true);
        case VALUE_FALSE:
          return NODES.booleanNode(false);
        case VALUE_NULL:
          return NODES.nullNode();
        default:
          throw new IllegalStateException("unexpected token " + t);
      }
    }
  }
}
