package org.creditgov.core.catalog.io;

import static org.creditgov.core.io.JsonInput.child;
import static org.creditgov.core.io.JsonInput.has;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogFormatException;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.CatalogProblem.Reason;
import org.creditgov.core.catalog.CatalogProblem;
import org.creditgov.core.catalog.Category;
import org.creditgov.core.catalog.DisclosureAttribute;
import org.creditgov.core.catalog.FieldFormat;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.FieldType;
import org.creditgov.core.catalog.PublicationPeriod;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.PublicationRule;
import org.creditgov.core.catalog.Sensitivity;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.catalog.SharingAttribute;
import org.creditgov.core.io.JsonInput;
import org.creditgov.core.io.LegalBasisReader;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.jspecify.annotations.Nullable;

/**
 * Maps a parsed catalog or regimes document onto the domain types, recording every problem with
 * its pointer. Each part is built only when its own keys were clean; the problems a domain type
 * reports about itself are placed at the part's pointer. Never throws for bad data.
 */
final class DocumentReader {

  static final String CATALOG_FORMAT = "creditgov-catalog/1";
  static final String REGIMES_FORMAT = "creditgov-publication-regimes/1";

  private static final Set<String> CATALOG_REQUIRED =
      Set.of("format", "id", "title", "edition", "jurisdiction", "effective", "legalBasis", "categories", "items");
  private static final Set<String> CATALOG_OPTIONAL = Set.of("instruments", "example", "source", "unconfirmed");
  private static final Set<String> TITLE_REQUIRED = Set.of("zh", "en");
  private static final Set<String> TITLE_ZH = Set.of("zh");
  private static final Set<String> TITLE_EN = Set.of("en");
  private static final Set<String> CATEGORY_REQUIRED = Set.of("code", "name");
  private static final Set<String> CATEGORY_OPTIONAL = Set.of("unconfirmed");
  private static final Set<String> ITEM_REQUIRED =
      Set.of(
          "code", "name", "category", "subjectTypes", "fields", "sourceDepartment", "legalBases", "sharing",
          "disclosure", "updateDeadlineWorkingDays");
  private static final Set<String> ITEM_OPTIONAL = Set.of("publication", "severityClasses", "source", "unconfirmed");
  private static final Set<String> FIELD_REQUIRED = Set.of("name", "type", "sensitivity");
  private static final Set<String> FIELD_OPTIONAL = Set.of("label", "required", "format", "maxLength");
  private static final Set<String> SHARING_REQUIRED = Set.of("kind");
  private static final Set<String> SHARING_OPTIONAL = Set.of("recipients");
  private static final Set<String> RULE_REQUIRED = Set.of("rule");
  private static final Set<String> RULE_OPTIONAL = Set.of("series", "minimum", "maximum");
  private static final Set<String> REGIMES_REQUIRED = Set.of("format", "regimes");
  private static final Set<String> REGIMES_OPTIONAL = Set.of("instruments", "source", "unconfirmed");
  private static final Set<String> REGIME_REQUIRED = Set.of("id", "series", "title", "legalBases", "effective", "periods");
  private static final Set<String> REGIME_OPTIONAL = Set.of("source", "unconfirmed");
  private static final Set<String> CLASS_REQUIRED = Set.of("class", "maximum");
  private static final Set<String> CLASS_OPTIONAL = Set.of("publishedByDefault", "minimum", "source", "unconfirmed");

  /** How this reader's problems are made and placed, for the shared {@link JsonInput}. */
  static final JsonInput.Problems<CatalogProblem> PROBLEMS =
      new JsonInput.Problems<>() {
        @Override
        public CatalogProblem of(JsonInput.Structural reason, String source, String pointer, String message) {
          return CatalogProblem.of(Reason.valueOf(reason.name()), source, pointer, message);
        }

        @Override
        public CatalogProblem at(CatalogProblem problem, int line, int column) {
          return problem.at(line, column);
        }

        @Override
        public boolean placed(CatalogProblem problem, String source) {
          return problem.line().isPresent() || !problem.source().equals(source);
        }

        @Override
        public String pointer(CatalogProblem problem) {
          return problem.pointer();
        }
      };

  private final JsonInput<CatalogProblem> in;
  private final LegalBasisReader<CatalogProblem> legal;

  DocumentReader(JsonInput<CatalogProblem> in) {
    this.in = in;
    this.legal = new LegalBasisReader<>(in);
  }

  // ---------------------------------------------------------------- catalogs

