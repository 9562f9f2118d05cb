package org.creditgov.testkit;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.creditgov.core.identity.ForeignPermanentResidentId;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.subject.IdentityDocument;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectType;

/**
 * Seeded generators of credit subjects of every kind (DES-7, PRI-1): natural persons keyed by each
 * kind of {@link IdentityDocument} (resident IDs, of 18 and of 15 digits upgraded; foreign permanent
 * resident IDs of both editions; passports, travel permits, other documents) and organisations of
 * each {@link SubjectType} keyed by a valid unified social credit code; and variants of a subject
 * under the same reference, to replace it. Names are drawn from several scripts and shapes a store
 * must keep exactly: Chinese names with characters outside the Basic Multilingual Plane (𠮷),
 * multi-part names with the middle dot, Latin names with apostrophes, quotes and the characters
 * SQL's {@code LIKE} treats specially. Birth dates are mostly 1900 to {@link #TODAY}, now and then
 * any date of years 1 to 9999. Pure functions of the random source, so a case is reproduced from
 * its seed ({@link Seeds}).
 */
public final class SubjectGenerators {

  /** The day the generated resident IDs are judged against (none is born after it). */
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  private static final ResidentIdNumber.Parser IDS = ResidentIdNumber.parser(TestClock.at(TODAY));
  private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
  private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰";
  private static final ImmutableList<String> LATIN = ImmutableList.of("O'Brien", "Mary-Jane", "Zoë", "José", "D'Arcy",
      "Smith \"Jr\"", "100%_Real", "Back\\slash", "Ng", "Ångström");
  private static final ImmutableList<String> ORGANISATIONS = ImmutableList.of("有限公司", "股份有限公司", "合伙企业",
      "商贸行", "建材厂", "农民专业合作社", " (个体) ", "'s Trading");
  private static final String ALNUM = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
  private static final ImmutableList<SubjectType> ORGANISATION_TYPES =
      Arrays.stream(SubjectType.values()).filter(SubjectType::isOrganisation).collect(ImmutableList.toImmutableList());

  private SubjectGenerators() {}

  /** A subject of a random kind: a person with a document of any kind, or an organisation of any type. */
  public static Subject subject(SplittableRandom random) {
    IdentityDocument.Kind[] documents = IdentityDocument.Kind.values();
    int pick = random.nextInt(documents.length + ORGANISATION_TYPES.size());
    return pick < documents.length ? person(random, documents[pick])
        : organisation(random, ORGANISATION_TYPES.get(pick - documents.length));
  }

  /**
   * One subject of each kind: a person per {@link IdentityDocument.Kind}, then an organisation per
   * organisation {@link SubjectType}, so that a kind added to either enum is generated too.
   */
  public static ImmutableList<Subject> everyKind(SplittableRandom random) {
    ImmutableList.Builder<Subject> all = ImmutableList.builder();
    for (IdentityDocument.Kind kind : IdentityDocument.Kind.values()) {
      all.add(person(random, kind));
    }
    for (SubjectType type : ORGANISATION_TYPES) {
      all.add(organisation(random, type));
    }
    return all.build();
  }

