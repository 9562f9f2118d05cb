package org.creditgov.testkit;

import com.google.common.collect.ImmutableList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditgov.core.identity.ResidentIdNumber;

/**
 * Finds personal data in text that should hold none (log lines, exception messages, events): a
 * valid resident ID number, a mobile number, a bank-card number (Luhn-valid, 16 to 19 digits).
 * What it finds is reported masked, so a failing test does not print the value either.
 */
public final class PersonalDataInText {

  private static final Pattern ID = Pattern.compile("(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])");
  private static final Pattern MOBILE = Pattern.compile("(?<![0-9A-Za-z])1[3-9][0-9]{9}(?![0-9A-Za-z])");
  private static final Pattern CARD = Pattern.compile("(?<![0-9A-Za-z])[0-9]{16,19}(?![0-9A-Za-z])");

  private PersonalDataInText() {}

  /** What in {@code text} is personal data, each as a kind and a masked form; empty if nothing is. */
  public static ImmutableList<String> find(String text) {
    ImmutableList.Builder<String> found = ImmutableList.builder();
    Matcher id = ID.matcher(text);
    while (id.find()) {
      if (ResidentIdNumber.isValid(id.group())) {
        found.add("resident ID " + masked(id.group()));
      }
    }
    Matcher mobile = MOBILE.matcher(text);
    while (mobile.find()) {
      found.add("mobile " + masked(mobile.group()));
    }
    Matcher card = CARD.matcher(text);
    while (card.find()) {
      if (luhn(card.group()) && !ResidentIdNumber.isValid(card.group())) {
        found.add("bank card " + masked(card.group()));
      }
    }
    return found.build();
  }

  private static String masked(String s) {
    return s.substring(0, 3) + "*".repeat(s.length() - 5) + s.substring(s.length() - 2);
  }

  private static boolean luhn(String digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }
}
