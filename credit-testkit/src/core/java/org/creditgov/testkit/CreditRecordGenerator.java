package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.catalog.CatalogFinding;
import org.creditgov.core.catalog.CatalogItem;
import org.creditgov.core.catalog.CreditRecord;
import org.creditgov.core.catalog.FieldFormat;
import org.creditgov.core.catalog.FieldSpec;
import org.creditgov.core.catalog.FieldType;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.WorkingDayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * Seeded generators of credit records for a catalog item: a record valid in every respect, and
 * the same record broken in exactly one {@link Violation}, each naming the one finding the record
 * check must make (CAT-1, CAT-3, CAT-5).
 */
public final class CreditRecordGenerator {

  private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

  /** One way to break a valid record, and the finding it must cause. */
  public enum Violation {
    /** An item code no catalog lists. */
    ITEM_NOT_IN_CATALOG(CatalogFinding.ITEM_NOT_IN_CATALOG),
    /** A subject of a type the item does not apply to. */
    SUBJECT_TYPE_NOT_ALLOWED(CatalogFinding.SUBJECT_TYPE_NOT_ALLOWED),
    /** A required field left out. */
    FIELD_MISSING(CatalogFinding.FIELD_MISSING),
    /** A value of the wrong Java type. */
    FIELD_WRONG_TYPE(CatalogFinding.FIELD_WRONG_TYPE),
    /** A value failing its format. */
    FIELD_FORMAT_INVALID(CatalogFinding.FIELD_FORMAT_INVALID),
    /** A text longer than allowed. */
    FIELD_TOO_LONG(CatalogFinding.FIELD_TOO_LONG),
    /** A field the item does not define. */
    FIELD_NOT_IN_CATALOG(CatalogFinding.FIELD_NOT_IN_CATALOG),
    /** No class for dishonesty information. */
    SEVERITY_CLASS_MISSING(CatalogFinding.SEVERITY_CLASS_MISSING),
    /** A class the item does not allow. */
    SEVERITY_CLASS_NOT_ALLOWED(CatalogFinding.SEVERITY_CLASS_NOT_ALLOWED),
    /** A class on an item that is not dishonesty information. */
    SEVERITY_CLASS_NOT_APPLICABLE(CatalogFinding.SEVERITY_CLASS_NOT_APPLICABLE),
    /** Submitted before the decision. */
    SUBMISSION_BEFORE_DECISION(CatalogFinding.SUBMISSION_BEFORE_DECISION),
    /** Submitted after the update deadline. */
    SUBMISSION_LATE(CatalogFinding.SUBMISSION_LATE);

    private final CatalogFinding finding;

    Violation(CatalogFinding finding) {
      this.finding = finding;
    }

    /** The finding a record broken this way must cause, and the only one. */
    public CatalogFinding finding() {
      return finding;
    }
  }

  private final WorkingDayCalendar calendar;
  private final Clock clock;

  /**
   * A generator counting deadlines on {@code calendar}; resident ID numbers it makes are valid by
   * {@code clock}.
   */
  public CreditRecordGenerator(WorkingDayCalendar calendar, Clock clock) {
    this.calendar = requireNonNull(calendar, "calendar");
    this.clock = requireNonNull(clock, "clock");
  }

  /**
   * A record of {@code item} valid in every respect: a subject of an allowed type, every required
   * field and some optional ones with values of the right type and format, an allowed class,
   * submitted on a day no later than the deadline.
   */
  public CreditRecord valid(SplittableRandom r, CatalogItem item, LocalDate decision) {
    List<SubjectType> types = new ArrayList<>(item.subjectTypes());
    Map<String, Object> fields = new HashMap<>();
    for (FieldSpec f : item.fields()) {
      if (f.required() || r.nextBoolean()) {
        fields.put(f.name(), value(r, f));
      }
    }
    CreditRecord.Builder b =
        CreditRecord.builder()
            .itemCode(item.code())
            .subject(subject(r, types.get(r.nextInt(types.size()))))
            .putAllFields(fields)
            .decisionDate(decision)
            .documentNumber("生成〔" + decision.getYear() + "〕" + r.nextInt(1000) + "号")
            .issuingDepartment(item.sourceDepartment())
            .submissionDate(calendar.plusWorkingDays(decision, r.nextInt(item.updateDeadlineWorkingDays() + 1)));
    if (!item.severityClasses().isEmpty()) {
      List<SeverityClass> classes = new ArrayList<>(item.severityClasses());
      b.severityClass(classes.get(r.nextInt(classes.size())));
    }
    return b.build();
  }

