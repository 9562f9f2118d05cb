package org.creditgov.testkit;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.Category;
import org.creditgov.core.catalog.DisclosureAttribute;
import org.creditgov.core.catalog.FieldFormat;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.FieldType;
import org.creditgov.core.catalog.PublicationPeriod;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.catalog.PublicationRegimes;
import org.creditgov.core.catalog.PublicationRule;
import org.creditgov.core.catalog.Sensitivity;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.catalog.SharingAttribute;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.Instruments;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;

/**
 * Seeded generators of valid catalogs, items and publication regimes (CAT-2, CAT-3, CAT-4, CAT-6),
 * for property tests and benchmarks. Every value it returns passes the catalog's own checks; items
 * cite 国办发〔2020〕49号 (sometimes at an article, sometimes beside a department rule or, in a
 * supplement, a local regulation of its own province), so they are valid in any layer. The
 * {@code varied} generators also vary every optional attribute (English titles and labels,
 * sources, unconfirmed notes, procedural bases …), for the formats' round-trip properties.
 */
public final class CatalogGenerator {

  /** The regime series of {@link #regimes()}. */
  public static final String SERIES = "generated";

  private static final FieldType[] TYPES = FieldType.values();
  private static final Sensitivity[] SENSITIVITIES = Sensitivity.values();
  private static final String[] ARTICLES = {"第一条", "第十七条", "第二十三条第二款", "第四十八条"};

  private CatalogGenerator() {}

  /**
   * A random valid item of the given code: 1 to {@code maxFields} fields of every type and format,
   * random subject types, sharing, disclosure, publication rule and severity classes.
   *
   * @throws IllegalArgumentException if {@code maxFields} is below 1
   */
  public static CatalogItem item(SplittableRandom r, String code, int maxFields) {
    if (maxFields < 1) {
      throw new IllegalArgumentException("maxFields must be at least 1: " + maxFields);
    }
    return item(r, code, 1 + r.nextInt(maxFields), false);
  }

  /**
   * A random valid item with exactly {@code fields} fields.
   *
   * @param allRequired whether every field is required
   */
  public static CatalogItem item(SplittableRandom r, String code, int fields, boolean allRequired) {
    return builder(r, code, fields, allRequired, false, Jurisdiction.national()).build();
  }

  /**
   * A random valid item of a layer of {@code layer}, varying every optional attribute: labels in
   * both languages, sources and unconfirmed notes, legal bases at articles, beside a department rule
   * or (in a supplement) a local regulation of the layer's province.
   */
  public static CatalogItem variedItem(SplittableRandom r, String code, int maxFields, Jurisdiction layer) {
    return builder(r, code, 1 + r.nextInt(maxFields), false, true, layer).build();
  }

  private static CatalogItem.Builder builder(
      SplittableRandom r, String code, int fields, boolean allRequired, boolean varied, Jurisdiction layer) {
    EnumSet<SubjectType> types = EnumSet.noneOf(SubjectType.class);
    for (SubjectType t : SubjectType.values()) {
      if (r.nextInt(3) > 0) {
        types.add(t);
      }
    }
    if (types.isEmpty()) {
      types.add(SubjectType.values()[r.nextInt(SubjectType.values().length)]);
    }
    List<FieldSpec> specs = new ArrayList<>();
    for (int i = 0; i < fields; i++) {
      specs.add(field(r, "f" + i, allRequired || r.nextInt(3) > 0, varied));
    }
    DisclosureAttribute disclosure = DisclosureAttribute.values()[r.nextInt(3)];
    CatalogItem.Builder b =
        CatalogItem.builder()
            .code(code)
            .nameZh("生成信息项" + code)
            .nameEn("generated item " + code)
            .categoryCode("G1")
            .addAllSubjectTypes(types)
            .addAllFields(specs)
            .sourceDepartment("生成部门")
            .addAllLegalBases(varied ? bases(r, layer) : List.of(Instruments.STATE_COUNCIL_OPINION_2020_49))
            .sharing(sharing(r))
            .disclosure(disclosure)
            .updateDeadlineWorkingDays(r.nextInt(31));
    if (varied && r.nextBoolean()) {
      b.source("生成来源 " + r.nextInt(100));
    }
    if (varied && r.nextBoolean()) {
      b.addUnconfirmed("生成的未确认事项 " + r.nextInt(100));
    }
    boolean dishonesty = r.nextBoolean();
    if (dishonesty) {
      EnumSet<SeverityClass> classes = EnumSet.noneOf(SeverityClass.class);
      for (SeverityClass c : SeverityClass.values()) {
        if (r.nextBoolean()) {
          classes.add(c);
        }
      }
      if (classes.isEmpty()) {
        classes.add(SeverityClass.values()[r.nextInt(3)]);
      }
      b.addAllSeverityClasses(classes);
    }
    if (disclosure == DisclosureAttribute.PUBLIC) {
      int kind = r.nextInt(3);
      if (kind == 0 && dishonesty) {
        b.publication(PublicationRule.regime(List.of(SERIES)));
      } else if (kind == 1) {
        b.publication(PublicationRule.fixed(r.nextBoolean() ? Optional.of(Period.ofMonths(1 + r.nextInt(6))) : Optional.empty(),
            r.nextBoolean() ? Period.ofYears(1 + r.nextInt(3)) : Period.of(r.nextInt(3), 7 + r.nextInt(5), r.nextInt(3))));
      } else {
        b.publication(PublicationRule.open());
      }
    }
    return b;
  }

