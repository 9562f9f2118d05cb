package org.creditgov.rules.designation.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.io.DocumentRead;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.JsonWriting;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.designation.ListType;
import org.creditgov.rules.designation.ListTypeDataException;
import org.creditgov.rules.designation.ListTypeProblemType;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.ListTypeSet;
import org.creditgov.rules.designation.ListingPeriod;
import org.creditgov.rules.designation.io.ListTypeRecords.Document;
import org.creditgov.rules.designation.io.ListTypeRecords.Effective;
import org.creditgov.rules.designation.io.ListTypeRecords.Entry;
import org.creditgov.rules.designation.io.ListTypeRecords.Instrument;
import org.creditgov.rules.designation.io.ListTypeRecords.Title;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads, lints and writes list-type files, format {@code creditgov-list-types/1} (schema {@code
 * list-types-1.schema.json}; docs/designation.md): one version of one layer of severe-list types
 * (DES-1, DES-2). A file is read whole or refused with one {@link ListTypeDataException} listing
 * every problem, each with its file, JSON pointer, line and column, code and messages; never a
 * partial set. {@code lint} returns the same problems as data, for editors and CI. Writing then
 * reading gives an equal set. Thread-safe.
 */
public final class ListTypeJson {

  /** The format name: {@code creditgov-list-types/1}. */
  public static final String FORMAT = "creditgov-list-types/1";
  /** The schema file of the format. */
  public static final String SCHEMA = "list-types-1.schema.json";

  static final List<DocumentRead.Format> FORMATS =
      List.of(new DocumentRead.Format(FORMAT, SCHEMA, RequirementId.DES_1));

  private ListTypeJson() {}

  /**
   * Reads one list-type file's text; problems name {@code source}.
   *
   * @throws ListTypeDataException listing every problem
   * @throws NullPointerException if an argument is null
   */
  public static ListTypeSet read(String json, String source) {
    return read(JsonDocument.parse(json, source));
  }

  /**
   * Reads one list-type file (UTF-8); problems name it by its file name.
   *
   * @throws ListTypeDataException listing every problem
   */
  public static ListTypeSet read(Path file) {
    return read(JsonDocument.read(file));
  }

  /** Every problem of one list-type file's text, as data; empty when it reads. */
  public static ImmutableList<DataProblem> lint(String json, String source) {
    return new Reading(JsonDocument.parse(json, source)).problems();
  }

  /**
   * Every problem of a set of files read as one registry would be (for CI): each file's problems,
   * then, if every file reads, those between them ({@link ListTypeRegistry#problems}).
   */
  public static ImmutableList<DataProblem> lintFiles(Collection<Path> files) {
    List<DataProblem> problems = new ArrayList<>();
    List<ListTypeSet> sets = new ArrayList<>();
    for (Path f : files) {
      Reading r = new Reading(JsonDocument.read(f));
      problems.addAll(r.problems());
      r.set().ifPresent(sets::add);
    }
    if (problems.isEmpty()) {
      problems.addAll(ListTypeRegistry.problems(sets));
    }
    return ImmutableList.copyOf(problems);
  }

  /**
   * The registry of the list-type files.
   *
   * @throws ListTypeDataException listing every problem of every file, or those between them
   */
  public static ListTypeRegistry registry(Collection<Path> files) {
    List<DataProblem> problems = new ArrayList<>();
    List<ListTypeSet> sets = new ArrayList<>();
    for (Path f : files) {
      Reading r = new Reading(JsonDocument.read(f));
      problems.addAll(r.problems());
      r.set().ifPresent(sets::add);
    }
    if (!problems.isEmpty()) {
      throw new ListTypeDataException(problems);
    }
    return ListTypeRegistry.of(sets);
  }

  static ListTypeSet read(JsonDocument document) {
    Reading r = new Reading(document);
    return r.set().orElseThrow(() -> new ListTypeDataException(r.problems()));
  }

