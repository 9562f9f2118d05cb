package org.creditgov.core.catalog.io;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.Category;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.PublicationPeriod;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.PublicationRule;
import org.creditgov.core.catalog.SharingAttribute;
import org.creditgov.core.io.HeaderRead;
import org.creditgov.core.io.JsonWriting;
import org.creditgov.core.io.LegalBasisRead;
import org.creditgov.core.io.LegalBasisWrite;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.RuleSetHeader;

/**
 * Writes catalogs and regimes in the formats {@link CatalogReader} reads, through the records of
 * {@link CatalogDocument} and {@link JsonWriting}: every instrument declared once in the {@code
 * instruments} block and cited by key, defaults left out (a field that is not required, a class
 * published by default, a regime of the national jurisdiction). Reading what is written gives an
 * equal value.
 */
final class CatalogWriter {

  private CatalogWriter() {}

  static String catalog(Catalog c) {
    LegalBasisWrite bases = new LegalBasisWrite();
    RuleSetHeader h = c.header();
    var legalBasis = bases.basis(h.legalBasis());
    var procedural = bases.bases(h.proceduralBases());
    List<CatalogDocument.Category> categories = c.categories().stream().map(CatalogWriter::category).toList();
    List<CatalogDocument.Item> items = c.items().stream().map(i -> item(i, bases)).toList();
    return JsonWriting.write(new CatalogDocument.Catalog(
        CatalogDocument.CATALOG, h.id(), title(h), h.edition(), h.jurisdiction().code(), LegalBasisRead.Effective.of(h.effective()),
        legalBasis, procedural, yes(h.example()), h.source(), h.unconfirmed(), bases.instruments(), categories, items));
  }

  static String regimes(List<PublicationRegime> regimes) {
    LegalBasisWrite bases = new LegalBasisWrite();
    List<CatalogDocument.Regime> list = regimes.stream().map(r -> regime(r, bases)).toList();
    return JsonWriting.write(new CatalogDocument.Regimes(CatalogDocument.REGIMES, Optional.empty(), List.of(),
        bases.instruments(), list));
  }

  private static CatalogDocument.Regime regime(PublicationRegime r, LegalBasisWrite bases) {
    RuleSetHeader h = r.header();
    List<CatalogDocument.ClassPeriod> periods = r.periods().stream().map(CatalogWriter::period).toList();
    var legalBases = new java.util.ArrayList<>(List.of(bases.basis(h.legalBasis())));
    legalBases.addAll(bases.bases(h.proceduralBases()));
    return new CatalogDocument.Regime(h.id(), r.series(), title(h), Optional.of(h.edition()),
        h.jurisdiction().equals(Jurisdiction.national()) ? Optional.empty() : Optional.of(h.jurisdiction().code()),
        legalBases, LegalBasisRead.Effective.of(h.effective()), yes(h.example()), h.source(), h.unconfirmed(), periods);
  }

  private static CatalogDocument.ClassPeriod period(PublicationPeriod p) {
    return new CatalogDocument.ClassPeriod(p.severityClass(), p.publishedByDefault() ? Optional.empty() : Optional.of(false),
        p.minimum(), p.maximum(), p.source(), p.unconfirmed());
  }

  private static HeaderRead.Title title(RuleSetHeader h) {
    return new HeaderRead.Title(h.titleZh(), h.titleEn());
  }

  private static CatalogDocument.Category category(Category c) {
    return new CatalogDocument.Category(c.code(), new CatalogDocument.Names(c.nameZh(), c.nameEn()), c.unconfirmed());
  }

  private static CatalogDocument.Item item(CatalogItem i, LegalBasisWrite bases) {
    return new CatalogDocument.Item(
        i.code(), new CatalogDocument.Names(i.nameZh(), i.nameEn()), i.categoryCode(), List.copyOf(i.subjectTypes()),
        i.sourceDepartment(), bases.bases(i.legalBases()), sharing(i.sharing()), i.disclosure(),
        i.publication().map(CatalogWriter::rule), List.copyOf(i.severityClasses()), i.updateDeadlineWorkingDays(),
        i.fields().stream().map(CatalogWriter::field).toList(), i.source(), i.unconfirmed());
  }

  private static CatalogDocument.Field field(FieldSpec f) {
    return new CatalogDocument.Field(f.name(), f.label(), f.labelEn(), f.type(), yes(f.required()), f.sensitivity(),
        f.format(), boxed(f.maxLength()));
  }

  private static CatalogDocument.Sharing sharing(SharingAttribute s) {
    return new CatalogDocument.Sharing(s.kind(), List.copyOf(s.recipients()));
  }

  private static CatalogDocument.Publication rule(PublicationRule r) {
    return new CatalogDocument.Publication(r.kind(), r.series(), r.minimum(), r.maximum());
  }

  /** A flag that is false by default: written only when true. */
  private static Optional<Boolean> yes(boolean flag) {
    return flag ? Optional.of(true) : Optional.empty();
  }

  private static Optional<Integer> boxed(OptionalInt i) {
    return i.isPresent() ? Optional.of(i.getAsInt()) : Optional.empty();
  }
}
