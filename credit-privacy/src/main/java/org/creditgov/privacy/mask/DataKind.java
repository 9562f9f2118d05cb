package org.creditgov.privacy.mask;

import static java.util.Objects.requireNonNull;

import org.creditgov.core.Bilingual;

/**
 * What a value of personal (or organisation) information is, so that it can be masked, redacted
 * from free text or pseudonymised the way its kind requires (PRI-3, CAT-6).
 *
 * <p>Each kind fixes how a value is normalised before any position is counted ({@link
 * #normalise(String)}): outer whitespace trimmed, full-width ASCII forms (such as {@code １３８})
 * folded to half-width, and for the identifier kinds ({@link #RESIDENT_ID}, {@link #USCC}, {@link
 * #MOBILE}, {@link #LANDLINE}, {@link #BANK_CARD}, {@link #LICENCE_PLATE}) inner spaces, dashes,
 * brackets and middle dots removed, since they carry no information.
 */
public enum DataKind implements Bilingual {
  /** A natural person's name (姓名), including multi-part names joined by {@code ·}. */
  PERSONAL_NAME(false, false, "姓名", "personal name"),
  /** A citizen identity number (公民身份号码), 18 characters or the 15-digit legacy form. */
  RESIDENT_ID(true, true, "公民身份号码", "resident ID number"),
  /** An organisation's unified social credit code (统一社会信用代码), public information. */
  USCC(true, true, "统一社会信用代码", "unified social credit code"),
  /** A mainland mobile number (手机号码). */
  MOBILE(true, false, "手机号码", "mobile number"),
  /** A landline number with its area code (固定电话). */
  LANDLINE(true, false, "固定电话", "landline number"),
  /** A bank card or account number (银行卡号、账号). */
  BANK_CARD(true, false, "银行卡号", "bank card number"),
  /** An e-mail address. */
  EMAIL(false, false, "电子邮箱", "e-mail address"),
  /** A postal or home address (住址). */
  ADDRESS(false, false, "住址", "address"),
  /** A vehicle licence plate (机动车号牌). */
  LICENCE_PLATE(true, true, "机动车号牌", "licence plate"),
  /** A birth date, in any of the usual written forms ({@code 1990-03-07}, {@code 1990年3月7日}). */
  BIRTH_DATE(false, false, "出生日期", "birth date");

  private final boolean compact;
  private final boolean upperCase;
  private final String nameZh;
  private final String nameEn;

  DataKind(boolean compact, boolean upperCase, String nameZh, String nameEn) {
    this.compact = compact;
    this.upperCase = upperCase;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
  }

  /** The kind's name in Simplified Chinese, for messages. */
  @Override
  public String nameZh() {
    return nameZh;
  }

  /** The kind's name in English, for messages. */
  @Override
  public String nameEn() {
    return nameEn;
  }

  /** Whether inner separators (spaces, dashes, brackets, middle dots) are dropped when normalising. */
  boolean compact() {
    return compact;
  }

  /** Whether ASCII letters are upper-cased when normalising. */
  boolean upperCase() {
    return upperCase;
  }

  /**
   * The normalised text of a value of this kind, on which masking counts its positions (PRI-3):
   * outer whitespace (including U+3000 and no-break spaces) trimmed, full-width ASCII folded to
   * half-width, and for identifier kinds inner separators removed and letters upper-cased. Nothing
   * else is changed or guessed: a lone surrogate or a stray letter stays.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public String normalise(String value) {
    requireNonNull(value, "value");
    char[] buffer = new char[value.length()];
    int length = KindText.clean(this, value, buffer);
    return new String(buffer, 0, length);
  }
}