  /**
   * The file of {@code set}: every instrument written in full, absent values left out.
   *
   * @throws NullPointerException if {@code set} is null
   */
  public static String write(ListTypeSet set) {
    RuleSetHeader h = requireNonNull(set, "set").header();
    List<Entry> entries = new ArrayList<>();
    for (ListType t : set.listTypes()) {
      ListingPeriod p = t.listingPeriod();
      ListTypeRecords.ListingPeriod period = p.isFixed()
          ? new ListTypeRecords.ListingPeriod(Optional.of(p.minimum()), Optional.empty(), Optional.empty())
          : new ListTypeRecords.ListingPeriod(Optional.empty(), Optional.of(p.minimum()), Optional.of(p.maximum()));
      entries.add(new Entry(t.code(), new Title(t.name(), t.nameEn()), t.field(), t.category(), tree(t.basis()),
          t.criteriaVersion(), t.nationalListTypeCode(), t.noticeWorkingDays(), t.objectionWindowWorkingDays(),
          t.objectionAnswerWorkingDays(), period,
          t.minorsMayBeListed() ? Optional.of(true) : Optional.empty(), List.copyOf(t.removalConditions())));
    }
    List<JsonNode> procedural = new ArrayList<>();
    h.proceduralBases().forEach(b -> procedural.add(tree(b)));
    return JsonWriting.write(new Document(FORMAT, h.id(), new Title(h.titleZh(), h.titleEn()), h.edition(),
        h.jurisdiction().code(), h.series(), effective(h.effective()), tree(h.legalBasis()), procedural,
        h.example() ? Optional.of(true) : Optional.empty(), h.source(), h.unconfirmed(), entries));
  }

  /** An instrument in full, as the writer writes it: absent values left out. */
  private static JsonNode tree(LegalBasis b) {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("level", b.level().name()).put("issuer", b.issuer()).put("title", b.title());
    b.documentNumber().ifPresent(v -> n.put("documentNumber", v));
    b.article().ifPresent(v -> n.put("article", v));
    ObjectNode e = n.putObject("effective").put("from", b.effective().from().toString());
    b.effective().until().ifPresent(u -> e.put("until", u.toString()));
    b.jurisdiction().ifPresent(j -> n.put("jurisdiction", j.code()));
    return n;
  }

  private static Effective effective(EffectivePeriod p) {
    return new Effective(p.from(), p.until());
  }

  /** One file being read: every problem, and the set when there is none. */
  private static final class Reading {
    private final DocumentRead read;
    private final Map<String, LegalBasis> instruments = new HashMap<>();
    private @Nullable ListTypeSet set;

    Reading(JsonDocument document) {
      read = DocumentRead.of(document, FORMATS);
      Optional<JsonNode> root = read.root();
      if (root.isEmpty()) {
        return;
      }
      instruments(root.get());
      Optional<Jurisdiction> layer = read.bind("/jurisdiction", String.class).flatMap(this::jurisdiction);
      Optional<RuleSetHeader> header = header(root.get(), layer);
      List<ListType> types = listTypes(root.get(), layer);
      if (!read.hasProblems() && header.isPresent()) {
        read.addAll(ListTypeSet.problems(header.get(), types));
        if (!read.hasProblems()) {
          set = ListTypeSet.of(header.get(), types);
        }
      }
    }

    ImmutableList<DataProblem> problems() {
      return read.problems();
    }

    Optional<ListTypeSet> set() {
      return Optional.ofNullable(set);
    }

    private void instruments(JsonNode root) {
      JsonNode block = root.get("instruments");
      if (block == null || !block.isObject()) {
        return;
      }
      for (Iterator<String> keys = block.propertyNames().iterator(); keys.hasNext(); ) {
        String key = keys.next();
        String at = "/instruments/" + key;
        read.bind(at, Instrument.class).flatMap(i -> legalBasis(at, i)).ifPresent(b -> instruments.put(key, b));
      }
    }

