package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import org.creditgov.core.identity.ForeignPermanentResidentId;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.text.Fact;
import org.creditgov.core.text.Term;
import org.jspecify.annotations.Nullable;

/**
 * An item prepared for the record check when a catalog is resolved: arrays instead of lists,
 * bit masks instead of sets, texts for messages computed once, so that checking a record is a
 * hash lookup and a loop over the fields with no allocation when all is well.
 */
final class CompiledItem {

  final CatalogItem value;
  final Catalog layer;
  final String code;
  final ImmutableList<LegalBasis> bases;
  final Fact item;
  final int subjectMask;
  final Fact subjectTypes;
  final int classMask;
  final Fact classes;
  final String[] names;
  final Fact[] fields;
  final FieldType[] types;
  final @Nullable FieldFormat[] formats;
  final int[] maxLength;
  final boolean[] required;
  final ImmutableSet<String> personalFields;
  final ImmutableSet<String> secretFields;
  final int deadline;
  final boolean isPublic;
  final PublicationRule.@Nullable Kind ruleKind;
  final @Nullable PublicationRule rule;
  /** The {@code rule} fact of a window under the item's own fixed period. */
  final Fact fixedRule;

  CompiledItem(CatalogItem item, Catalog layer) {
    this.value = item;
    this.layer = layer;
    this.code = item.code();
    this.bases = item.legalBases();
    int sm = 0;
    for (SubjectType t : item.subjectTypes()) {
      sm |= 1 << t.ordinal();
    }
    this.subjectMask = sm;
    this.item = Fact.term("item", item.term());
    this.subjectTypes = Fact.terms("allowed", item.subjectTypes().stream().map(Term::of).toList());
    int cm = 0;
    for (SeverityClass c : item.severityClasses()) {
      cm |= 1 << c.ordinal();
    }
    this.classMask = cm;
    this.classes = Fact.terms("allowed", item.severityClasses().stream().map(Term::of).toList());
    int n = item.fields().size();
    this.names = new String[n];
    this.fields = new Fact[n];
    this.types = new FieldType[n];
    this.formats = new FieldFormat[n];
    this.maxLength = new int[n];
    this.required = new boolean[n];
    ImmutableSet.Builder<String> personal = ImmutableSet.builder();
    ImmutableSet.Builder<String> secret = ImmutableSet.builder();
    for (int i = 0; i < n; i++) {
      FieldSpec f = item.fields().get(i);
      names[i] = f.name();
      fields[i] = Fact.term("field", f.term());
      types[i] = f.type();
      formats[i] = f.format().orElse(null);
      maxLength[i] = f.maxLength().orElse(0);
      required[i] = f.required();
      if (f.sensitivity().isPersonal()) {
        personal.add(f.name());
      }
      if (f.sensitivity().isSecret()) {
        secret.add(f.name());
      }
    }
    this.personalFields = personal.build();
    this.secretFields = secret.build();
    this.deadline = item.updateDeadlineWorkingDays();
    this.isPublic = item.disclosure() == DisclosureAttribute.PUBLIC;
    this.rule = item.publication().orElse(null);
    this.ruleKind = rule == null ? null : rule.kind();
    this.fixedRule = Fact.term("rule", Term.of(code, FIXED_RULE));
  }

  /** What a period of the catalog's own is called in messages. */
  private static final org.creditgov.core.Bilingual FIXED_RULE =
      org.creditgov.core.Bilingual.of("目录为该信息项规定的公示期限", "the period the catalog sets for the item");

  boolean allows(SubjectType type) {
    return (subjectMask & (1 << type.ordinal())) != 0;
  }

  boolean allows(SeverityClass c) {
    return (classMask & (1 << c.ordinal())) != 0;
  }

  boolean defines(String field) {
    return value.fieldsByName().containsKey(field);
  }

  /** Whether {@code value} (already of an accepted type) has the format. */
  static boolean hasFormat(FieldFormat format, Object value, ResidentIdNumber.Parser residentIds) {
    switch (format) {
      case USCC:
        return UnifiedSocialCreditCode.isValid((String) value);
      case RESIDENT_ID:
        return residentIds.isValid((String) value);
      case FOREIGN_PERMANENT_RESIDENT_ID:
        return ForeignPermanentResidentId.isValid((String) value);
      case PERSON_ID:
        return residentIds.isValid((String) value) || ForeignPermanentResidentId.isValid((String) value);
      case DIVISION_CODE:
        return isDivisionCode((String) value);
      case AMOUNT:
        return isAmount(value);
      default:
        throw new AssertionError(format);
    }
  }

  private static boolean isDivisionCode(String s) {
    if (s.length() != 6 || s.equals(Jurisdiction.NATIONAL_CODE)) {
      return false;
    }
    try {
      var unused = Jurisdiction.of(s);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean isAmount(Object value) {
    if (value instanceof BigDecimal) {
      BigDecimal d = (BigDecimal) value;
      return d.signum() >= 0 && (d.scale() <= 2 || d.stripTrailingZeros().scale() <= 2);
    }
    return ((Number) value).longValue() >= 0;
  }
}