  private static List<LegalBasis> bases(SplittableRandom r, Jurisdiction layer) {
    List<LegalBasis> bases = new ArrayList<>();
    LegalBasis opinion = Instruments.STATE_COUNCIL_OPINION_2020_49;
    bases.add(r.nextBoolean() ? opinion : opinion.withArticle(ARTICLES[r.nextInt(ARTICLES.length)]));
    if (r.nextInt(3) == 0) {
      bases.add(LegalBasis.builder().level(InstrumentLevel.DEPARTMENT_RULE).issuer("国家发展和改革委员会")
          .title("生成部门规章").documentNumber("生成令第" + (1 + r.nextInt(60)) + "号")
          .effective(EffectivePeriod.from(LocalDate.of(2021, 1, 1))).build());
    }
    if (!layer.equals(Jurisdiction.national()) && r.nextBoolean()) {
      List<Jurisdiction> chain = layer.parentChain(); // the layer first, national last
      Jurisdiction province = chain.get(chain.size() - 2);
      bases.add(LegalBasis.builder().level(InstrumentLevel.LOCAL_REGULATION).issuer("生成地方人大常委会")
          .title("生成地方性法规").effective(EffectivePeriod.between(LocalDate.of(2019, 1, 1), LocalDate.of(2030, 1, 1)))
          .jurisdiction(province).build());
    }
    return bases;
  }

  private static FieldSpec field(SplittableRandom r, String name, boolean required, boolean varied) {
    FieldType type = TYPES[r.nextInt(TYPES.length)];
    FieldSpec.Builder b =
        FieldSpec.builder().name(name).type(type).required(required).sensitivity(SENSITIVITIES[r.nextInt(SENSITIVITIES.length)]);
    List<FieldFormat> formats = new ArrayList<>();
    for (FieldFormat f : FieldFormat.values()) {
      if (f.appliesTo().contains(type)) {
        formats.add(f);
      }
    }
    if (!formats.isEmpty() && r.nextBoolean()) {
      b.format(formats.get(r.nextInt(formats.size())));
    } else if (type == FieldType.TEXT && r.nextBoolean()) {
      b.maxLength(5 + r.nextInt(60));
    }
    if (varied && r.nextBoolean()) {
      b.label("生成字段" + name);
    }
    if (varied && r.nextBoolean()) {
      b.labelEn("generated field " + name);
    }
    return b.build();
  }

  private static SharingAttribute sharing(SplittableRandom r) {
    switch (r.nextInt(3)) {
      case 0:
        return SharingAttribute.unconditional();
      case 1:
        return SharingAttribute.conditional(List.of("接收部门" + r.nextInt(5), "接收部门" + (5 + r.nextInt(5))));
      default:
        return SharingAttribute.none();
    }
  }

  /**
   * A valid catalog of {@code items} random items whose codes start with {@code prefix}, in one
   * category, issued by a normative document of its own jurisdiction.
   */
  public static Catalog catalog(
      SplittableRandom r, String id, Jurisdiction jurisdiction, EffectivePeriod effective, int items, String prefix) {
    List<CatalogItem> list = new ArrayList<>(items);
    for (int i = 0; i < items; i++) {
      list.add(item(r, prefix + i, 8));
    }
    return catalog(id, jurisdiction, effective, list);
  }

