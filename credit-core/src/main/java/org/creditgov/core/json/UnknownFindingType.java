package org.creditgov.core.json;

import static java.util.Objects.requireNonNull;

import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.core.verdict.Severity;

/**
 * The type of a finding read from JSON whose code this library does not know (written by a newer
 * version, or by a module not on the path): it keeps the code, requirement, severity and the
 * texts the document carried, so that the finding still weighs on its verdict, prints, and is
 * written back as it was read.
 *
 * @param code the code, {@code namespace.NAME}
 * @param requirement the requirement the finding serves
 * @param severity how it weighs on a verdict
 * @param texts the texts as the document wrote them, in Chinese and English
 */
public record UnknownFindingType(String code, RequirementId requirement, Severity severity, Bilingual texts)
    implements FindingType {

  /**
   * Checks the code's form and for nulls.
   *
   * @throws IllegalArgumentException if the code is not {@code namespace.NAME}
   */
  public UnknownFindingType {
    requireNonNull(code, "code");
    requireNonNull(requirement, "requirement");
    requireNonNull(severity, "severity");
    requireNonNull(texts, "texts");
    int dot = code.indexOf('.');
    if (dot <= 0 || dot == code.length() - 1) {
      throw new IllegalArgumentException("a finding code is namespace.NAME: " + code);
    }
    texts = Bilingual.of(texts.nameZh(), texts.nameEn()); // a plain pair, equal by value
  }

  /** The part of the code after the first dot. */
  @Override
  public String name() {
    return code.substring(code.indexOf('.') + 1);
  }

  /** The part of the code before the first dot. */
  @Override
  public String namespace() {
    return code.substring(0, code.indexOf('.'));
  }

  /** The code itself. */
  @Override
  public String code() {
    return code;
  }

  /** A bundle holding the texts as written, braces escaped so that nothing in them reads as a fact. */
  @Override
  public ResourceBundle messages(Locale locale) {
    String text = locale.getLanguage().equals("zh") ? texts.nameZh() : texts.nameEn();
    String template = text.replace("{", "{{").replace("}", "}}");
    return new ListResourceBundle() {
      @Override
      protected Object[][] getContents() {
        return new Object[][] {{code, template}};
      }
    };
  }
}
