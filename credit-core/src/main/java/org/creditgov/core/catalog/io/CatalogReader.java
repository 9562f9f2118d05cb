package org.creditgov.core.catalog.io;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.RequirementId;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogFormatException;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.CatalogRules;
import org.creditgov.core.catalog.Category;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.PublicationPeriod;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.PublicationRule;
import org.creditgov.core.catalog.SharingAttribute;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.DataFormat;
import org.creditgov.core.io.DocumentRead;
import org.creditgov.core.io.HeaderRead;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.LegalBasisRead;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.jspecify.annotations.Nullable;

/**
 * Reads one catalog or regimes document on {@link DocumentRead}: the schema checks its shape, the
 * clean parts are bound to the records of {@link CatalogDocument} and built into the domain values
 * (each value's own rules reported at the part's pointer), and the rules between the parts are
 * applied to whatever could be read (CAT-2, CAT-3) — so a document yields every problem at once: a
 * catalog whose header cannot be read still gets its items', fields' and categories' problems, and
 * an item with a broken field still gets its other fields checked. A value is returned only when
 * there is no problem at all. Never throws for bad data.
 */
final class CatalogReader {

  /** The catalog format, whose structure serves CAT-3 (item attributes). */
  static final DocumentRead.Format CATALOG =
      new DocumentRead.Format(CatalogDocument.CATALOG, "catalog-1.schema.json", RequirementId.CAT_3);
  /** The regimes format, whose structure serves REP-4 (the regime in force decides the periods). */
  static final DocumentRead.Format REGIMES =
      new DocumentRead.Format(CatalogDocument.REGIMES, "publication-regimes-1.schema.json", RequirementId.REP_4);

  private final DocumentRead read;
  private final LegalBasisRead bases;

  private CatalogReader(DocumentRead read) {
    this.read = read;
    this.bases = new LegalBasisRead(read);
  }

  // ------------------------------------------------------------------------------------- catalogs

  /** The catalog of {@code document}, or its problems. */
  static DataFormat.Read<Catalog> catalog(JsonDocument document) {
    CatalogReader r = new CatalogReader(DocumentRead.of(document, List.of(CATALOG)));
    Optional<Catalog> c = r.read.root().isPresent() ? r.catalog() : Optional.empty();
    return r.read.hasProblems() || c.isEmpty()
        ? DataFormat.Read.refused(r.problems())
        : DataFormat.Read.of(List.of(c.get()));
  }

  private ImmutableList<DataProblem> problems() {
    ImmutableList<DataProblem> p = read.problems();
    if (p.isEmpty()) { // not reachable: a value is missing only when there are problems
      throw new IllegalStateException("no value and no problem in " + read.source());
    }
    return p;
  }

  private Optional<Catalog> catalog() {
    Optional<RuleSetHeader> header = HeaderRead.read(read, bases, "", Catalog.KIND);
    List<@Nullable String> categoryCodes = new ArrayList<>();
    List<Category> categories = new ArrayList<>();
    for (String at : read.elements("/categories")) {
      categoryCodes.add(read.bind(at + "/code", String.class).orElse(null));
      read.bind(at, CatalogDocument.Category.class).flatMap(doc -> build(at, () -> Category.builder()
          .code(doc.code()).nameZh(doc.name().zh()).nameEn(doc.name().en()).addAllUnconfirmed(doc.unconfirmed()).build()))
          .ifPresent(categories::add);
    }
    List<@Nullable String> itemCodes = new ArrayList<>();
    List<@Nullable String> itemCategories = new ArrayList<>();
    List<CatalogItem> items = new ArrayList<>();
    for (String at : read.elements("/items")) {
      itemCodes.add(read.bind(at + "/code", String.class).orElse(null));
      itemCategories.add(read.bind(at + "/category", String.class).orElse(null));
      Optional<CatalogItem> item = item(at);
      item.ifPresent(items::add);
      if (header.isPresent() && item.isPresent()) {
        read.addAll(CatalogRules.basisProblems(header.get().jurisdiction(), item.get(), read.source(), at));
      }
    }
    read.addAll(CatalogRules.contentProblems(read.source(), categoryCodes, itemCodes, itemCategories));
    if (header.isEmpty() || read.hasProblems()) {
      return Optional.empty();
    }
    return build("", () -> Catalog.builder().header(header.get()).addAllCategories(categories).addAllItems(items).build());
  }