    private Optional<LegalBasis> legalBasis(String at, Instrument i) {
      try {
        LegalBasis.Builder b = LegalBasis.builder().level(i.level()).issuer(i.issuer()).title(i.title())
            .documentNumber(i.documentNumber()).article(i.article())
            .effective(i.effective().until().isPresent()
                ? EffectivePeriod.between(i.effective().from(), i.effective().until().get())
                : EffectivePeriod.from(i.effective().from()));
        if (i.jurisdiction().isPresent()) {
          b.jurisdiction(Jurisdiction.of(i.jurisdiction().get()));
        }
        return Optional.of(b.build());
      } catch (IllegalArgumentException e) {
        invalid(at, "该法律依据无效：" + e.getMessage(), "the legal basis is not valid: " + e.getMessage());
        return Optional.empty();
      }
    }

    /** A basis: an instrument's key, a reference with an article, or an instrument in full. */
    private Optional<LegalBasis> basis(String at, @Nullable JsonNode node) {
      if (node == null || !read.clean(at)) {
        return Optional.empty();
      }
      if (node.isString()) {
        return reference(at, node.asString());
      }
      if (node.has("ref")) {
        Optional<LegalBasis> ref = reference(at + "/ref", node.get("ref").asString());
        JsonNode article = node.get("article");
        return article == null ? ref : ref.map(b -> b.withArticle(article.asString()));
      }
      return read.bind(at, Instrument.class).flatMap(i -> legalBasis(at, i));
    }

    private Optional<LegalBasis> reference(String at, String key) {
      LegalBasis b = instruments.get(key);
      if (b == null) {
        read.add(DataProblem.of(DataProblemType.UNKNOWN_REFERENCE, read.source(), at, Fact.code("reference", key)));
      }
      return Optional.ofNullable(b);
    }

    private Optional<RuleSetHeader> header(JsonNode root, Optional<Jurisdiction> jurisdiction) {
      Optional<String> id = read.bind("/id", String.class);
      Optional<Title> title = read.bind("/title", Title.class);
      Optional<String> edition = read.bind("/edition", String.class);
      Optional<Effective> effective = read.bind("/effective", Effective.class);
      Optional<LegalBasis> legalBasis = basis("/legalBasis", root.get("legalBasis"));
      List<LegalBasis> procedural = new ArrayList<>();
      JsonNode bases = root.get("proceduralBases");
      boolean proceduralRead = true;
      if (bases != null && bases.isArray()) {
        for (int i = 0; i < bases.size(); i++) {
          Optional<LegalBasis> b = basis("/proceduralBases/" + i, bases.get(i));
          proceduralRead &= b.isPresent();
          b.ifPresent(procedural::add);
        }
      }
      Optional<String> series = read.bind("/series", String.class);
      Optional<Boolean> example = read.bind("/example", Boolean.class);
      Optional<String> source = read.bind("/source", String.class);
      String[] unconfirmed = read.bind("/unconfirmed", String[].class).orElse(new String[0]);
      if (id.isEmpty() || title.isEmpty() || edition.isEmpty() || jurisdiction.isEmpty() || effective.isEmpty()
          || legalBasis.isEmpty() || !proceduralRead || !read.clean("/series") || !read.clean("/example")
          || !read.clean("/source") || !read.clean("/unconfirmed")) {
        return Optional.empty();
      }
      Effective e = effective.get();
      RuleSetHeader header = RuleSetHeader.builder().id(id.get()).titleZh(title.get().zh()).titleEn(title.get().en())
          .edition(edition.get()).jurisdiction(jurisdiction.get()).series(series)
          .effective(e.until().isPresent() ? EffectivePeriod.between(e.from(), e.until().get()) : EffectivePeriod.from(e.from()))
          .legalBasis(legalBasis.get()).addAllProceduralBases(procedural).example(example.orElse(false))
          .source(source).addUnconfirmed(unconfirmed).origin(read.source())
          .build();
      read.addAll(header.problems());
      return Optional.of(header);
    }

    private Optional<Jurisdiction> jurisdiction(String code) {
      try {
        return Optional.of(Jurisdiction.of(code));
      } catch (IllegalArgumentException e) {
        invalid("/jurisdiction", "行政区划代码无效：" + code, "not a division code: " + code);
        return Optional.empty();
      }
    }

