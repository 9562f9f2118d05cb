package org.creditgov.privacy.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSetMultimap;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
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
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.privacy.consent.FoundingKind;
import org.creditgov.privacy.consent.Purpose;
import org.creditgov.privacy.consent.PurposeCatalog;
import org.creditgov.privacy.consent.PurposeCatalogException;
import org.creditgov.privacy.consent.PurposeProblemType;
import org.creditgov.privacy.consent.PurposeRegistry;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes the JSON format {@code creditgov-purpose-catalog/1} (schema {@code
 * purpose-catalog-1.schema.json}; docs/consent-and-queries.md): one version of one layer of the
 * catalog of purposes (PRI-1), with its rule-set header and its purposes, each with the foundings it
 * admits, the longest consent to it, whether the consent must be written, whether sensitive
 * information may serve it, the catalog fields it needs and its legal bases.
 *
 * <p>A document is read whole or refused with one {@link PurposeCatalogException} listing every
 * problem, each located by JSON pointer, line and column: the schema's, and the catalog's own
 * rules (a duplicate code, a local instrument without its jurisdiction, a consent that may last no
 * time). A broken purpose does not hide the problems of the others. Thread-safe.
 */
public final class PurposeCatalogJson {

  /** The format name, the value of the document's {@code format} key. */
  public static final String FORMAT = "creditgov-purpose-catalog/1";

  private static final List<DocumentRead.Format> FORMATS =
      List.of(new DocumentRead.Format(FORMAT, "purpose-catalog-1.schema.json", RequirementId.PRI_1));

  /** The document as the format writes it. Public for Jackson; not an API. */
  public record Document(String format, String id, Title title, String edition, String jurisdiction,
      Optional<String> series, Effective effective, Basis legalBasis, @Nullable List<Basis> proceduralBases,
      @Nullable Boolean example, Optional<String> source, @Nullable List<String> unconfirmed, List<PurposeDoc> purposes) {}

  /** A title. Public for Jackson; not an API. */
  public record Title(String zh, Optional<String> en) {}

  /** An effective period. Public for Jackson; not an API. */
  public record Effective(LocalDate from, Optional<LocalDate> until) {}

  /** A legal basis in full. Public for Jackson; not an API. */
  public record Basis(InstrumentLevel level, String issuer, String title, Optional<String> documentNumber,
      Optional<String> article, Effective effective, Optional<String> jurisdiction) {}

  /** One purpose. Public for Jackson; not an API. */
  public record PurposeDoc(String code, Name name, List<FoundingKind> foundings, Period maximumValidity,
      @Nullable Boolean writtenConsentRequired, @Nullable Boolean sensitiveAllowed, Map<String, List<String>> fields,
      List<Basis> legalBases, Optional<String> source, @Nullable List<String> unconfirmed) {}

  /** A purpose's name, in both languages. Public for Jackson; not an API. */
  public record Name(String zh, String en) {}

  private PurposeCatalogJson() {}