  @Nullable Catalog catalog() {
    if (in.root() == null) {
      return null;
    }
    int mark = in.mark();
    ObjectNode o = in.object(in.root(), "", CATALOG_REQUIRED, CATALOG_OPTIONAL);
    if (o == null) {
      return null;
    }
    format(o, CATALOG_FORMAT);
    legal.readInstruments(o);
    String id = in.text(o, "id", "");
    String[] title = title(o, "", false);
    String edition = in.text(o, "edition", "");
    Jurisdiction jurisdiction = in.jurisdiction(o, "jurisdiction", "");
    EffectivePeriod effective = legal.effective(o, "");
    LegalBasis basis = has(o, "legalBasis") ? legal.basis(o.get("legalBasis"), "/legalBasis") : null;
    Boolean example = in.bool(o, "example", "");
    String source = in.text(o, "source", "");
    List<String> unconfirmed = in.strings(o, "unconfirmed", "");

    Map<Integer, Category> categoriesByIndex = in.indexed(o, "categories", "", this::category);
    List<Category> categories = new ArrayList<>(categoriesByIndex.values());
    List<Integer> categoryIndex = new ArrayList<>(categoriesByIndex.keySet());
    Map<Integer, CatalogItem> itemsByIndex = in.indexed(o, "items", "", this::item);
    List<CatalogItem> items = new ArrayList<>(itemsByIndex.values());
    List<Integer> itemIndex = new ArrayList<>(itemsByIndex.keySet());
    boolean headerClean = id != null && title != null && edition != null && jurisdiction != null && effective != null
        && basis != null;
    if (!headerClean) {
      return null; // the catalog-level rules need the header; the items' own problems are listed
    }
    try {
      Catalog.Builder b =
          Catalog.builder()
              .id(id)
              .titleZh(title[0])
              .edition(edition)
              .jurisdiction(jurisdiction)
              .effective(effective)
              .legalBasis(basis)
              .addAllCategories(categories)
              .addAllItems(items)
              .example(example != null && example)
              .addAllUnconfirmed(unconfirmed)
              .origin(in.source());
      if (title[1] != null) {
        b.titleEn(title[1]);
      }
      if (source != null) {
        b.source(source);
      }
      Catalog catalog = b.build();
      return in.cleanSince(mark) ? catalog : null;
    } catch (CatalogFormatException e) {
      // the catalog reports pointers by its own item and category positions: map them back to
      // the positions in the document, where items with problems of their own were left out
      e.problems().forEach(p -> in.add(remap(p.relocated(in.source(), ""), itemIndex, categoryIndex)));
      return null;
    }
  }

  private static org.creditgov.core.catalog.CatalogProblem remap(
      org.creditgov.core.catalog.CatalogProblem p, List<Integer> items, List<Integer> categories) {
    String pointer = p.pointer();
    String mapped = remap(remap(pointer, "/items/", items), "/categories/", categories);
    if (mapped.equals(pointer)) {
      return p;
    }
    return org.creditgov.core.catalog.CatalogProblem.of(p.reason(), p.source(), mapped, p.message());
  }

  private static String remap(String pointer, String prefix, List<Integer> index) {
    if (!pointer.startsWith(prefix)) {
      return pointer;
    }
    int start = prefix.length();
    int end = start;
    while (end < pointer.length() && Character.isDigit(pointer.charAt(end))) {
      end++;
    }
    int built = Integer.parseInt(pointer.substring(start, end));
    return built < index.size() ? prefix + index.get(built) + pointer.substring(end) : pointer;
  }

  private void format(ObjectNode o, String expected) {
    String format = in.text(o, "format", "");
    if (format != null && !format.equals(expected)) {
      problem(
          Reason.UNKNOWN_FORMAT_VERSION, "/format",
          "format '" + JsonInput.abbreviate(format) + "' is not known; this library reads '" + expected + "'");
    }
  }


  private String @Nullable [] title(ObjectNode o, String pointer, boolean enRequired) {
    String at = child(pointer, "title");
    ObjectNode t = in.object(o.get("title"), at, enRequired ? TITLE_REQUIRED : TITLE_ZH, enRequired ? Set.of() : TITLE_EN);
    if (t == null) {
      return null;
    }
    String zh = in.nonBlank(t, "zh", at);
    String en = in.nonBlank(t, "en", at);
    return zh == null || (has(t, "en") && en == null) ? null : new String[] {zh, en};
  }

  private String @Nullable [] names(ObjectNode o, String pointer) {
    String at = child(pointer, "name");
    ObjectNode t = in.object(o.get("name"), at, TITLE_REQUIRED, Set.of());
    if (t == null) {
      return null;
    }
    String zh = in.nonBlank(t, "zh", at);
    String en = in.nonBlank(t, "en", at);
    return zh == null || en == null ? null : new String[] {zh, en};
  }





