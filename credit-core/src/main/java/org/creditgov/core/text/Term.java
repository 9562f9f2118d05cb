package org.creditgov.core.text;

import static java.util.Objects.requireNonNull;

import org.creditgov.core.Bilingual;

/**
 * A titled value in a fact: a stable code for machines (an enum constant's name, a measure code, a
 * division code) and a name in Chinese and in English for people. Messages write the name; the
 * JSON form keeps all three.
 *
 * @param code the stable code
 * @param nameZh the name in Simplified Chinese
 * @param nameEn the name in English
 */
public record Term(String code, String nameZh, String nameEn) implements Bilingual {

  /** Checks for nulls. */
  public Term {
    requireNonNull(code, "code");
    requireNonNull(nameZh, "nameZh");
    requireNonNull(nameEn, "nameEn");
  }

  /** A term with the given code and names. */
  public static Term of(String code, String nameZh, String nameEn) {
    return new Term(code, nameZh, nameEn);
  }

  /** A term with the given code and the names of {@code names}. */
  public static Term of(String code, Bilingual names) {
    return new Term(code, names.nameZh(), names.nameEn());
  }

  /** The term of an enum constant with names: its name is the code. */
  public static <E extends Enum<E> & Bilingual> Term of(E constant) {
    return new Term(constant.name(), constant.nameZh(), constant.nameEn());
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
