package org.creditgov.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.text.Fact;
import tools.jackson.databind.JsonNode;

/**
 * The one lint of the library's data files, for editors, CI and the command line: it reads any set
 * of documents of any registered {@link DataFormat} (catalogs, publication regimes, measure and
 * incentive lists, list types …) and returns every problem as data — first each document alone
 * (syntax, schema, the format's own rules), then, per format, the rules across its documents that
 * a registry of them applies (overlapping versions, duplicate ids, a supplement redefining a higher
 * layer's entry, a catalog item naming a regime series none of the documents defines).
 *
 * <p>The documents bundled with the library are linted by name, read straight from the jar: {@code
 * bundled:publication-regimes}, {@code bundled:national-2024} … ({@link #bundledNames()}), so that a
 * catalog of one's own is linted against the bundled regimes without copying them out.
 *
 * <pre>{@code
 * LintReport report = Lint.standard().lint("my-county-catalog.json", "bundled:publication-regimes");
 * report.isClean();
 * String text = report.human(Locale.SIMPLIFIED_CHINESE);       // one line per problem, for the data officer
 * String json = report.json();                                // creditgov-data-problems/1
 * }</pre>
 *
 * <p>Formats register themselves through {@link java.util.ServiceLoader} ({@link #standard()}).
 * Never throws for bad data; thread-safe.
 */
public final class Lint {

  /** The prefix of the name of a bundled document: {@code bundled:publication-regimes}. */
  public static final String BUNDLED = "bundled:";

  private final ImmutableList<DataFormat<?>> formats;

  private Lint(ImmutableList<DataFormat<?>> formats) {
    this.formats = formats;
  }