  /** A catalog of the given items (in category {@code G1}). */
  public static Catalog catalog(String id, Jurisdiction jurisdiction, EffectivePeriod effective, List<CatalogItem> items) {
    return Catalog.builder()
        .header(header(id, jurisdiction, effective).example(true).build())
        .addCategories(Category.builder().code("G1").nameZh("生成类别").nameEn("generated category").build())
        .addAllItems(items)
        .build();
  }

  /**
   * A valid catalog of 1 to {@code maxItems} items varying every optional attribute of the format:
   * an English title or none, a source, unconfirmed notes, procedural bases (national: 国办发〔2020〕49号;
   * a supplement: a plan of its own jurisdiction), a second category with unconfirmed notes, items
   * of {@link #variedItem}.
   */
  public static Catalog variedCatalog(
      SplittableRandom r, String id, Jurisdiction jurisdiction, EffectivePeriod effective, int maxItems, String prefix) {
    RuleSetHeader.Builder h = header(id, jurisdiction, effective).example(r.nextBoolean());
    if (r.nextBoolean()) {
      h.titleEn("generated catalog " + id);
    }
    if (r.nextBoolean()) {
      h.source("生成目录来源");
    }
    if (r.nextBoolean()) {
      h.addUnconfirmed("生成目录的未确认事项");
    }
    if (jurisdiction.equals(Jurisdiction.national())) {
      if (r.nextBoolean()) {
        h.addProceduralBases(Instruments.STATE_COUNCIL_OPINION_2020_49);
      }
    } else if (r.nextBoolean()) {
      h.addProceduralBases(plan(jurisdiction));
    }
    Catalog.Builder c = Catalog.builder().header(h.build())
        .addCategories(Category.builder().code("G1").nameZh("生成类别").nameEn("generated category").build());
    if (r.nextBoolean()) {
      c.addCategories(Category.builder().code("G2").nameZh("生成类别二").nameEn("second category").addUnconfirmed("生成").build());
    }
    int n = 1 + r.nextInt(maxItems);
    for (int i = 0; i < n; i++) {
      c.addItems(variedItem(r, prefix + i, 8, jurisdiction));
    }
    return c.build();
  }

  /** The plan of a local jurisdiction, as a supplement names it for the procedure of its verdicts. */
  public static LegalBasis plan(Jurisdiction j) {
    return LegalBasis.builder().level(InstrumentLevel.NORMATIVE_DOCUMENT).issuer("生成市人民政府办公室")
        .title("生成实施方案 " + j.code()).effective(EffectivePeriod.from(LocalDate.of(2022, 5, 12))).jurisdiction(j).build();
  }

  /** The header of a generated catalog: its title, edition and issuing instrument; not an example. */
  public static RuleSetHeader.Builder header(String id, Jurisdiction jurisdiction, EffectivePeriod effective) {
    return RuleSetHeader.builder()
        .id(id)
        .titleZh("生成目录 " + id)
        .edition("generated")
        .jurisdiction(jurisdiction)
        .effective(effective)
        .legalBasis(issuer(jurisdiction, effective.from()));
  }

  private static LegalBasis issuer(Jurisdiction j, LocalDate from) {
    var b =
        LegalBasis.builder()
            .level(InstrumentLevel.NORMATIVE_DOCUMENT)
            .issuer("生成机关")
            .title("生成目录")
            .effective(EffectivePeriod.from(from));
    if (!j.equals(Jurisdiction.national())) {
      b.jurisdiction(j);
    }
    return b.build();
  }

