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
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;

/**
 * Seeded generators of valid catalogs, items and publication regimes (CAT-2, CAT-3, CAT-4), for
 * property tests and benchmarks. Every value it returns passes the catalog's own checks; items cite
 * 国办发〔2020〕49号, so they are valid in any layer.
 */
public final class CatalogGenerator {

  /** The regime series of {@link #regimes()}. */
  public static final String SERIES = "generated";

  private static final FieldType[] TYPES = FieldType.values();
  private static final Sensitivity[] SENSITIVITIES = Sensitivity.values();

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
      specs.add(field(r, "f" + i, allRequired || r.nextInt(3) > 0));
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
            .addLegalBases(Instruments.STATE_COUNCIL_OPINION_2020_49)
            .sharing(sharing(r))
            .disclosure(disclosure)
            .updateDeadlineWorkingDays(r.nextInt(31));
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
        b.publication(PublicationRule.fixed(r.nextBoolean() ? Optional.of(Period.ofMonths(3)) : Optional.empty(), Period.ofYears(1 + r.nextInt(3))));
      } else {
        b.publication(PublicationRule.open());
      }
    }
    return b.build();
  }

  private static FieldSpec field(SplittableRandom r, String name, boolean required) {
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
        .id(id)
        .titleZh("生成目录 " + id)
        .edition("generated")
        .jurisdiction(jurisdiction)
        .effective(effective)
        .legalBasis(issuer(jurisdiction, effective.from()))
        .addCategories(Category.builder().code("G1").nameZh("生成类别").nameEn("generated category").build())
        .addAllItems(items)
        .example(true)
        .build();
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
        .id(id)
        .series(SERIES)
        .titleZh("生成规则 " + id)
        .addLegalBases(Instruments.STATE_COUNCIL_OPINION_2020_49)
        .effective(effective)
        .addPeriods(
            PublicationPeriod.builder().severityClass(SeverityClass.MINOR).publishedByDefault(false).maximum(Period.ofMonths(3)).build(),
            PublicationPeriod.builder().severityClass(SeverityClass.GENERAL).minimum(Period.ofMonths(generalMinimumMonths)).maximum(Period.ofYears(1)).build(),
            PublicationPeriod.builder().severityClass(SeverityClass.SERIOUS).minimum(Period.ofYears(1)).maximum(Period.ofYears(3)).build())
        .build();
  }
}
