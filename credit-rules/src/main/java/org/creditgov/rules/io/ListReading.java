package org.creditgov.rules.io;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.Bilingual;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.io.DocumentRead;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.Codes;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.io.ListDocuments.Effective;
import org.creditgov.rules.io.ListDocuments.Instrument;
import org.creditgov.rules.io.ListDocuments.Reference;
import org.creditgov.rules.io.ListDocuments.Title;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One list document being read on a {@link DocumentRead}, after its schema check: the parts that
 * are clean are bound to the {@link ListDocuments} records and turned into domain values; the
 * rules a schema cannot state (a reference to an instrument the file does not declare, an
 * effective period that ends before it starts, a division code that names no division, the
 * domain's own rules) become problems of the same read. A part with problems is skipped and the
 * others are still read, so one pass finds every problem: a list whose header cannot be read still
 * gets its entries' problems.
 *
 * <p>The legal bases of both list formats are read here (the {@code instruments} block, and bases
 * that are a key, a {@code {"ref": key, "article": …}} or an instrument in full). Not thread-safe:
 * one per document.
 */
final class ListReading {

  private final DocumentRead read;
  private final @Nullable JsonNode root;
  /** The declared instruments by key; empty for one whose declaration has problems (reported there). */
  private final Map<String, Optional<LegalBasis>> instruments = new HashMap<>();
  private boolean jurisdictionRead;
  private Optional<Jurisdiction> jurisdiction = Optional.empty();

  ListReading(DocumentRead read) {
    this.read = read;
    this.root = read.root().orElse(null);
    JsonNode declared = root == null ? null : root.get("instruments");
    if (declared != null && declared.isObject()) {
      for (Iterator<String> keys = declared.propertyNames().iterator(); keys.hasNext(); ) {
        String key = keys.next();
        if (Codes.isValid(key)) { // an invalid key is a schema problem; it cannot be referred to either
          String at = "/instruments/" + key;
          instruments.put(key, instrumentAt(at));
        }
      }
    }
  }

  /** How problems name the document. */
  String source() {
    return read.source();
  }

  /** The read, for its problems. */
  DocumentRead read() {
    return read;
  }

  /** The number of elements of the array at {@code pointer}; 0 when there is none. */
  int size(String pointer) {
    JsonNode n = root == null ? null : root.at(pointer);
    return n != null && n.isArray() ? n.size() : 0;
  }

  /** The part at {@code pointer} bound to {@code type}, if it is there and clean. */
  <T> Optional<T> bind(String pointer, Class<T> type) {
    return read.bind(pointer, type);
  }

  /** Adds the problems a domain value reported about itself, placed at {@code prefix} in this document. */
  void relocate(ReferenceDataException e, String prefix) {
    e.problems().forEach(p -> read.add(p.relocated(read.source(), prefix)));
  }

  /** Adds problems found about this document. */
  void addAll(List<DataProblem> problems) {
    read.addAll(problems);
  }

  /**
   * The header every list format shares, when every part of it can be read; otherwise empty, with
   * the problems of its parts.
   */
  Optional<RuleSetHeader> header() {
    Optional<String> id = bind("/id", String.class);
    Optional<Title> title = bind("/title", Title.class);
    Optional<String> edition = bind("/edition", String.class);
    Optional<Jurisdiction> where = jurisdiction();
    Optional<EffectivePeriod> effective = bind("/effective", Effective.class).flatMap(e -> effective(e, "/effective"));
    Optional<LegalBasis> basis = basis("/legalBasis");
    Optional<ImmutableList<LegalBasis>> procedural = bases("/proceduralBases");
    Optional<Boolean> example = bind("/example", Boolean.class);
    Optional<String> source = bind("/source", String.class);
    Optional<String[]> unconfirmed = bind("/unconfirmed", String[].class);
    boolean optionalPartsClean = read.clean("/example") && read.clean("/source") && read.clean("/unconfirmed");
    if (id.isEmpty() || title.isEmpty() || edition.isEmpty() || where.isEmpty() || effective.isEmpty() || basis.isEmpty()
        || procedural.isEmpty() || !optionalPartsClean) {
      return Optional.empty();
    }
    RuleSetHeader.Builder b = RuleSetHeader.builder().id(id.get()).titleZh(title.get().zh()).edition(edition.get())
        .jurisdiction(where.get()).effective(effective.get()).legalBasis(basis.get())
        .addAllProceduralBases(procedural.get()).example(example.orElse(false)).origin(read.source());
    title.get().en().ifPresent(b::titleEn);
    source.ifPresent(b::source);
    unconfirmed.ifPresent(u -> b.addUnconfirmed(u));
    return Optional.of(b.build());
  }

  /** The layer's jurisdiction, when {@code /jurisdiction} can be read (entries' layer rules need it). */
  Optional<Jurisdiction> jurisdiction() {
    if (!jurisdictionRead) { // read once: its problem is reported once
      jurisdiction = bind("/jurisdiction", String.class).flatMap(code -> division(code, "/jurisdiction"));
      jurisdictionRead = true;
    }
    return jurisdiction;
  }

  /**
   * The legal bases of the array at {@code pointer} (none when it is absent), when every one can
   * be read.
   */
  Optional<ImmutableList<LegalBasis>> bases(String pointer) {
    if (!read.clean(pointer)) {
      return Optional.empty();
    }
    ImmutableList.Builder<LegalBasis> out = ImmutableList.builder();
    boolean all = true;
    for (int i = 0; i < size(pointer); i++) {
      Optional<LegalBasis> b = basis(pointer + "/" + i);
      b.ifPresent(out::add);
      all &= b.isPresent();
    }
    return all ? Optional.of(out.build()) : Optional.empty();
  }

  /**
   * The legal basis at {@code pointer}: a key of {@code /instruments}, a reference with an article,
   * or an instrument in full (the schema has said which shape it has).
   */
  Optional<LegalBasis> basis(String pointer) {
    JsonNode n = root == null || !read.clean(pointer) ? null : root.at(pointer);
    if (n == null || n.isMissingNode()) {
      return Optional.empty();
    }
    if (n.isString()) {
      return declared(n.asString(), Optional.empty(), pointer);
    }
    if (n.has("ref")) {
      return bind(pointer, Reference.class).flatMap(r -> declared(r.ref(), r.article(), pointer + "/ref"));
    }
    return instrumentAt(pointer);
  }

  /**
   * The instrument in full at {@code pointer}; when it cannot be bound (a date that does not exist),
   * its division code is still checked, so that one pass finds both.
   */
  private Optional<LegalBasis> instrumentAt(String pointer) {
    Optional<Instrument> i = bind(pointer, Instrument.class);
    if (i.isEmpty()) {
      bind(pointer + "/jurisdiction", String.class).ifPresent(code -> division(code, pointer + "/jurisdiction"));
      return Optional.empty();
    }
    return instrument(i.get(), pointer);
  }

  private Optional<LegalBasis> declared(String key, Optional<String> article, String pointer) {
    Optional<LegalBasis> declared = instruments.get(key);
    if (declared == null) {
      read.add(DataProblem.of(DataProblemType.UNKNOWN_REFERENCE, read.source(), pointer, Fact.code("reference", key)));
      return Optional.empty();
    }
    return article.isPresent() ? declared.map(b -> b.withArticle(article.get())) : declared;
  }

  private Optional<LegalBasis> instrument(Instrument i, String pointer) {
    Optional<EffectivePeriod> effective = effective(i.effective(), pointer + "/effective");
    Optional<Jurisdiction> where = i.jurisdiction().isEmpty() ? Optional.empty()
        : division(i.jurisdiction().get(), pointer + "/jurisdiction");
    if (effective.isEmpty() || (i.jurisdiction().isPresent() && where.isEmpty())) {
      return Optional.empty();
    }
    LegalBasis.Builder b = LegalBasis.builder().level(i.level()).issuer(i.issuer()).title(i.title()).effective(effective.get());
    i.documentNumber().ifPresent(b::documentNumber);
    i.article().ifPresent(b::article);
    where.ifPresent(b::jurisdiction);
    try {
      return Optional.of(b.build());
    } catch (IllegalArgumentException e) {
      read.add(DataProblem.of(DataProblemType.INVALID_VALUE, read.source(), pointer, Fact.text("detail", Bilingual.of(
          "文件的层级与所注明的行政区划不符：地方性法规、地方政府规章须注明制定机关所在地区，法律、行政法规、党中央国务院政策文件和部门规章不注明地区",
          "the instrument's level and its jurisdiction do not fit: a local regulation or local government rule names"
              + " its jurisdiction; a law, administrative regulation, central policy document or department rule names none"))));
      return Optional.empty();
    }
  }

  private Optional<EffectivePeriod> effective(Effective e, String pointer) {
    if (e.until().isEmpty()) {
      return Optional.of(EffectivePeriod.from(e.from()));
    }
    if (!e.until().get().isAfter(e.from())) {
      read.add(DataProblem.of(DataProblemType.INVALID_VALUE, read.source(), pointer + "/until", Fact.text("detail",
          Bilingual.of("失效日（until，不含当日）须晚于生效日（from）", "until (the first day no longer in force) must be after from"))));
      return Optional.empty();
    }
    return Optional.of(EffectivePeriod.between(e.from(), e.until().get()));
  }

  @CanIgnoreReturnValue
  private Optional<Jurisdiction> division(String code, String pointer) {
    try {
      return Optional.of(Jurisdiction.of(code));
    } catch (IllegalArgumentException e) {
      read.add(DataProblem.of(DataProblemType.INVALID_VALUE, read.source(), pointer, Fact.text("detail", Bilingual.of(
          "行政区划代码" + code + "不对应任何行政区划", "the division code " + code + " names no division"))));
      return Optional.empty();
    }
  }

  /** The JSON pointers {@code prefix/<position>} of the entries at {@code positions}. */
  static List<String> pointers(String prefix, List<Integer> positions) {
    List<String> out = new ArrayList<>(positions.size());
    positions.forEach(i -> out.add(prefix + "/" + i));
    return out;
  }
}