  /**
   * Publication regimes of the series {@link #SERIES}: one version from 2020-01-01 setting every
   * class (minor not published by default), and a second from 2024-01-01 with other periods.
   */
  public static PublicationRegimes regimes() {
    return PublicationRegimes.of(
        ImmutableList.of(
            regime("generated-1", EffectivePeriod.between(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 1, 1)), 6),
            regime("generated-2", EffectivePeriod.from(LocalDate.of(2024, 1, 1)), 3)));
  }

  private static PublicationRegime regime(String id, EffectivePeriod effective, int generalMinimumMonths) {
    return PublicationRegime.builder()
        .header(regimeHeader(id, SERIES, effective).build())
        .addPeriods(
            PublicationPeriod.builder().severityClass(SeverityClass.MINOR).publishedByDefault(false).maximum(Period.ofMonths(3)).build(),
            PublicationPeriod.builder().severityClass(SeverityClass.GENERAL).minimum(Period.ofMonths(generalMinimumMonths)).maximum(Period.ofYears(1)).build(),
            PublicationPeriod.builder().severityClass(SeverityClass.SERIOUS).minimum(Period.ofYears(1)).maximum(Period.ofYears(3)).build())
        .build();
  }

  private static RuleSetHeader.Builder regimeHeader(String id, String series, EffectivePeriod effective) {
    return RuleSetHeader.builder()
        .id(id)
        .series(series)
        .titleZh("生成规则 " + id)
        .edition(String.valueOf(effective.from().getYear()))
        .jurisdiction(Jurisdiction.national())
        .effective(effective)
        .legalBasis(Instruments.STATE_COUNCIL_OPINION_2020_49);
  }

  /**
   * Random valid regimes: 1 to 3 series of 1 to 4 consecutive versions each (with gaps now and
   * then), each version setting a random subset of the classes with random minimum and maximum
   * periods, some published only on decision, some with further legal bases, English titles,
   * sources and unconfirmed notes.
   */
  public static ImmutableList<PublicationRegime> variedRegimes(SplittableRandom r) {
    ImmutableList.Builder<PublicationRegime> out = ImmutableList.builder();
    int series = 1 + r.nextInt(3);
    int id = 0;
    for (int s = 0; s < series; s++) {
      String name = s == 0 ? "national" : "sector-" + s;
      LocalDate from = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(400));
      int versions = 1 + r.nextInt(4);
      for (int v = 0; v < versions; v++) {
        boolean last = v == versions - 1;
        LocalDate until = from.plusDays(30 + r.nextInt(900));
        EffectivePeriod p = last && r.nextBoolean() ? EffectivePeriod.from(from) : EffectivePeriod.between(from, until);
        out.add(variedRegime(r, "regime-" + (id++), name, p));
        from = r.nextInt(4) == 0 ? until.plusDays(1 + r.nextInt(60)) : until;
      }
    }
    return out.build();
  }

  /** One random valid regime of {@code series} in force over {@code effective}. */
  public static PublicationRegime variedRegime(SplittableRandom r, String id, String series, EffectivePeriod effective) {
    RuleSetHeader.Builder h = regimeHeader(id, series, effective);
    if (r.nextBoolean()) {
      h.titleEn("generated regime " + id);
    }
    if (r.nextBoolean()) {
      h.addProceduralBases(LegalBasis.builder().level(InstrumentLevel.DEPARTMENT_RULE).issuer("国家发展和改革委员会")
          .title("生成修复办法").documentNumber("生成令第" + (1 + r.nextInt(60)) + "号")
          .effective(EffectivePeriod.from(effective.from())).build());
    }
    if (r.nextBoolean()) {
      h.source("生成规则来源");
    }
    if (r.nextBoolean()) {
      h.addUnconfirmed("生成规则的未确认事项");
    }
    h.example(r.nextInt(4) == 0);
    PublicationRegime.Builder b = PublicationRegime.builder().header(h.build());
    for (SeverityClass c : SeverityClass.values()) {
      if (r.nextInt(4) == 0) {
        continue; // a class the regime does not set
      }
      Period maximum = r.nextBoolean() ? Period.ofMonths(1 + r.nextInt(36)) : Period.ofYears(1 + r.nextInt(5));
      PublicationPeriod.Builder p = PublicationPeriod.builder().severityClass(c).maximum(maximum)
          .publishedByDefault(c != SeverityClass.MINOR || r.nextBoolean());
      if (r.nextBoolean()) {
        p.minimum(Period.ofMonths(r.nextInt(1 + Math.min(12, maximum.getMonths() + 12 * maximum.getYears()))));
      }
      if (r.nextBoolean()) {
        p.source("生成期限来源").addUnconfirmed("生成期限的未确认事项");
      }
      b.addPeriods(p.build());
    }
    return b.build();
  }
}
