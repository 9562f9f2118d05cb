package org.creditgov.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.text.Fact;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidDefinitionException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One document of a data format being read, the way every reader of the library reads: parse
 * (syntax problems), identify the format by its {@code format} key, validate against the format's
 * JSON Schema (structural problems, located), then let the reader bind the parts that are clean to
 * its value types and add the problems of the rules a schema cannot express (cross-field,
 * cross-layer, legal-basis level). Every problem is collected in one pass: a part with problems is
 * skipped, the others are still read and checked, so a user fixing a file meets all its problems
 * at once.
 *
 * <p>Internal to the library. Not thread-safe: one per document read.
 */
public final class DocumentRead {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DocumentRead.class);

  /**
   * A data format a reader accepts.
   *
   * @param name the value of the {@code format} key, such as {@code creditgov-catalog/1}
   * @param schema the schema file, such as {@code catalog-1.schema.json}
   * @param requirement the requirement the format's structure serves, given to its structural problems
   */
  public record Format(String name, String schema, RequirementId requirement) {
    /** Checks for nulls. */
    public Format {
      requireNonNull(name, "name");
      requireNonNull(schema, "schema");
      requireNonNull(requirement, "requirement");
    }
  }

  private final JsonDocument document;
  private final @Nullable Format format;
  private final List<DataProblem> problems = new ArrayList<>();

  private DocumentRead(JsonDocument document, @Nullable Format format, List<DataProblem> found) {
    this.document = document;
    this.format = format;
    this.problems.addAll(found);
  }

  /**
   * Starts reading {@code document} as one of {@code accepted} (older versions first is fine: the
   * one its {@code format} key names is taken), validating it against that format's schema.
   *
   * @throws IllegalArgumentException if {@code accepted} is empty
   */
  public static DocumentRead of(JsonDocument document, List<Format> accepted) {
    if (accepted.isEmpty()) {
      throw new IllegalArgumentException("a reader accepts at least one format");
    }
    RequirementId requirement = accepted.get(accepted.size() - 1).requirement();
    List<DataProblem> found = new ArrayList<>(document.syntaxProblems());
    Optional<JsonNode> root = document.root();
    if (root.isEmpty()) {
      return new DocumentRead(document, null, serving(found, requirement));
    }
    JsonNode key = root.get().isObject() ? root.get().get("format") : null;
    String name = key != null && key.isString() ? key.asString() : null;
    Format format = null;
    for (Format f : accepted) {
      if (f.name().equals(name)) {
        format = f;
      }
    }
    if (format == null) {
      String known = accepted.stream().map(Format::name).collect(Collectors.joining(", "));
      found.add(DataProblem.of(DataProblemType.UNKNOWN_FORMAT, document.source(), key == null ? "" : "/format",
          Fact.code("format", name == null ? (key == null ? "(none)" : key.toString()) : name), Fact.text("known", known)));
      return new DocumentRead(document, null, serving(document.locate(found), requirement));
    }
    found.addAll(Schemas.bundled().validate(document, format.schema()));
    return new DocumentRead(document, format, serving(found, format.requirement()));
  }

  private static List<DataProblem> serving(List<DataProblem> problems, RequirementId requirement) {
    List<DataProblem> out = new ArrayList<>(problems.size());
    for (DataProblem p : problems) {
      out.add(p.requirement().isPresent() ? p : p.serving(requirement));
    }
    return out;
  }

  /** How problems name the document. */
  public String source() {
    return document.source();
  }

  /** The format the document declares, when it is one the reader accepts. */
  public Optional<Format> format() {
    return Optional.ofNullable(format);
  }

  /** The parsed document, when it is JSON of an accepted format (otherwise nothing can be bound). */
  public Optional<JsonNode> root() {
    return format == null ? Optional.empty() : document.root();
  }

  /** Whether no problem lies at {@code pointer} or below it: the part there may be bound. */
  public boolean clean(String pointer) {
    for (DataProblem p : problems) {
      if (p.source().equals(document.source()) && p.isWithin(pointer)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The part at {@code pointer} bound to {@code type} (a record mirroring the format), if the part
   * is clean; a value the schema admits but the type refuses (the 30th of February) becomes a
   * problem at its pointer.
   */
  public <T> Optional<T> bind(String pointer, Class<T> type) {
    Optional<JsonNode> root = root();
    if (root.isEmpty() || !clean(pointer)) {
      return Optional.empty();
    }
    JsonNode node = root.get().at(pointer);
    if (node.isMissingNode()) {
      return Optional.empty();
    }
    return convert(node, pointer, type);
  }

  private <T> Optional<T> convert(JsonNode node, String pointer, Class<T> type) {
    try {
      return Optional.of(JsonDocument.MAPPER.treeToValue(node, type));
    } catch (InvalidDefinitionException e) {
      throw new IllegalStateException("the reader cannot bind " + type.getName() + ": " + e.getOriginalMessage(), e);
    } catch (ValueInstantiationException e) {
      if (e.getCause() instanceof ReflectiveOperationException || e.getCause() instanceof RuntimeException
          && !(e.getCause() instanceof IllegalArgumentException) && !(e.getCause() instanceof java.time.DateTimeException)) {
        throw new IllegalStateException("the reader cannot bind " + type.getName() + ": " + e.getOriginalMessage(), e);
      }
      add(DataProblem.of(DataProblemType.INVALID_VALUE, document.source(), normalise(pointer, e),
          Fact.text("detail", Bilingual.of("该值无法识别：" + firstLine(e), "the value cannot be read: " + firstLine(e)))));
      return Optional.empty();
    } catch (DatabindException e) {
      add(DataProblem.of(DataProblemType.INVALID_VALUE, document.source(), normalise(pointer, e),
          Fact.text("detail", Bilingual.of("该值无法识别：" + firstLine(e), "the value cannot be read: " + firstLine(e)))));
      return Optional.empty();
    } catch (JacksonException e) {
      add(DataProblem.of(DataProblemType.INVALID_VALUE, document.source(), pointer,
          Fact.text("detail", Bilingual.of("该值无法识别：" + firstLine(e), "the value cannot be read: " + firstLine(e)))));
      return Optional.empty();
    }
  }

  /**
   * The object at {@code pointer} reduced to the given keys, bound to {@code type}, if no problem
   * lies at the object itself or within any of those keys: the header of a document whose entries
   * have problems of their own is still read (a record binding the header ignores the other keys).
   *
   * @throws IllegalStateException as {@link #bind}
   */
  public <T> Optional<T> bindOnly(String pointer, Class<T> type, Set<String> keys) {
    Optional<JsonNode> root = root();
    if (root.isEmpty()) {
      return Optional.empty();
    }
    JsonNode node = root.get().at(pointer);
    if (!node.isObject()) {
      return Optional.empty();
    }
    for (DataProblem p : problems) {
      if (p.source().equals(document.source()) && (p.pointer().equals(pointer) || within(p, pointer, keys))) {
        return Optional.empty();
      }
    }
    ObjectNode only = JsonNodeFactory.instance.objectNode();
    for (String key : keys) {
      JsonNode value = node.get(key);
      if (value != null) {
        only.set(key, value);
      }
    }
    return convert(only, pointer, type);
  }

  private static boolean within(DataProblem p, String pointer, Set<String> keys) {
    for (String key : keys) {
      if (p.isWithin(pointer + "/" + JsonDocument.escape(key))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the document has a value at {@code pointer}. */
  public boolean has(String pointer) {
    return root().map(r -> !r.at(pointer).isMissingNode()).orElse(false);
  }

  /** The pointers of the elements of the array at {@code pointer}, in order; empty if there is none. */
  public List<String> elements(String pointer) {
    JsonNode node = root().map(r -> r.at(pointer)).orElse(null);
    if (node == null || !node.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      out.add(pointer + "/" + i);
    }
    return out;
  }

  /** The keys of the object at {@code pointer}, in document order; empty if there is none. */
  public List<String> keys(String pointer) {
    JsonNode node = root().map(r -> r.at(pointer)).orElse(null);
    if (node == null || !node.isObject()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(node.size());
    node.propertyNames().forEach(out::add);
    return out;
  }

  /** The pointer of {@code key} below {@code pointer} (RFC 6901 escaping). */
  public static String child(String pointer, String key) {
    return pointer + "/" + JsonDocument.escape(key);
  }

  private static String normalise(String base, DatabindException e) {
    StringBuilder s = new StringBuilder(base);
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        s.append('/').append(JsonDocument.escape(r.getPropertyName()));
      } else if (r.getIndex() >= 0) {
        s.append('/').append(r.getIndex());
      }
    }
    return s.toString();
  }

  private static String firstLine(JacksonException e) {
    String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** Adds a problem the reader found; it serves the format's requirement unless it names its own. */
  public void add(DataProblem problem) {
    requireNonNull(problem, "problem");
    problems.add(problem.requirement().isPresent() || format == null ? problem : problem.serving(format.requirement()));
  }

  /** Adds problems the reader found. */
  public void addAll(List<DataProblem> more) {
    more.forEach(this::add);
  }

  /** Whether any problem has been found. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Every problem found so far, located, in document order. */
  public ImmutableList<DataProblem> problems() {
    return ImmutableList.copyOf(DataProblem.inDocumentOrder(document.locate(problems)));
  }

  /** Throws the exception {@code refusal} makes of the problems, if there are any. */
  public void throwIfAny(Function<List<DataProblem>, ? extends ReferenceDataException> refusal) {
    if (hasProblems()) {
      ImmutableList<DataProblem> all = problems();
      LOG.warn("Reference data refused: {}", DataProblem.summary(all));
      throw refusal.apply(all);
    }
  }
}