  /**
   * {@code valid} broken in exactly the one way {@code violation} names, or empty when the item
   * gives no room for it (no required field, every subject type allowed …).
   */
  public Optional<CreditRecord> violate(SplittableRandom r, CatalogItem item, CreditRecord valid, Violation violation) {
    Map<String, Object> fields = new HashMap<>(valid.fields());
    String code = valid.itemCode();
    Subject subject = valid.subject();
    Optional<SeverityClass> severity = valid.severityClass();
    LocalDate submission = valid.submissionDate();
    switch (violation) {
      case ITEM_NOT_IN_CATALOG:
        code = code + "-UNLISTED";
        break;
      case SUBJECT_TYPE_NOT_ALLOWED: {
        List<SubjectType> other = new ArrayList<>();
        for (SubjectType t : SubjectType.values()) {
          if (!item.subjectTypes().contains(t)) {
            other.add(t);
          }
        }
        if (other.isEmpty()) {
          return Optional.empty();
        }
        subject = subject(r, other.get(r.nextInt(other.size())));
        break;
      }
      case FIELD_MISSING: {
        List<FieldSpec> required = item.fields().stream().filter(FieldSpec::required).toList();
        if (required.isEmpty()) {
          return Optional.empty();
        }
        FieldSpec f = required.get(r.nextInt(required.size()));
        if (f.type() == FieldType.TEXT && r.nextBoolean()) {
          fields.put(f.name(), " ".repeat(r.nextInt(3)));
        } else {
          fields.remove(f.name());
        }
        break;
      }
      case FIELD_WRONG_TYPE: {
        FieldSpec f = present(r, item, fields, s -> true);
        if (f == null) {
          return Optional.empty();
        }
        fields.put(f.name(), wrongType(r, f.type()));
        break;
      }
      case FIELD_FORMAT_INVALID: {
        FieldSpec f = present(r, item, fields, s -> s.format().isPresent());
        if (f == null) {
          return Optional.empty();
        }
        fields.put(f.name(), invalidFormat(r, f.format().get(), f.type()));
        break;
      }
      case FIELD_TOO_LONG: {
        FieldSpec f = present(r, item, fields, s -> s.maxLength().isPresent());
        if (f == null) {
          return Optional.empty();
        }
        fields.put(f.name(), "长".repeat(f.maxLength().getAsInt() + 1 + r.nextInt(5)));
        break;
      }
      case FIELD_NOT_IN_CATALOG:
        fields.put("extra" + r.nextInt(1000), "目录外");
        break;
      case SEVERITY_CLASS_MISSING:
        if (item.severityClasses().isEmpty()) {
          return Optional.empty();
        }
        severity = Optional.empty();
        break;
      case SEVERITY_CLASS_NOT_ALLOWED: {
        List<SeverityClass> other = new ArrayList<>();
        for (SeverityClass c : SeverityClass.values()) {
          if (!item.severityClasses().contains(c)) {
            other.add(c);
          }
        }
        if (item.severityClasses().isEmpty() || other.isEmpty()) {
          return Optional.empty();
        }
        severity = Optional.of(other.get(r.nextInt(other.size())));
        break;
      }
      case SEVERITY_CLASS_NOT_APPLICABLE:
        if (!item.severityClasses().isEmpty()) {
          return Optional.empty();
        }
        severity = Optional.of(SeverityClass.values()[r.nextInt(3)]);
        break;
      case SUBMISSION_BEFORE_DECISION:
        submission = valid.decisionDate().minusDays(1 + r.nextInt(30));
        break;
      case SUBMISSION_LATE:
        submission = calendar.plusWorkingDays(valid.decisionDate(), item.updateDeadlineWorkingDays()).plusDays(1 + r.nextInt(20));
        break;
      default:
        throw new AssertionError(violation);
    }
    CreditRecord.Builder b =
        CreditRecord.builder()
            .itemCode(code)
            .subject(subject)
            .putAllFields(fields)
            .decisionDate(valid.decisionDate())
            .documentNumber(valid.documentNumber())
            .issuingDepartment(valid.issuingDepartment())
            .severityClass(severity)
            .submissionDate(submission);
    return Optional.of(b.build());
  }

