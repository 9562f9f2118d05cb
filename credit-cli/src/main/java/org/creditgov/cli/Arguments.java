package org.creditgov.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.creditgov.privacy.mask.MaskingProfile;

/** The values several commands read from their arguments, refused as a {@link UsageProblem} in the user's words. */
public final class Arguments {

  private Arguments() {}

  /**
   * A date written {@code YYYY-MM-DD}.
   *
   * @throws UsageProblem if it is not one
   */
  public static LocalDate date(String text, Texts texts) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageProblem(texts.get("calendar.badDate", text));
    }
  }

  /**
   * A masking profile by name, in any case: {@code PUBLIC}, {@code SHARING} or {@code SUBJECT}.
   *
   * @throws UsageProblem if there is no such profile
   */
  public static MaskingProfile profile(String name, Texts texts) {
    switch (name.toUpperCase(Locale.ROOT)) {
      case "PUBLIC":
        return MaskingProfile.PUBLIC;
      case "SHARING":
        return MaskingProfile.SHARING;
      case "SUBJECT":
        return MaskingProfile.SUBJECT;
      default:
        throw new UsageProblem(texts.get("mask.unknownProfile", name));
    }
  }
}
