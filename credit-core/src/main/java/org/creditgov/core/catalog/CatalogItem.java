package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.ruleset.Codes;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.immutables.value.Value;

/**
 * One item of a catalog of public credit information (CAT-2, CAT-3): a kind of information that
 * may be collected, with its stable code, names, category, the subject types it is about, its
 * fields, the department that supplies it, its legal bases, its sharing and disclosure attributes,
 * its publication rule and the deadline, in working days after the decision, by which a record
 * must be submitted (CAT-5).
 *
 * <p>Dishonesty information (失信信息) lists the {@link #severityClasses()} a record may have; its
 * publication period then follows the class. {@link #unconfirmed()} names the attributes that
 * could not be confirmed from a primary text, so that users replace them with their official
 * edition.
 */
@Value.Immutable
@CreditStyle
public abstract class CatalogItem {

  CatalogItem() {} // subclassed only by the generated ImmutableCatalogItem

  /**
   * A builder. Mandatory: code, nameZh, nameEn, categoryCode, sourceDepartment, sharing,
   * disclosure, updateDeadlineWorkingDays; at least one subject type and one legal basis.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this value's attributes, to build a copy with some of them changed: a
   * single-valued attribute set again replaces the copied value, an {@code add…} adds to the copied
   * elements.
   */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * The builder of {@link CatalogItem}: set the attributes, then {@code build()}, which checks the value
   * and throws {@link IllegalStateException} naming every mandatory attribute not set.
   */
  public static final class Builder extends ImmutableCatalogItem.Builder {
    Builder() {}
  }

  /** The stable code of the item, unique in its catalog and the layers above it. */
  public abstract String code();

  /** The name in Simplified Chinese. */
  public abstract String nameZh();

  /** The name in English. */
  public abstract String nameEn();

  /** The code of the item's {@link Category} in its catalog. */
  public abstract String categoryCode();

  /** The subject types the item's records may be about; never empty. */
  public abstract ImmutableSet<SubjectType> subjectTypes();

  /** The fields of the item's records, in order. */
  public abstract ImmutableList<FieldSpec> fields();

  /** The department (or kind of department) that supplies the information (信息提供单位). */
  public abstract String sourceDepartment();

  /** The legal bases of the item (CAT-2); never empty. */
  public abstract ImmutableList<LegalBasis> legalBases();

  /** The sharing attribute. */
  public abstract SharingAttribute sharing();

  /** The disclosure attribute. */
  public abstract DisclosureAttribute disclosure();

  /** How long records are published; present for a {@link DisclosureAttribute#PUBLIC} item. */
  public abstract Optional<PublicationRule> publication();

  /**
   * The severity classes a record of this dishonesty-information item may have; empty for an item
   * that is not dishonesty information (a record then has no class).
   */
  public abstract ImmutableSet<SeverityClass> severityClasses();

  /** The working days after the decision date by which a record must be submitted (CAT-5). */
  public abstract int updateDeadlineWorkingDays();

  /** Where the item's content comes from (a document, a URL, "this library's assumption" …). */
  public abstract Optional<String> source();

  /** The attributes not confirmed by a primary source, one note each; empty if all are. */
  public abstract ImmutableList<String> unconfirmed();

  /** The field specification of the given name. */
  public Optional<FieldSpec> field(String name) {
    return Optional.ofNullable(fieldsByName().get(name));
  }

  @Value.Lazy
  ImmutableMap<String, FieldSpec> fieldsByName() {
    ImmutableMap.Builder<String, FieldSpec> b = ImmutableMap.builder();
    fields().forEach(f -> b.put(f.name(), f));
    return b.buildKeepingLast();
  }

  /** The item as messages name it: its code and its Chinese and English names. */
  @Value.Lazy
  public Term term() {
    return Term.of(code(), nameZh(), nameEn());
  }

  /**
   * @throws CatalogFormatException listing every problem of the item taken alone (CAT-2, CAT-3,
   *     CAT-5, CAT-6): a malformed code, blank names or source department, no subject type, no
   *     legal basis, two fields of one name, an update deadline out of range, a public item without
   *     a publication rule, a rule by the regime for an item without severity classes
   */
  @Value.Check
  void check() {
    List<DataProblem> problems = new ArrayList<>();
    String source = "item " + code();
    if (!Codes.isValid(code())) {
      problems.add(DataProblem.of(DataProblemType.INVALID_CODE, source, "/code", Fact.code("value", code())));
    }
    if (nameZh().isBlank()) {
      problems.add(DataProblem.of(DataProblemType.BLANK, source, "/name/zh"));
    }
    if (nameEn().isBlank()) {
      problems.add(DataProblem.of(DataProblemType.BLANK, source, "/name/en"));
    }
    if (sourceDepartment().isBlank()) {
      problems.add(DataProblem.of(DataProblemType.BLANK, source, "/sourceDepartment"));
    }
    if (subjectTypes().isEmpty()) {
      problems.add(DataProblem.of(DataProblemType.WRONG_SIZE, source, "/subjectTypes",
          Fact.text("limit", Bilingual.of("至少1项", "at least 1 element"))));
    }
    if (legalBases().isEmpty()) {
      problems.add(DataProblem.of(DataProblemType.BASIS_BELOW_REQUIRED_LEVEL, source, "/legalBases",
          Fact.code("entry", code()), Fact.term("required", CatalogRules.NATIONAL_LEVEL)).serving(RequirementId.CAT_2));
    }
    List<String> names = fields().stream().map(FieldSpec::name).toList();
    problems.addAll(Codes.duplicates(CatalogProblemType.DUPLICATE_FIELD_NAME, source, names, i -> "/fields/" + i + "/name"));
    if (updateDeadlineWorkingDays() < 0 || updateDeadlineWorkingDays() > CatalogRules.MAX_DEADLINE_WORKING_DAYS) {
      problems.add(DataProblem.of(DataProblemType.OUT_OF_RANGE, source, "/updateDeadlineWorkingDays",
          Fact.text("limit", Bilingual.of("0至" + CatalogRules.MAX_DEADLINE_WORKING_DAYS + "个工作日",
              "0 to " + CatalogRules.MAX_DEADLINE_WORKING_DAYS + " working days"))).serving(RequirementId.CAT_5));
    }
    if (disclosure() == DisclosureAttribute.PUBLIC && publication().isEmpty()) {
      problems.add(CatalogProblemType.PUBLICATION_RULE_INVALID.at(source, "/publication",
          Fact.text("detail", Bilingual.of(
              "社会公开的信息项须写明公示期限规则（publication）", "a public item needs a publication rule"))));
    }
    if (publication().isPresent() && publication().get().kind() == PublicationRule.Kind.REGIME && severityClasses().isEmpty()) {
      problems.add(CatalogProblemType.PUBLICATION_RULE_INVALID.at(source, "/severityClasses",
          Fact.text("detail", Bilingual.of(
              "按公示期限规则确定公示期限的，须列出记录可能的失信程度（severityClasses）",
              "a rule by the publication regime needs the severity classes its records may have"))));
    }
    CatalogFormatException.throwIfAny(CatalogRules.serving(problems, RequirementId.CAT_3));
  }
}
