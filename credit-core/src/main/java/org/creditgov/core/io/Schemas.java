package org.creditgov.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgov.core.Bilingual;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.ruleset.Codes;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schemas (2020-12) of the library's formats, as shipped in each module's jar under {@code
 * org/creditgov/<module>/schemas/} (credit-core: {@code org/creditgov/core/schemas/}, credit-rules:
 * {@code org/creditgov/rules/schemas/} …) with {@code $id}s {@code
 * https://creditgov.org/schemas/<name>} (file names are unique across modules), and
 * validation of a document against one of them with every violation as a located, bilingual
 * {@link DataProblem} (a missing or unknown key, a wrong type, a value not allowed, a malformed
 * date, period, division code or code …). Schemas refer to each other ({@code common-1.schema.json}
 * holds the shared definitions) and are read from the class path, never from the network.
 *
 * <p>Internal to the library. Thread-safe; schemas are loaded once.
 */
public final class Schemas {

  /** The prefix of every schema's {@code $id}. */
  public static final String BASE_IRI = "https://creditgov.org/schemas/";
  /**
   * The modules that ship schemas, by the directory their jar holds them in; each module opens
   * that package to credit-core ({@code opens org.creditgov.rules.schemas to org.creditgov.core}).
   */
  private static final ImmutableList<String> DIRECTORIES = ImmutableList.of(
      "org/creditgov/core/schemas/", "org/creditgov/rules/schemas/", "org/creditgov/privacy/schemas/",
      "org/creditgov/audit/schemas/", "org/creditgov/store/jdbc/schemas/");

  private static final Schemas INSTANCE = new Schemas();

  /** The shared definitions a form problem names, by their {@code $defs} key. */
  private static final ImmutableMap<String, Term> FORMS = ImmutableMap.<String, Term>builder()
      .put("date", Term.of("date", "日期（写法如 2026-01-31）", "date (written 2026-01-31)"))
      .put("period", Term.of("period", "期限（写法如 P3Y 表示3年、P6M 表示6个月、P1Y6M 表示1年6个月）",
          "period (written P3Y for 3 years, P6M for 6 months, P1Y6M for 1 year and 6 months)"))
      .put("divisionCode", Term.of("divisionCode", "六位行政区划代码（如 640381，全国为 000000）",
          "six-digit administrative division code (such as 640381; 000000 for national)"))
      .put("code", Term.of("code", "代码（" + "1至64个英文字母、数字或“_”“-”“.”，以字母或数字开头）",
          "code (" + Codes.RULE + ")"))
      .put("nonBlank", Term.of("nonBlank", "非空文本", "non-blank text"))
      .put("fieldName", Term.of("fieldName", "字段名（1至64个英文字母、数字或“_”“-”“.”，以字母开头）",
          "field name (1 to 64 letters, digits, '_', '-' or '.', starting with a letter)"))
      .put("format", Term.of("format", "格式标识（如 creditgov-catalog/1）", "format name (such as creditgov-catalog/1)"))
      .build();

  private static final ImmutableMap<String, Term> JSON_TYPES = ImmutableMap.<String, Term>builder()
      .put("object", Term.of("object", "对象（{…}）", "an object ({…})"))
      .put("array", Term.of("array", "列表（[…]）", "a list ([…])"))
      .put("string", Term.of("string", "文本（带引号）", "a text (in quotes)"))
      .put("integer", Term.of("integer", "整数", "a whole number"))
      .put("number", Term.of("number", "数字", "a number"))
      .put("boolean", Term.of("boolean", "true 或 false", "true or false"))
      .put("null", Term.of("null", "空值 null", "null"))
      .build();

  private final Map<String, String> texts = new ConcurrentHashMap<>();
  private final Map<String, JsonNode> trees = new ConcurrentHashMap<>();
  private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
  private final SchemaRegistry registry;

  private Schemas() {
    registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b
        .schemas(this::textOfIri)
        .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));
  }

  /** The schemas shipped with the library's modules. */
  public static Schemas bundled() {
    return INSTANCE;
  }

  /**
   * The text of the schema file {@code name} ({@code catalog-1.schema.json}), as shipped.
   *
   * @throws IllegalArgumentException if no module on the class path ships it
   */
  public String text(String name) {
    return requireNonNull(texts.computeIfAbsent(name, Schemas::load), name);
  }

  /** Whether a module on the class path ships the schema file {@code name}. */
  public boolean has(String name) {
    if (texts.containsKey(name)) {
      return true;
    }
    try (InputStream in = open(name)) {
      return in != null;
    } catch (IOException e) {
      return false;
    }
  }

  private @Nullable String textOfIri(String iri) {
    if (!iri.startsWith(BASE_IRI)) {
      return null; // never fetched from the network
    }
    String name = iri.substring(BASE_IRI.length());
    return has(name) ? text(name) : null;
  }

  /**
   * The schema file from the module that ships it: through each library module of the layer when
   * the library runs as modules (each opens its schemas to credit-core), through the class loader
   * on the class path.
   */
  private static @Nullable InputStream open(String name) throws IOException {
    Module self = Schemas.class.getModule();
    if (self.isNamed() && self.getLayer() != null) {
      for (Module m : self.getLayer().modules()) {
        if (m.getName().startsWith("org.creditgov.")) {
          for (String dir : DIRECTORIES) {
            InputStream in = m.getResourceAsStream(dir + name);
            if (in != null) {
              return in;
            }
          }
        }
      }
      return null;
    }
    ClassLoader loader = Schemas.class.getClassLoader();
    for (String dir : DIRECTORIES) {
      InputStream in = loader.getResourceAsStream(dir + name);
      if (in != null) {
        return in;
      }
    }
    return null;
  }

  private static String load(String name) {
    try (InputStream in = open(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no schema " + name + " on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled schema " + name, e);
    }
  }

  private JsonNode tree(String name) {
    return trees.computeIfAbsent(name, n -> JsonDocument.parse(text(n), n).root().orElseThrow(
        () -> new IllegalStateException("the bundled schema " + n + " is not JSON")));
  }

  /**
   * Every violation of the schema {@code name} by the document's tree, located and bilingual; empty
   * when the document follows the schema or is not JSON (its syntax problems say so).
   *
   * @throws IllegalArgumentException if no module on the class path ships the schema
   */
  public ImmutableList<DataProblem> validate(JsonDocument document, String name) {
    Optional<JsonNode> root = document.root();
    if (root.isEmpty()) {
      return ImmutableList.of();
    }
    Schema schema = schemas.computeIfAbsent(name, n -> registry.getSchema(SchemaLocation.of(BASE_IRI + n)));
    List<DataProblem> problems = new ArrayList<>();
    for (Error e : schema.validate(root.get())) {
      problems.add(problem(document.source(), e));
    }
    return document.locate(problems);
  }

  private DataProblem problem(String source, Error e) {
    String at = e.getInstanceLocation().toString();
    String keyword = e.getKeyword() == null ? "" : e.getKeyword();
    switch (keyword) {
      case "required":
        return DataProblem.of(DataProblemType.MISSING_KEY, source, child(at, e.getProperty()),
            Fact.code("key", String.valueOf(e.getProperty())));
      case "additionalProperties":
      case "unevaluatedProperties":
        return DataProblem.of(DataProblemType.UNKNOWN_KEY, source, child(at, e.getProperty()),
            Fact.code("key", String.valueOf(e.getProperty())), Fact.text("allowed", allowedKeys(e)));
      case "type": {
        Object[] args = e.getArguments();
        String found = args != null && args.length > 0 ? String.valueOf(args[0]) : "?";
        String expected = args != null && args.length > 1 ? String.valueOf(args[1]) : "?";
        return DataProblem.of(DataProblemType.WRONG_JSON_TYPE, source, at,
            Fact.term("found", jsonType(found)), Fact.term("expected", jsonType(expected)));
      }
      case "enum":
      case "const":
        return DataProblem.of(DataProblemType.NOT_ALLOWED_VALUE, source, at, Fact.text("value", given(e)),
            Fact.text("allowed", allowedValues(e)));
      case "pattern":
      case "format":
      case "minLength":
        if (form(e).isPresent()) {
          return DataProblem.of(DataProblemType.INVALID_FORM, source, at, Fact.term("form", form(e).get()));
        }
        return DataProblem.of(keyword.equals("minLength") ? DataProblemType.WRONG_SIZE : DataProblemType.SCHEMA_VIOLATION,
            source, at, keyword.equals("minLength") ? Fact.text("limit", limit(keyword, e)) : Fact.text("detail", e.getMessage()));
      case "maxLength":
      case "minItems":
      case "maxItems":
      case "minProperties":
      case "maxProperties":
        return DataProblem.of(DataProblemType.WRONG_SIZE, source, at, Fact.text("limit", limit(keyword, e)));
      case "minimum":
      case "maximum":
      case "exclusiveMinimum":
      case "exclusiveMaximum":
        return DataProblem.of(DataProblemType.OUT_OF_RANGE, source, at, Fact.text("limit", limit(keyword, e)));
      case "uniqueItems":
        return DataProblem.of(DataProblemType.DUPLICATE_VALUE, source, at);
      default:
        return DataProblem.of(DataProblemType.SCHEMA_VIOLATION, source, at, Fact.text("detail", e.getMessage()));
    }
  }

  /** The limit a size or range keyword sets, in both languages: 至少3个字符 / at least 3 characters. */
  private static Bilingual limit(String keyword, Error e) {
    JsonNode node = e.getSchemaNode();
    String n = node != null && node.isNumber() ? node.numberValue().toString() : String.valueOf(node);
    switch (keyword) {
      case "minLength":
        return Bilingual.of("至少" + n + "个字符", "at least " + n + " characters");
      case "maxLength":
        return Bilingual.of("最多" + n + "个字符", "at most " + n + " characters");
      case "minItems":
        return Bilingual.of("至少" + n + "项", "at least " + n + " elements");
      case "maxItems":
        return Bilingual.of("最多" + n + "项", "at most " + n + " elements");
      case "minProperties":
        return Bilingual.of("至少" + n + "个键", "at least " + n + " keys");
      case "maxProperties":
        return Bilingual.of("最多" + n + "个键", "at most " + n + " keys");
      case "minimum":
        return Bilingual.of("不小于" + n, "at least " + n);
      case "maximum":
        return Bilingual.of("不大于" + n, "at most " + n);
      case "exclusiveMinimum":
        return Bilingual.of("大于" + n, "more than " + n);
      default:
        return Bilingual.of("小于" + n, "less than " + n);
    }
  }

  private static String child(String pointer, @Nullable String key) {
    return key == null ? pointer : pointer + "/" + JsonDocument.escape(key);
  }

  private static Term jsonType(String name) {
    Term t = JSON_TYPES.get(name);
    return t != null ? t : Term.of(name, name, name);
  }

  /** The form a pattern or format failure is about: the {@code $defs} entry whose rule failed. */
  private static Optional<Term> form(Error e) {
    String fragment = e.getSchemaLocation().getFragment().toString();
    int defs = fragment.indexOf("/$defs/");
    if (defs < 0) {
      return Optional.empty();
    }
    String rest = fragment.substring(defs + "/$defs/".length());
    int slash = rest.indexOf('/');
    return Optional.ofNullable(FORMS.get(slash < 0 ? rest : rest.substring(0, slash)));
  }

  /** The keys the object schema of an unknown-key error defines, sorted. */
  private String allowedKeys(Error e) {
    SchemaLocation location = e.getSchemaLocation();
    String iri = location.getAbsoluteIri() == null ? "" : location.getAbsoluteIri().toString();
    if (!iri.startsWith(BASE_IRI)) {
      return "";
    }
    String fragment = location.getFragment().toString();
    String objectSchema = fragment.substring(0, Math.max(0, fragment.lastIndexOf('/')));
    JsonNode properties = tree(iri.substring(BASE_IRI.length())).at(objectSchema + "/properties");
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = properties.propertyNames().iterator(); it.hasNext(); ) {
      keys.add(it.next());
    }
    keys.sort(null);
    return String.join(", ", keys);
  }

  /** The value an error is about, as the file writes it (cut to 80 characters). */
  private static String given(Error e) {
    JsonNode node = e.getInstanceNode();
    String v = node == null ? "" : node.isString() ? node.asString() : node.toString();
    return v.length() > 80 ? v.substring(0, 80) + "…" : v;
  }

  private static String allowedValues(Error e) {
    JsonNode node = e.getSchemaNode();
    if (node == null) {
      return "";
    }
    if (node.isArray()) {
      List<String> values = new ArrayList<>();
      node.forEach(v -> values.add(v.isString() ? v.asString() : v.toString()));
      return String.join(", ", values);
    }
    return node.isString() ? node.asString() : node.toString();
  }
}
