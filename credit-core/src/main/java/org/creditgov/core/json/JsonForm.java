package org.creditgov.core.json;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.text.Fact;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.io.SegmentedStringWriter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One canonical JSON form: a type's codec made a document, {@code {"format":"creditgov-<type>/<n>",
 * …}}, with its schema {@code <type>-<n>.schema.json} and the upcasters that read its older
 * versions. {@link #encode} writes the current version, deterministically; {@link #decode} reads
 * the current version straight from the parser and an older one as a tree, upcast version by
 * version. Immutable and thread-safe.
 *
 * <pre>{@code
 * String json = CoreJson.VERDICT.encode(verdict);      // {"format":"creditgov-verdict/1","outcome":"REFUSED",…}
 * Verdict back = CoreJson.VERDICT.decode(json);        // equal to verdict
 * }</pre>
 *
 * @param <T> the type
 */
public final class JsonForm<T> {

  private static final Pattern FORMAT = Pattern.compile("creditgov-([a-z][a-z0-9-]*)/([1-9][0-9]{0,3})");
  /** The reader finds a key written twice itself, without the parser's hash set per object. */
  static final JsonFactory FACTORY = JsonFactory.builder().build();
  private static final JsonMapper TREES =
      JsonMapper.builder(JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build()).build();

  private final String type;
  private final int version;
  private final String format;
  private final JsonCodec<T> codec;
  private final ImmutableMap<Integer, Upcaster> upcasters;
  private final boolean messages;

  private JsonForm(String type, int version, JsonCodec<T> codec, ImmutableMap<Integer, Upcaster> upcasters,
      boolean messages) {
    this.type = type;
    this.version = version;
    this.format = "creditgov-" + type + "/" + version;
    this.codec = codec;
    this.upcasters = upcasters;
    this.messages = messages;
  }

  /**
   * A builder of the form of {@code type} (lower case with hyphens, such as {@code verdict}) in
   * version {@code version}, written and read by {@code codec}.
   *
   * @throws IllegalArgumentException if the type is not lower case with hyphens or the version not positive
   */
  public static <T> Builder<T> builder(String type, int version, JsonCodec<T> codec) {
    checkArgument(FORMAT.matcher("creditgov-" + type + "/" + version).matches(), "not a form: %s/%s", type, version);
    return new Builder<>(type, version, requireNonNull(codec, "codec"));
  }

  /**
   * Collects the upcasters of a form.
   *
   * @param <T> the type
   */
  public static final class Builder<T> {
    private final String type;
    private final int version;
    private final JsonCodec<T> codec;
    private final Map<Integer, Upcaster> upcasters = new HashMap<>();

    private Builder(String type, int version, JsonCodec<T> codec) {
      this.type = type;
      this.version = version;
      this.codec = codec;
    }

    /**
     * Reads documents of version {@code from} by turning them into version {@code from + 1}.
     *
     * @throws IllegalArgumentException if {@code from} is not below the form's version or has an upcaster already
     */
    @CanIgnoreReturnValue
    public Builder<T> upcaster(int from, Upcaster upcaster) {
      checkArgument(from >= 1 && from < version, "an upcaster reads a version below %s: %s", version, from);
      checkArgument(upcasters.putIfAbsent(from, requireNonNull(upcaster, "upcaster")) == null,
          "version %s has an upcaster already", from);
      return this;
    }

    /**
     * The form.
     *
     * @throws IllegalStateException if a version between the oldest upcast one and the current has no upcaster
     */
    public JsonForm<T> build() {
      int oldest = upcasters.keySet().stream().min(Integer::compare).orElse(version);
      for (int v = oldest; v < version; v++) {
        if (!upcasters.containsKey(v)) {
          throw new IllegalStateException("form " + type + " upcasts version " + oldest + " but not version " + v);
        }
      }
      return new JsonForm<>(type, version, codec, ImmutableMap.copyOf(upcasters), false);
    }
  }

  /** The type's name, such as {@code verdict}. */
  public String type() {
    return type;
  }

  /** The current version. */
  public int version() {
    return version;
  }

  /** The format name of the current version: {@code creditgov-<type>/<version>}. */
  public String format() {
    return format;
  }

  /** The schema file of the current version: {@code <type>-<version>.schema.json}. */
  public String schema() {
    return type + "-" + version + ".schema.json";
  }

  /** The oldest version this form reads. */
  public int oldestVersion() {
    return upcasters.keySet().stream().min(Integer::compare).orElse(version);
  }

  /** The codec, for nesting the type in another form (without a {@code format} key). */
  public JsonCodec<T> codec() {
    return codec;
  }

  /** This form, writing the optional derivable message texts too (they are ignored on input either way). */
  public JsonForm<T> withMessages() {
    return new JsonForm<>(type, version, codec, upcasters, true);
  }

  /**
   * The document of {@code value}, compact, properties in the form's order: the same value always
   * gives the same text.
   *
   * @throws IllegalArgumentException if the value cannot be written in the form
   * @throws NullPointerException if {@code value} is null
   */
  public String encode(T value) {
    requireNonNull(value, "value");
    BufferRecycler buffers = FACTORY._getBufferRecycler(); // from the factory's pool, returned below, as databind does
    try (SegmentedStringWriter w = new SegmentedStringWriter(buffers)) {
      try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), w)) {
        codec.write(new JsonWriter(g, messages, format), value);
      }
      return w.getAndClear();
    } finally {
      buffers.releaseToPool();
    }
  }

  /** {@link #decode(String, String)} with the source named {@code json}. */
  public T decode(String json) {
    return decode(json, "json");
  }

  /**
   * The value of a document of this form, of the current version or an older one this form
   * upcasts; problems name {@code source}.
   *
   * @throws JsonFormException if the document is not JSON, names another format or a version this
   *     form does not read, breaks the form's structure, or holds a value its type refuses
   * @throws NullPointerException if an argument is null
   */
  public T decode(String json, String source) {
    requireNonNull(json, "json");
    requireNonNull(source, "source");
    try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
      return read(new JsonReader(p, source, format, false));
    } catch (JsonReader.FormatMismatch m) {
      return decodeTree(json, source);
    } catch (JacksonException e) {
      throw malformed(e, source);
    }
  }

  private T read(JsonReader r) {
    T value;
    try {
      value = codec.read(r);
    } catch (JsonFormException | JsonReader.FormatMismatch | JacksonException e) {
      throw e;
    } catch (IllegalArgumentException | IllegalStateException e) {
      String detail = String.valueOf(e.getMessage());
      throw r.invalid("该值无效：" + detail, "the value is not valid: " + detail);
    }
    r.end();
    return value;
  }

  /** Reads a document whose format is not first or not the current version: as a tree, upcast. */
  private T decodeTree(String json, String source) {
    JsonNode tree;
    try {
      tree = TREES.readTree(json);
    } catch (JacksonException e) {
      throw malformed(e, source);
    }
    if (tree == null || !tree.isObject()) {
      throw problem(DataProblemType.UNKNOWN_FORMAT, source, "", Fact.code("format", "(none)"), Fact.text("known", format));
    }
    ObjectNode doc = (ObjectNode) tree;
    JsonNode key = doc.get("format");
    if (key == null) {
      throw problem(DataProblemType.MISSING_KEY, source, "/format", Fact.code("key", "format"));
    }
    Matcher m = FORMAT.matcher(key.isString() ? key.asString() : "");
    int from = m.matches() && m.group(1).equals(type) ? Integer.parseInt(m.group(2)) : -1;
    if (from < oldestVersion() || from > version) {
      throw problem(DataProblemType.UNKNOWN_FORMAT, source, "/format",
          Fact.code("format", key.isString() ? key.asString() : key.toString()), Fact.text("known", known()));
    }
    for (int v = from; v < version; v++) {
      doc = java.util.Objects.requireNonNull(upcasters.get(v), "an upcaster per older version").upcast(doc);
      doc.put("format", "creditgov-" + type + "/" + (v + 1));
    }
    try (JsonParser p = doc.traverse(ObjectReadContext.empty())) {
      return read(new JsonReader(p, source, format, true));
    } catch (JacksonException e) {
      throw malformed(e, source);
    }
  }

  private String known() {
    StringBuilder s = new StringBuilder();
    for (int v = oldestVersion(); v <= version; v++) {
      s.append(s.length() == 0 ? "" : ", ").append("creditgov-").append(type).append('/').append(v);
    }
    return s.toString();
  }

  private static JsonFormException problem(DataProblemType type, String source, String pointer, Fact... facts) {
    return new JsonFormException(List.of(DataProblem.of(type, source, pointer, facts)));
  }

  private static JsonFormException malformed(JacksonException e, String source) {
    String pointer = "";
    DataProblem problem;
    if (e.processor() instanceof JsonParser p) {
      pointer = p.streamReadContext().pathAsPointer().toString();
    }
    String detail = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamReadException && detail.startsWith("Duplicate Object property")
        && e.processor() instanceof JsonParser p && p.currentName() != null) {
      problem = DataProblem.of(DataProblemType.DUPLICATE_KEY, source, pointer, Fact.code("key", p.currentName()));
    } else {
      int nl = detail.indexOf('\n');
      problem = DataProblem.of(DataProblemType.MALFORMED_JSON, source, pointer,
          Fact.text("detail", nl < 0 ? detail : detail.substring(0, nl)));
    }
    TokenStreamLocation l = e.getLocation();
    return new JsonFormException(List.of(l != null && l.getLineNr() > 0 ? problem.at(l.getLineNr(), l.getColumnNr()) : problem));
  }

  /** The format name. */
  @Override
  public String toString() {
    return "JsonForm[" + format + "]";
  }
}