  /**
   * The item at {@code at}: bound whole when it is clean; otherwise its fields, sharing and
   * publication rule are still read one by one, so that their own problems are found too.
   */
  private Optional<CatalogItem> item(String at) {
    Optional<CatalogDocument.Item> doc = read.bind(at, CatalogDocument.Item.class);
    if (doc.isEmpty()) {
      for (String f : read.elements(at + "/fields")) {
        read.bind(f, CatalogDocument.Field.class).ifPresent(d -> field(d, f)); // for its problems
      }
      read.bind(at + "/sharing", CatalogDocument.Sharing.class).ifPresent(d -> sharing(d, at + "/sharing"));
      read.bind(at + "/publication", CatalogDocument.Publication.class).ifPresent(d -> rule(d, at + "/publication"));
      var unused = bases.bases(at + "/legalBases"); // read for its problems
      return Optional.empty();
    }
    CatalogDocument.Item i = doc.get();
    List<FieldSpec> fields = new ArrayList<>(i.fields().size());
    boolean clean = true;
    for (int k = 0; k < i.fields().size(); k++) {
      Optional<FieldSpec> f = field(i.fields().get(k), at + "/fields/" + k);
      clean &= f.isPresent();
      f.ifPresent(fields::add);
    }
    Optional<SharingAttribute> sharing = sharing(i.sharing(), at + "/sharing");
    Optional<PublicationRule> rule = i.publication().flatMap(p -> rule(p, at + "/publication"));
    Optional<ImmutableList<LegalBasis>> legalBases = bases.bases(at + "/legalBases");
    if (!clean || sharing.isEmpty() || i.publication().isPresent() && rule.isEmpty() || legalBases.isEmpty()) {
      return Optional.empty();
    }
    return build(at, () -> CatalogItem.builder()
        .code(i.code())
        .nameZh(i.name().zh())
        .nameEn(i.name().en())
        .categoryCode(i.category())
        .addAllSubjectTypes(i.subjectTypes())
        .addAllFields(fields)
        .sourceDepartment(i.sourceDepartment())
        .addAllLegalBases(legalBases.get())
        .sharing(sharing.get())
        .disclosure(i.disclosure())
        .publication(rule)
        .addAllSeverityClasses(i.severityClasses())
        .updateDeadlineWorkingDays(i.updateDeadlineWorkingDays())
        .source(i.source())
        .addAllUnconfirmed(i.unconfirmed())
        .build());
  }

  @CanIgnoreReturnValue // an item that does not bind is still read field by field for its problems
  private Optional<FieldSpec> field(CatalogDocument.Field f, String at) {
    return build(at, () -> {
      FieldSpec.Builder b = FieldSpec.builder().name(f.name()).label(f.label()).labelEn(f.labelEn()).type(f.type())
          .required(f.required().orElse(false)).sensitivity(f.sensitivity()).format(f.format());
      f.maxLength().ifPresent(b::maxLength);
      return b.build();
    });
  }

  @CanIgnoreReturnValue
  private Optional<SharingAttribute> sharing(CatalogDocument.Sharing s, String at) {
    return build(at, () -> SharingAttribute.of(s.kind(), s.recipients()));
  }

  @CanIgnoreReturnValue
  private Optional<PublicationRule> rule(CatalogDocument.Publication p, String at) {
    return build(at, () -> PublicationRule.builder().kind(p.rule()).addAllSeries(p.series())
        .minimum(p.minimum()).maximum(p.maximum()).build());
  }

  // -------------------------------------------------------------------------------------- regimes

  /** The regimes of {@code document}, or its problems (the regimes' rules between them are not checked here). */
  static DataFormat.Read<PublicationRegime> regimes(JsonDocument document) {
    CatalogReader r = new CatalogReader(DocumentRead.of(document, List.of(REGIMES)));
    List<PublicationRegime> regimes = new ArrayList<>();
    for (String at : r.read.elements("/regimes")) {
      r.regime(at).ifPresent(regimes::add);
    }
    return r.read.hasProblems() || r.read.root().isEmpty()
        ? DataFormat.Read.refused(r.problems())
        : DataFormat.Read.of(regimes);
  }

  private Optional<PublicationRegime> regime(String at) {
    Optional<RuleSetHeader> header = HeaderRead.read(read, bases, at, PublicationRegime.KIND);
    List<PublicationPeriod> periods = new ArrayList<>();
    boolean clean = true;
    List<String> elements = read.elements(at + "/periods");
    for (String p : elements) {
      Optional<PublicationPeriod> period = read.bind(p, CatalogDocument.ClassPeriod.class).flatMap(d -> build(p, () ->
          PublicationPeriod.builder()
              .severityClass(d.severityClass())
              .publishedByDefault(d.publishedByDefault().orElse(true))
              .minimum(d.minimum())
              .maximum(d.maximum())
              .source(d.source())
              .addAllUnconfirmed(d.unconfirmed())
              .build()));
      clean &= period.isPresent();
      period.ifPresent(periods::add);
    }
    if (header.isEmpty() || !clean || !read.clean(at)) {
      return Optional.empty();
    }
    // the regime's own problems are located below its pointer already (its header's origin pointer)
    try {
      return Optional.of(PublicationRegime.builder().header(header.get()).addAllPeriods(periods).build());
    } catch (CatalogFormatException e) {
      read.addAll(e.problems());
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------------------------------- both

  /** What building a value from a clean part reports about itself, placed at the part's pointer. */
  private <T> Optional<T> build(String at, java.util.function.Supplier<T> value) {
    try {
      return Optional.of(value.get());
    } catch (CatalogFormatException e) {
      for (DataProblem p : e.problems()) {
        read.add(p.source().equals(read.source()) ? p : p.relocated(read.source(), at));
      }
      return Optional.empty();
    }
  }
}