  private @Nullable Category category(JsonNode n, String pointer) {
    int mark = in.mark();
    ObjectNode o = in.object(n, pointer, CATEGORY_REQUIRED, CATEGORY_OPTIONAL);
    if (o == null) {
      return null;
    }
    String code = in.text(o, "code", pointer);
    String[] name = names(o, pointer);
    List<String> unconfirmed = in.strings(o, "unconfirmed", pointer);
    if (!in.cleanSince(mark) || code == null || name == null) {
      return null;
    }
    try {
      return Category.builder().code(code).nameZh(name[0]).nameEn(name[1]).addAllUnconfirmed(unconfirmed).build();
    } catch (CatalogFormatException e) {
      relocate(e, pointer);
      return null;
    }
  }

  private @Nullable CatalogItem item(JsonNode n, String pointer) {
    int mark = in.mark();
    ObjectNode o = in.object(n, pointer, ITEM_REQUIRED, ITEM_OPTIONAL);
    if (o == null) {
      return null;
    }
    String code = in.text(o, "code", pointer);
    String[] name = names(o, pointer);
    String category = in.text(o, "category", pointer);
    String department = in.text(o, "sourceDepartment", pointer);
    Integer deadline = in.integer(o, "updateDeadlineWorkingDays", pointer);
    DisclosureAttribute disclosure = in.enumValue(DisclosureAttribute.class, o.get("disclosure"), child(pointer, "disclosure"));
    String source = in.text(o, "source", pointer);
    List<String> unconfirmed = in.strings(o, "unconfirmed", pointer);

    List<SubjectType> subjectTypes = in.enums(SubjectType.class, o, "subjectTypes", pointer);
    List<SeverityClass> classes = in.enums(SeverityClass.class, o, "severityClasses", pointer);
    List<LegalBasis> bases = in.each(o, "legalBases", pointer, legal::basis);
    List<FieldSpec> fields = in.each(o, "fields", pointer, this::field);
    SharingAttribute sharing = has(o, "sharing") ? sharing(o.get("sharing"), child(pointer, "sharing")) : null;
    PublicationRule rule = has(o, "publication") ? rule(o.get("publication"), child(pointer, "publication")) : null;
    if (!in.cleanSince(mark)
        || code == null || name == null || category == null || department == null || deadline == null
        || disclosure == null || sharing == null) {
      return null;
    }
    try {
      CatalogItem.Builder b =
          CatalogItem.builder()
              .code(code)
              .nameZh(name[0])
              .nameEn(name[1])
              .categoryCode(category)
              .addAllSubjectTypes(subjectTypes)
              .addAllFields(fields)
              .sourceDepartment(department)
              .addAllLegalBases(bases)
              .sharing(sharing)
              .disclosure(disclosure)
              .addAllSeverityClasses(classes)
              .updateDeadlineWorkingDays(deadline)
              .addAllUnconfirmed(unconfirmed);
      if (rule != null) {
        b.publication(rule);
      }
      if (source != null) {
        b.source(source);
      }
      return b.build();
    } catch (CatalogFormatException e) {
      relocate(e, pointer);
      return null;
    }
  }

  private @Nullable FieldSpec field(JsonNode n, String pointer) {
    int mark = in.mark();
    ObjectNode o = in.object(n, pointer, FIELD_REQUIRED, FIELD_OPTIONAL);
    if (o == null) {
      return null;
    }
    String name = in.text(o, "name", pointer);
    String label = in.text(o, "label", pointer);
    FieldType type = in.enumValue(FieldType.class, o.get("type"), child(pointer, "type"));
    Boolean required = in.bool(o, "required", pointer);
    Sensitivity sensitivity = in.enumValue(Sensitivity.class, o.get("sensitivity"), child(pointer, "sensitivity"));
    FieldFormat format = in.enumValue(FieldFormat.class, o.get("format"), child(pointer, "format"));
    Integer maxLength = in.integer(o, "maxLength", pointer);
    if (!in.cleanSince(mark) || name == null || type == null || sensitivity == null) {
      return null;
    }
    try {
      FieldSpec.Builder b =
          FieldSpec.builder().name(name).type(type).sensitivity(sensitivity).required(required != null && required);
      if (label != null) {
        b.label(label);
      }
      if (format != null) {
        b.format(format);
      }
      if (maxLength != null) {
        b.maxLength(maxLength);
      }
      return b.build();
    } catch (CatalogFormatException e) {
      relocate(e, pointer);
      return null;
    }
  }

  private @Nullable SharingAttribute sharing(JsonNode n, String pointer) {
    int mark = in.mark();
    ObjectNode o = in.object(n, pointer, SHARING_REQUIRED, SHARING_OPTIONAL);
    if (o == null) {
      return null;
    }
    SharingAttribute.Kind kind = in.enumValue(SharingAttribute.Kind.class, o.get("kind"), child(pointer, "kind"));
    List<String> recipients = in.strings(o, "recipients", pointer);
    if (!in.cleanSince(mark) || kind == null) {
      return null;
    }
    try {
      return SharingAttribute.of(kind, recipients);
    } catch (CatalogFormatException e) {
      relocate(e, pointer);
      return null;
    }
  }