  /**
   * The purpose catalog of a document.
   *
   * @param sourceName names the document in problem locations (a file name)
   * @throws PurposeCatalogException listing every problem, located
   * @throws NullPointerException if an argument is null
   */
  public static PurposeCatalog read(String json, String sourceName) {
    requireNonNull(json, "json");
    requireNonNull(sourceName, "sourceName");
    DocumentRead read = DocumentRead.of(JsonDocument.parse(json, sourceName), FORMATS);
    Optional<RuleSetHeader> header = header(read, sourceName);
    int count = read.root().map(r -> r.path("purposes").size()).orElse(0);
    List<Purpose> purposes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String at = "/purposes/" + i;
      read.bind(at, PurposeDoc.class).flatMap(p -> purpose(read, sourceName, at, p)).ifPresent(purposes::add);
    }
    PurposeCatalog catalog = null;
    if (!read.hasProblems() && header.isPresent()) {
      try {
        catalog = PurposeCatalog.builder().header(header.get()).addAllPurposes(purposes).build();
      } catch (PurposeCatalogException e) {
        read.addAll(e.problems());
      }
    }
    read.throwIfAny(PurposeCatalogException::new);
    if (catalog == null) {
      throw new IllegalStateException("a document without problems has a catalog");
    }
    return catalog;
  }

  /**
   * The problems of a document, empty when it reads (a lint entry point); the problems between
   * several documents are {@link PurposeRegistry.Builder#problems()}.
   *
   * @throws NullPointerException if an argument is null
   */
  public static ImmutableList<DataProblem> lint(String json, String sourceName) {
    try {
      var unused = read(json, sourceName);
      return ImmutableList.of();
    } catch (PurposeCatalogException e) {
      return e.problems();
    }
  }

  /** The header, when every part of it reads: a broken header still lets each purpose be checked. */
  private static Optional<RuleSetHeader> header(DocumentRead read, String sourceName) {
    Optional<String> id = read.bind("/id", String.class);
    Optional<Title> title = read.bind("/title", Title.class);
    Optional<String> edition = read.bind("/edition", String.class);
    Optional<String> jurisdiction = read.bind("/jurisdiction", String.class);
    Optional<Effective> effective = read.bind("/effective", Effective.class);
    Optional<Basis> legalBasis = read.bind("/legalBasis", Basis.class);
    Optional<Basis[]> procedural = read.bind("/proceduralBases", Basis[].class);
    boolean optionalPartsClean = read.clean("/series") && read.clean("/example") && read.clean("/source")
        && read.clean("/unconfirmed") && read.clean("/proceduralBases");
    if (id.isEmpty() || title.isEmpty() || edition.isEmpty() || jurisdiction.isEmpty() || effective.isEmpty()
        || legalBasis.isEmpty() || !optionalPartsClean) {
      return Optional.empty();
    }
    Jurisdiction j;
    try {
      j = Jurisdiction.of(jurisdiction.get());
    } catch (IllegalArgumentException e) {
      read.add(DataProblem.of(DataProblemType.INVALID_VALUE, sourceName, "/jurisdiction", Fact.text("detail",
          Bilingual.of("没有这个行政区划代码。", "no such administrative division code."))));
      return Optional.empty();
    }
    Optional<LegalBasis> basis = basis(read, sourceName, "/legalBasis", legalBasis.get());
    List<LegalBasis> proceduralBases = new ArrayList<>();
    Basis[] ps = procedural.orElse(new Basis[0]);
    for (int i = 0; i < ps.length; i++) {
      basis(read, sourceName, "/proceduralBases/" + i, ps[i]).ifPresent(proceduralBases::add);
    }
    if (basis.isEmpty() || proceduralBases.size() < ps.length) {
      return Optional.empty();
    }
    return Optional.of(RuleSetHeader.builder()
        .id(id.get()).titleZh(title.get().zh()).titleEn(title.get().en()).edition(edition.get())
        .jurisdiction(j).series(read.bind("/series", String.class)).effective(effective(effective.get()))
        .legalBasis(basis.get()).addAllProceduralBases(proceduralBases)
        .example(read.bind("/example", Boolean.class).orElse(false))
        .source(read.bind("/source", String.class))
        .addAllUnconfirmed(List.of(read.bind("/unconfirmed", String[].class).orElse(new String[0])))
        .origin(sourceName)
        .build());
  }

  private static Optional<Purpose> purpose(DocumentRead read, String source, String at, PurposeDoc p) {
    if (p.maximumValidity().isZero() || p.maximumValidity().isNegative()) {
      read.add(DataProblem.of(PurposeProblemType.VALIDITY_NOT_POSITIVE, source, at + "/maximumValidity",
          Fact.code("purpose", p.code())));
      return Optional.empty();
    }
    List<LegalBasis> bases = new ArrayList<>();
    for (int i = 0; i < p.legalBases().size(); i++) {
      basis(read, source, at + "/legalBases/" + i, p.legalBases().get(i)).ifPresent(bases::add);
    }
    if (bases.size() < p.legalBases().size()) {
      return Optional.empty();
    }
    ImmutableSetMultimap.Builder<String, String> fields = ImmutableSetMultimap.builder();
    p.fields().forEach(fields::putAll);
    return Optional.of(Purpose.builder()
        .code(p.code()).nameZh(p.name().zh()).nameEn(p.name().en())
        .addAllFoundings(p.foundings()).maximumValidity(p.maximumValidity())
        .writtenConsentRequired(Boolean.TRUE.equals(p.writtenConsentRequired()))
        .sensitiveAllowed(Boolean.TRUE.equals(p.sensitiveAllowed()))
        .fields(fields.build()).addAllLegalBases(bases)
        .source(p.source()).addAllUnconfirmed(orEmpty(p.unconfirmed()))
        .build());
  }

  static Optional<LegalBasis> basis(DocumentRead read, String source, String at, Basis b) {
    try {
      LegalBasis.Builder lb = LegalBasis.builder().level(b.level()).issuer(b.issuer()).title(b.title())
          .documentNumber(b.documentNumber()).article(b.article()).effective(effective(b.effective()));
      if (b.jurisdiction().isPresent()) {
        lb.jurisdiction(Jurisdiction.of(b.jurisdiction().get()));
      }
      return Optional.of(lb.build());
    } catch (IllegalArgumentException e) {
      read.add(DataProblem.of(DataProblemType.INVALID_VALUE, source, at, Fact.text("detail",
          Bilingual.of("法律依据不完整：地方性文件须写明制定机关所在的行政区划，全国性文件不写。",
              "the legal basis is incomplete: a local instrument names its jurisdiction, a national one names none."))));
      return Optional.empty();
    }
  }

  static EffectivePeriod effective(Effective e) {
    return e.until().isPresent() ? EffectivePeriod.between(e.from(), e.until().get()) : EffectivePeriod.from(e.from());
  }

  private static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }

  /** The catalog as a document of the format; reading it gives an equal catalog. */
  public static String write(PurposeCatalog catalog) {
    requireNonNull(catalog, "catalog");
    RuleSetHeader h = catalog.header();
    List<PurposeDoc> purposes = new ArrayList<>();
    for (Purpose p : catalog.purposes()) {
      Map<String, List<String>> fields = new LinkedHashMap<>();
      p.fields().asMap().forEach((item, names) -> fields.put(item, List.copyOf(names)));
      purposes.add(new PurposeDoc(p.code(), new Name(p.nameZh(), p.nameEn()), List.copyOf(p.foundings()),
          p.maximumValidity(), p.writtenConsentRequired() ? Boolean.TRUE : null, p.sensitiveAllowed() ? Boolean.TRUE : null,
          fields, bases(p.legalBases()), p.source(), p.unconfirmed()));
    }
    return JsonWriting.write(new Document(FORMAT, h.id(), new Title(h.titleZh(), h.titleEn()), h.edition(),
        h.jurisdiction().code(), h.series(), effectiveDoc(h.effective()), basisDoc(h.legalBasis()),
        bases(h.proceduralBases()), h.example() ? Boolean.TRUE : null, h.source(), h.unconfirmed(), purposes));
  }

  private static List<Basis> bases(List<LegalBasis> bases) {
    List<Basis> out = new ArrayList<>();
    bases.forEach(b -> out.add(basisDoc(b)));
    return out;
  }

  static Basis basisDoc(LegalBasis b) {
    return new Basis(b.level(), b.issuer(), b.title(), b.documentNumber(), b.article(), effectiveDoc(b.effective()),
        b.jurisdiction().map(Jurisdiction::code));
  }

  static Effective effectiveDoc(EffectivePeriod e) {
    return new Effective(e.from(), e.until());
  }
}