  /**
   * The lint of every format registered with {@link ServiceLoader} on the module path or class path
   * (credit-core's catalogs and regimes, credit-rules' lists when it is present …).
   */
  public static Lint standard() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    @SuppressWarnings("rawtypes")
    ServiceLoader<DataFormat> found = loader == null
        ? ServiceLoader.load(DataFormat.class, Lint.class.getClassLoader())
        : ServiceLoader.load(DataFormat.class, loader);
    List<DataFormat<?>> all = new ArrayList<>();
    found.forEach(all::add);
    if (all.stream().noneMatch(f -> f.getClass().getModule() == Lint.class.getModule())) {
      // a context loader that does not see this module's own providers: ask this module's loader
      ServiceLoader.load(DataFormat.class, Lint.class.getClassLoader()).forEach(f -> {
        if (all.stream().noneMatch(g -> g.getClass() == f.getClass())) {
          all.add(f);
        }
      });
    }
    return of(all);
  }

  /**
   * The lint of the given formats.
   *
   * @throws IllegalArgumentException if two formats read the same format name
   * @throws NullPointerException if an element is null
   */
  public static Lint of(Iterable<? extends DataFormat<?>> formats) {
    Map<String, DataFormat<?>> byName = new HashMap<>();
    List<DataFormat<?>> list = new ArrayList<>();
    for (DataFormat<?> f : formats) {
      requireNonNull(f, "format");
      for (DocumentRead.Format v : f.versions()) {
        DataFormat<?> other = byName.putIfAbsent(v.name(), f);
        if (other != null && other != f) {
          throw new IllegalArgumentException("two formats read " + v.name() + ": " + other + " and " + f);
        }
      }
      if (!list.contains(f)) {
        list.add(f);
      }
    }
    list.sort(Comparator.comparing(f -> f.versions().get(0).name()));
    return new Lint(ImmutableList.copyOf(list));
  }

  /** The formats this lint reads, by name. */
  public ImmutableList<DataFormat<?>> formats() {
    return formats;
  }

  /** The names of every bundled document, {@code bundled:<name>}, sorted. */
  public ImmutableSortedSet<String> bundledNames() {
    ImmutableSortedSet.Builder<String> b = ImmutableSortedSet.naturalOrder();
    formats.forEach(f -> f.bundled().forEach(n -> b.add(BUNDLED + n)));
    return b.build();
  }

  /**
   * Lints the files and bundled documents named, together: each name is a path, or {@code
   * bundled:<name>}.
   *
   * @throws NullPointerException if a name is null
   */
  public LintReport lint(String... names) {
    return lint(List.of(names));
  }

  /** As {@link #lint(String...)}. */
  public LintReport lint(List<String> names) {
    List<Input> inputs = new ArrayList<>(names.size());
    for (String n : names) {
      inputs.add(Input.named(n));
    }
    return lintInputs(inputs);
  }

  /** Lints the given files together; problems name each file by its path as given. */
  public LintReport lintFiles(List<Path> files) {
    List<Input> inputs = new ArrayList<>(files.size());
    files.forEach(f -> inputs.add(Input.file(f)));
    return lintInputs(inputs);
  }

  /**
   * One document to lint: its source name (as problems name it) and how to read it.
   *
   * @param source the name problems give the document
   * @param document reads the document (called once)
   */
  public record Input(String source, Supplier<JsonDocument> document) {
    /** Checks for nulls. */
    public Input {
      requireNonNull(source, "source");
      requireNonNull(document, "document");
    }

    /** A UTF-8 file, named by its path as given. */
    public static Input file(Path file) {
      requireNonNull(file, "file");
      return new Input(file.toString(), () -> JsonDocument.read(file, file.toString()));
    }

    /** A text held in memory. */
    public static Input text(String source, String text) {
      requireNonNull(text, "text");
      return new Input(source, () -> JsonDocument.parse(text, source));
    }

    /** A path, or {@code bundled:<name>} for a document bundled with the library. */
    public static Input named(String name) {
      requireNonNull(name, "name");
      return name.startsWith(BUNDLED) ? new Input(name, () -> null) : file(Path.of(name));
    }
  }

  /** Lints the inputs together. */
  public LintReport lintInputs(List<Input> inputs) {
    Map<String, Integer> order = new LinkedHashMap<>();
    List<DataProblem> problems = new ArrayList<>();
    Map<DataFormat<?>, List<Object>> values = new LinkedHashMap<>();
    Map<DataFormat<?>, Boolean> complete = new HashMap<>();
    formats.forEach(f -> {
      values.put(f, new ArrayList<>());
      complete.put(f, true);
    });
    Map<String, JsonDocument> documents = new HashMap<>();
    for (Input in : inputs) {
      order.putIfAbsent(in.source(), order.size());
      JsonDocument document = document(in);
      documents.putIfAbsent(document.source(), document);
      Optional<DataFormat<?>> format = formatOf(document);
      if (format.isEmpty()) {
        List<DocumentRead.Format> all = new ArrayList<>();
        formats.forEach(f -> all.addAll(f.versions()));
        if (!all.isEmpty()) {
          problems.addAll(DocumentRead.of(document, all).problems());
        } else if (!document.syntaxProblems().isEmpty()) {
          problems.addAll(document.syntaxProblems());
        } else {
          problems.addAll(document.locate(List.of(DataProblem.of(DataProblemType.UNKNOWN_FORMAT, document.source(), "",
              Fact.code("format", "(none)"), Fact.text("known", "(none)")))));
        }
        continue;
      }
      DataFormat.Read<?> read = format.get().read(document);
      problems.addAll(read.problems());
      java.util.Objects.requireNonNull(values.get(format.get()), "a list per format").addAll(read.values());
      if (!read.problems().isEmpty()) {
        complete.put(format.get(), false);
      }
    }
    DataFormat.Context context = new DataFormat.Context() {
      @Override
      public <U> ImmutableList<U> values(Class<U> type) {
        ImmutableList.Builder<U> b = ImmutableList.builder();
        values.values().forEach(list -> list.stream().filter(type::isInstance).map(type::cast).forEach(b::add));
        return b.build();
      }

      @Override
      public boolean complete(Class<?> type) {
        return formats.stream().filter(f -> type.isAssignableFrom(f.valueType())).allMatch(complete::get);
      }
    };
    for (DataFormat<?> f : formats) {
      for (DataProblem p : across(f, java.util.Objects.requireNonNull(values.get(f), "a list per format"), context)) {
        JsonDocument in = documents.get(p.source());
        problems.add(in == null ? p : in.locate(List.of(p)).get(0)); // the line and column of a rule across files
      }
    }
    problems.sort(Comparator.comparingInt((DataProblem p) -> order.getOrDefault(p.source(), Integer.MAX_VALUE))
        .thenComparing(DataProblem::source)
        .thenComparingInt(p -> p.line().orElse(Integer.MAX_VALUE))
        .thenComparingInt(p -> p.column().orElse(Integer.MAX_VALUE))
        .thenComparing(DataProblem::pointer));
    return new LintReport(inputs.size(), problems);
  }

  private static <T> List<DataProblem> across(DataFormat<T> format, List<Object> values, DataFormat.Context context) {
    List<T> typed = new ArrayList<>(values.size());
    values.forEach(v -> typed.add(format.valueType().cast(v)));
    return format.problems(typed, context);
  }

  private JsonDocument document(Input in) {
    if (!in.source().startsWith(BUNDLED)) {
      return requireNonNull(in.document().get(), "an input read no document");
    }
    String name = in.source().substring(BUNDLED.length());
    for (DataFormat<?> f : formats) {
      if (f.bundled().contains(name)) {
        return JsonDocument.parse(f.bundledText(name), in.source());
      }
    }
    return JsonDocument.unreadable(in.source(), "no document of that name is bundled; bundled are: "
        + String.join(", ", bundledNames()));
  }

  private Optional<DataFormat<?>> formatOf(JsonDocument document) {
    Optional<JsonNode> root = document.root();
    if (root.isEmpty() || !root.get().isObject()) {
      return Optional.empty();
    }
    JsonNode key = root.get().get("format");
    if (key == null || !key.isString()) {
      return Optional.empty();
    }
    for (DataFormat<?> f : formats) {
      for (DocumentRead.Format v : f.versions()) {
        if (v.name().equals(key.asString())) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }
}
