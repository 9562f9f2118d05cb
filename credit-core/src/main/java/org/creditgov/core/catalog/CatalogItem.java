package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.catalog.CatalogProblem.Reason;
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

  /** @throws CatalogFormatException listing every problem of the item taken alone */
  @Value.Check
  void check() {
    List<CatalogProblem> problems = new ArrayList<>();
    String source = "item " + code();
    if (!CatalogRules.isValidCode(code())) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, source, "/code", CatalogRules.CODE_RULE + ": '" + code() + "'"));
    }
    if (nameZh().isBlank() || nameEn().isBlank()) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, source, "/name", "an item needs a Chinese and an English name"));
    }
    if (sourceDepartment().isBlank()) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, source, "/sourceDepartment", "the source department must not be blank"));
    }
    if (subjectTypes().isEmpty()) {
      problems.add(CatalogProblem.of(Reason.INVALID_VALUE, source, "/subjectTypes", "an item applies to at least one subject type"));
    }
    if (legalBases().isEmpty()) {
      problems.add(
          CatalogProblem.of(Reason.BASIS_BELOW_REQUIRED_LEVEL, source, "/legalBases", "an item cites at least one legal basis (CAT-2)"));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < fields().size(); i++) {
      if (!names.add(fields().get(i).name())) {
        problems.add(
            CatalogProblem.of(
                Reason.DUPLICATE_FIELD_NAME, source, "/fields/" + i + "/name",
                "field '" + fields().get(i).name() + "' is defined twice"));
      }
    }
    if (updateDeadlineWorkingDays() < 0 || updateDeadlineWorkingDays() > CatalogRules.MAX_DEADLINE_WORKING_DAYS) {
      problems.add(
          CatalogProblem.of(
              Reason.INVALID_VALUE, source, "/updateDeadlineWorkingDays",
              "the update deadline is 0 to " + CatalogRules.MAX_DEADLINE_WORKING_DAYS + " working days, not "
                  + updateDeadlineWorkingDays()));
    }
    if (disclosure() == DisclosureAttribute.PUBLIC && publication().isEmpty()) {
      problems.add(
          CatalogProblem.of(
              Reason.PUBLICATION_RULE_INVALID, source, "/publication", "a PUBLIC item needs a publication rule (CAT-6)"));
    }
    if (publication().isPresent()
        && publication().get().kind() == PublicationRule.Kind.REGIME
        && severityClasses().isEmpty()) {
      problems.add(
          CatalogProblem.of(
              Reason.PUBLICATION_RULE_INVALID, source, "/severityClasses",
              "a REGIME publication rule needs the severity classes its records may have"));
    }
    CatalogRules.throwIfAny(problems);
  }
}