    private List<ListType> listTypes(JsonNode root, Optional<Jurisdiction> layer) {
      List<ListType> types = new ArrayList<>();
      JsonNode entries = root.get("listTypes");
      if (entries == null || !entries.isArray()) {
        return types;
      }
      Map<String, Integer> first = new LinkedHashMap<>();
      for (int i = 0; i < entries.size(); i++) {
        String at = "/listTypes/" + i;
        JsonNode node = entries.get(i);
        // the checks between entries and against the header read the tree, so that they run for entries with other problems too
        JsonNode code = node.get("code");
        if (code != null && code.isString() && read.clean(at + "/code")) {
          Integer seen = first.putIfAbsent(code.asString(), i);
          if (seen != null) {
            read.add(DataProblem.of(DataProblemType.DUPLICATE_CODE, read.source(), at + "/code",
                Fact.code("code", code.asString()), Fact.code("first", "/listTypes/" + seen + "/code")));
          }
        }
        boolean appliesInNational = node.has("applies") && read.clean(at + "/applies") && layer.isPresent()
            && layer.get().equals(Jurisdiction.national());
        if (appliesInNational) {
          read.add(DataProblem.of(ListTypeProblemType.APPLIES_IN_NATIONAL_LAYER, read.source(), at + "/applies",
              Fact.code("code", code == null ? "" : code.asString())));
        }
        Optional<ListingPeriod> period = read.bind(at + "/listingPeriod", ListTypeRecords.ListingPeriod.class)
            .flatMap(p -> listingPeriod(at + "/listingPeriod", p));
        Optional<Entry> entry = read.bind(at, Entry.class);
        Optional<LegalBasis> basis = basis(at + "/basis", node.get("basis"));
        if (entry.isEmpty() || basis.isEmpty() || period.isEmpty() || layer.isEmpty() || appliesInNational) {
          continue;
        }
        Entry e = entry.get();
        try {
          types.add(ListType.builder().code(e.code()).name(e.name().zh()).nameEn(e.name().en()).field(e.field())
              .category(e.category()).basis(basis.get()).criteriaVersion(e.criteriaVersion())
              .jurisdiction(layer.get()).nationalListTypeCode(e.applies())
              .noticeWorkingDays(e.noticeWorkingDays()).objectionWindowWorkingDays(e.objectionWindowWorkingDays())
              .objectionAnswerWorkingDays(e.objectionAnswerWorkingDays()).listingPeriod(period.get())
              .minorsMayBeListed(e.minorsMayBeListed().orElse(false))
              .addAllRemovalConditions(e.removalConditions() == null ? List.of() : e.removalConditions())
              .build());
        } catch (IllegalArgumentException ex) {
          invalid(at, "该名单类型无效：" + ex.getMessage(), "the list type is not valid: " + ex.getMessage());
        }
      }
      return types;
    }

    private Optional<ListingPeriod> listingPeriod(String at, ListTypeRecords.ListingPeriod p) {
      Period min = p.fixed().or(p::minimum).orElseThrow(); // the schema requires fixed, or minimum and maximum
      Period max = p.fixed().or(p::maximum).orElseThrow();
      for (Period each : new Period[] {min, max}) {
        if (each.isZero()) {
          invalid(at, "列入期限不能为零", "a listing period cannot be zero");
          return Optional.empty();
        }
      }
      if (!ListingPeriod.maximumReachesMinimum(min, max)) {
        invalid(at, "最长期限" + Fact.formatPeriod(max, true) + "短于最短期限" + Fact.formatPeriod(min, true),
            "the maximum " + Fact.formatPeriod(max, false) + " is shorter than the minimum " + Fact.formatPeriod(min, false));
        return Optional.empty();
      }
      return Optional.of(p.fixed().isPresent() ? ListingPeriod.fixed(min) : ListingPeriod.range(min, max));
    }

    private void invalid(String at, String zh, String en) {
      read.add(DataProblem.of(DataProblemType.INVALID_VALUE, read.source(), at, Fact.text("detail", Bilingual.of(zh, en))));
    }
  }
}