  /**
   * A person identified by a document of {@code kind}: a valid resident ID (now and then a 15-digit
   * one, upgraded) or foreign permanent resident ID, a number of the document's shape for a passport
   * or travel permit, free text for any other kind.
   */
  public static NaturalPerson person(SplittableRandom random, IdentityDocument.Kind kind) {
    requireNonNull(kind, "kind");
    switch (kind) {
      case RESIDENT_ID:
        String text = random.nextInt(5) == 0 ? IdentifierGenerators.validLegacyResidentId15(random)
            : IdentifierGenerators.validResidentId(random, TODAY);
        return NaturalPerson.of(name(random), IDS.parse(text));
      case FOREIGN_PERMANENT_RESIDENT_ID:
        return person(random, IdentityDocument.of(
            ForeignPermanentResidentId.parse(IdentifierGenerators.validForeignPermanentResidentId(random))));
      case PASSPORT:
        return person(random, IdentityDocument.other(kind, "E" + digits(random, 8)));
      case MAINLAND_TRAVEL_PERMIT_HK_MACAO:
        return person(random, IdentityDocument.other(kind, (random.nextBoolean() ? "H" : "M") + digits(random, 8)));
      case MAINLAND_TRAVEL_PERMIT_TAIWAN:
        return person(random, IdentityDocument.other(kind, digits(random, 8)));
      default:
        StringBuilder number = new StringBuilder();
        int n = 1 + random.nextInt(30);
        for (int i = 0; i < n; i++) {
          number.append(i > 0 && random.nextInt(6) == 0 ? '-' : ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return person(random, IdentityDocument.other(kind, number.toString()));
    }
  }

  /** An organisation of {@code type} (an organisation type) with a valid credit code. */
  public static Organisation organisation(SplittableRandom random, SubjectType type) {
    return Organisation.of(type, UnifiedSocialCreditCode.parse(IdentifierGenerators.validUscc(random)), organisationName(random));
  }

  /**
   * Another subject of the same reference as {@code subject}, different details: an organisation
   * renamed; a person renamed, with another birth date unless the document encodes it, and, when
   * the number is not one the library validates, now and then another kind of document with the
   * same number.
   */
  public static Subject variant(SplittableRandom random, Subject subject) {
    if (subject instanceof Organisation o) {
      return o.toBuilder().name(organisationName(random)).build();
    }
    NaturalPerson p = (NaturalPerson) subject;
    NaturalPerson.Builder b = p.toBuilder().name(name(random));
    IdentityDocument.Kind kind = p.document().kind();
    if (p.document().encodedBirthDate().isEmpty()) {
      b.birthDate(birthDate(random));
    }
    if (kind != IdentityDocument.Kind.RESIDENT_ID && kind != IdentityDocument.Kind.FOREIGN_PERMANENT_RESIDENT_ID
        && random.nextBoolean()) {
      IdentityDocument.Kind[] others = {IdentityDocument.Kind.PASSPORT, IdentityDocument.Kind.MAINLAND_TRAVEL_PERMIT_HK_MACAO,
          IdentityDocument.Kind.MAINLAND_TRAVEL_PERMIT_TAIWAN, IdentityDocument.Kind.OTHER};
      b.document(IdentityDocument.other(others[random.nextInt(others.length)], p.document().number()));
    }
    return b.build();
  }

  /** A person's name: Chinese (now and then with 𠮷 or the middle dot of a multi-part name) or Latin. */
  public static String name(SplittableRandom random) {
    switch (random.nextInt(6)) {
      case 0:
        return LATIN.get(random.nextInt(LATIN.size())) + " " + LATIN.get(random.nextInt(LATIN.size()));
      case 1:
        return "阿卜杜" + "·" + GIVEN.charAt(random.nextInt(GIVEN.length())) + "热合曼";
      case 2:
        return "𠮷" + GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? "𠀀" : "");
      default:
        StringBuilder s = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
          s.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return s.toString();
    }
  }

  /** A birth date: mostly from 1900 to {@link #TODAY}; one in eight any date of years 1 to 9999. */
  public static LocalDate birthDate(SplittableRandom random) {
    LocalDate from = random.nextInt(8) == 0 ? LocalDate.of(1, 1, 1) : IdentifierGenerators.EARLIEST_BIRTH_DATE;
    LocalDate to = from.getYear() == 1 ? LocalDate.of(9999, 12, 31) : TODAY;
    return LocalDate.ofEpochDay(random.nextLong(from.toEpochDay(), to.toEpochDay() + 1));
  }

  private static NaturalPerson person(SplittableRandom random, IdentityDocument document) {
    return NaturalPerson.builder().name(name(random)).document(document).birthDate(birthDate(random)).build();
  }

  private static String organisationName(SplittableRandom random) {
    return "测试" + GIVEN.charAt(random.nextInt(GIVEN.length())) + random.nextInt(1000)
        + ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()));
  }

  private static String digits(SplittableRandom random, int n) {
    StringBuilder s = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      s.append((char) ('0' + random.nextInt(10)));
    }
    return s.toString();
  }
}