  private static @Nullable FieldSpec present(
      SplittableRandom r, CatalogItem item, Map<String, Object> fields, java.util.function.Predicate<FieldSpec> which) {
    List<FieldSpec> candidates = item.fields().stream().filter(f -> fields.containsKey(f.name())).filter(which).toList();
    return candidates.isEmpty() ? null : candidates.get(r.nextInt(candidates.size()));
  }

  /** A subject of the given type with a valid code or ID number. */
  public Subject subject(SplittableRandom r, SubjectType type) {
    if (type.isOrganisation()) {
      return Organisation.of(type, UnifiedSocialCreditCode.parse(uscc(r)), "生成主体" + r.nextInt(100_000));
    }
    return NaturalPerson.of("生成人" + r.nextInt(100_000), ResidentIdNumber.parser(clock).parse(residentId(r)));
  }

  /** A valid unified social credit code of an enterprise registered in Ningxia. */
  public static String uscc(SplittableRandom r) {
    StringBuilder s = new StringBuilder("91640381");
    for (int i = 0; i < 9; i++) {
      s.append(USCC_ALPHABET.charAt(r.nextInt(USCC_ALPHABET.length())));
    }
    return s.append(UnifiedSocialCreditCode.checkCharacter(s)).toString();
  }

  /** A valid resident ID number of a person born 1950–2000 in Qingtongxia. */
  public static String residentId(SplittableRandom r) {
    LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(r.nextInt(50 * 365));
    String body = String.format("640381%04d%02d%02d%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), r.nextInt(1000));
    return body + ResidentIdNumber.checkCharacter(body);
  }

  private Object value(SplittableRandom r, FieldSpec f) {
    if (f.format().isPresent()) {
      switch (f.format().get()) {
        case USCC:
          return uscc(r);
        case RESIDENT_ID:
        case PERSON_ID:
          return residentId(r);
        case FOREIGN_PERMANENT_RESIDENT_ID: {
          StringBuilder s = new StringBuilder("9");
          for (int i = 0; i < 16; i++) {
            s.append((char) ('0' + r.nextInt(10)));
          }
          return s.append(ResidentIdNumber.checkCharacter(s)).toString();
        }
        case DIVISION_CODE:
          return r.nextBoolean() ? "640381" : "110101";
        case AMOUNT:
          return f.type() == FieldType.INTEGER ? (Object) (long) r.nextInt(1_000_000) : BigDecimal.valueOf(r.nextInt(10_000_000), 2);
        default:
          throw new AssertionError(f.format().get());
      }
    }
    switch (f.type()) {
      case TEXT:
        return "文本" + "值".repeat(r.nextInt(f.maxLength().orElse(10) - 2 > 0 ? f.maxLength().orElse(10) - 2 : 1));
      case INTEGER:
        return r.nextBoolean() ? (Object) r.nextInt() : (Object) r.nextLong();
      case DECIMAL:
        return BigDecimal.valueOf(r.nextLong(), r.nextInt(5));
      case DATE:
        return LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000));
      case BOOLEAN:
        return r.nextBoolean();
      default:
        throw new AssertionError(f.type());
    }
  }

  private static Object wrongType(SplittableRandom r, FieldType type) {
    switch (type) {
      case TEXT:
        return r.nextBoolean() ? (Object) 42 : LocalDate.of(2025, 1, 1);
      case INTEGER:
        return r.nextBoolean() ? "42" : new BigDecimal("4.2");
      case DECIMAL:
        return r.nextBoolean() ? "4.20" : (Object) 4.2d;
      case DATE:
        return "2025-01-01";
      case BOOLEAN:
        return "true";
      default:
        throw new AssertionError(type);
    }
  }

  private static Object invalidFormat(SplittableRandom r, FieldFormat format, FieldType type) {
    switch (format) {
      case USCC: {
        String valid = uscc(r);
        char check = valid.charAt(17);
        char other = USCC_ALPHABET.charAt((USCC_ALPHABET.indexOf(check) + 1 + r.nextInt(30)) % 31);
        return valid.substring(0, 17) + other;
      }
      case RESIDENT_ID:
      case PERSON_ID:
      case FOREIGN_PERMANENT_RESIDENT_ID: {
        String valid = residentId(r);
        return valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
      }
      case DIVISION_CODE:
        return r.nextBoolean() ? "990000" : "64038";
      case AMOUNT:
        if (type == FieldType.INTEGER) {
          return (long) -(1 + r.nextInt(1000));
        }
        return r.nextBoolean() ? new BigDecimal("-0.01") : new BigDecimal("1.005");
      default:
        throw new AssertionError(format);
    }
  }
}