  private @Nullable PublicationRule rule(JsonNode n, String pointer) {
    int mark = in.mark();
    ObjectNode o = in.object(n, pointer, RULE_REQUIRED, RULE_OPTIONAL);
    if (o == null) {
      return null;
    }
    PublicationRule.Kind kind = in.enumValue(PublicationRule.Kind.class, o.get("rule"), child(pointer, "rule"));
    List<String> series = in.strings(o, "series", pointer);
    Period minimum = in.period(o, "minimum", pointer);
    Period maximum = in.period(o, "maximum", pointer);
    if (!in.cleanSince(mark) || kind == null) {
      return null;
    }
    try {
      PublicationRule.Builder b = PublicationRule.builder().kind(kind).addAllSeries(series);
      if (minimum != null) {
        b.minimum(minimum);
      }
      if (maximum != null) {
        b.maximum(maximum);
      }
      return b.build();
    } catch (CatalogFormatException e) {
      relocate(e, pointer);
      return null;
    }
  }

  // ---------------------------------------------------------------- regimes

  @Nullable List<PublicationRegime> regimes() {
    if (in.root() == null) {
      return null;
    }
    ObjectNode o = in.object(in.root(), "", REGIMES_REQUIRED, REGIMES_OPTIONAL);
    if (o == null) {
      return null;
    }
    format(o, REGIMES_FORMAT);
    in.text(o, "source", "");
    in.strings(o, "unconfirmed", "");
    legal.readInstruments(o);
    List<PublicationRegime> out = in.each(o, "regimes", "", this::regime);
    return out;
  }

  private @Nullable PublicationRegime regime(JsonNode n, String pointer) {
    int mark = in.mark();
    ObjectNode o = in.object(n, pointer, REGIME_REQUIRED, REGIME_OPTIONAL);
    if (o == null) {
      return null;
    }
    String id = in.text(o, "id", pointer);
    String series = in.text(o, "series", pointer);
    String[] title = title(o, pointer, false);
    EffectivePeriod effective = legal.effective(o, pointer);
    String source = in.text(o, "source", pointer);
    List<String> unconfirmed = in.strings(o, "unconfirmed", pointer);
    List<LegalBasis> bases = in.each(o, "legalBases", pointer, legal::basis);
    List<PublicationPeriod> periods = in.each(o, "periods", pointer, this::classPeriod);
    if (!in.cleanSince(mark) || id == null || series == null || title == null || effective == null) {
      return null;
    }
    try {
      PublicationRegime.Builder b =
          PublicationRegime.builder()
              .id(id)
              .series(series)
              .titleZh(title[0])
              .addAllLegalBases(bases)
              .effective(effective)
              .addAllPeriods(periods)
              .addAllUnconfirmed(unconfirmed)
              .origin(in.source())
              .originPointer(pointer);
      if (title[1] != null) {
        b.titleEn(title[1]);
      }
      if (source != null) {
        b.source(source);
      }
      return b.build();
    } catch (CatalogFormatException e) {
      relocate(e, pointer);
      return null;
    }
  }

  private @Nullable PublicationPeriod classPeriod(JsonNode n, String pointer) {
    int mark = in.mark();
    ObjectNode o = in.object(n, pointer, CLASS_REQUIRED, CLASS_OPTIONAL);
    if (o == null) {
      return null;
    }
    SeverityClass c = in.enumValue(SeverityClass.class, o.get("class"), child(pointer, "class"));
    Boolean published = in.bool(o, "publishedByDefault", pointer);
    Period minimum = in.period(o, "minimum", pointer);
    Period maximum = in.period(o, "maximum", pointer);
    String source = in.text(o, "source", pointer);
    List<String> unconfirmed = in.strings(o, "unconfirmed", pointer);
    if (!in.cleanSince(mark) || c == null || maximum == null) {
      return null;
    }
    try {
      PublicationPeriod.Builder b =
          PublicationPeriod.builder()
              .severityClass(c)
              .publishedByDefault(published == null || published)
              .minimum(Optional.ofNullable(minimum))
              .maximum(maximum)
              .addAllUnconfirmed(unconfirmed);
      if (source != null) {
        b.source(source);
      }
      return b.build();
    } catch (CatalogFormatException e) {
      relocate(e, pointer);
      return null;
    }
  }

  private void problem(Reason reason, String pointer, String message) {
    in.add(CatalogProblem.of(reason, in.source(), pointer, message));
  }

  /** Adds the problems of a domain exception, placed at {@code pointer} in this document. */
  private void relocate(CatalogFormatException e, String pointer) {
    e.problems().forEach(p -> in.add(p.relocated(in.source(), pointer)));
  }
}
