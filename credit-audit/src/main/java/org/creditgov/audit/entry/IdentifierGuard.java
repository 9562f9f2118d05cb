package org.creditgov.audit.entry;

import java.time.Clock;
import java.time.Instant;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.time.ChinaTime;

/**
 * Defence in depth for PRI-1 and SEC-2: a text field of an audit entry that is, or contains as a
 * run of letters and digits, a valid resident ID number or unified social credit code is refused,
 * so that an identifier passed by mistake instead of a pseudonym token never reaches the log. The
 * resident ID's birth date is judged by the entry's own time, not the wall clock.
 */
final class IdentifierGuard {

  private final ResidentIdNumber.Parser ids;

  IdentifierGuard(Instant recordedAt) {
    this.ids = ResidentIdNumber.parser(Clock.fixed(recordedAt, ChinaTime.ZONE));
  }

  /** Checks a field as a whole and each of its runs of 15 or 18 letters and digits (half- or full-width). */
  void check(String field, String value, boolean runs) {
    if (!isUnicode(value)) {
      throw new AuditEntryException(AuditEntryException.Reason.NOT_UNICODE, field, "holds an unpaired surrogate");
    }
    test(field, value);
    if (!runs) {
      return;
    }
    int start = -1;
    for (int i = 0; i <= value.length(); i++) {
      boolean alnum = i < value.length() && isAlnum(value.charAt(i));
      if (alnum && start < 0) {
        start = i;
      } else if (!alnum && start >= 0) {
        int len = i - start;
        if (len == 15 || len == 18) {
          test(field, value.substring(start, i));
        }
        start = -1;
      }
    }
  }

  private void test(String field, String text) {
    if (ids.isValid(text)) {
      throw new AuditEntryException(AuditEntryException.Reason.RESIDENT_ID_NUMBER, field,
          "holds a resident ID number; log the subject's pseudonym token instead");
    }
    if (UnifiedSocialCreditCode.isValid(text)) {
      throw new AuditEntryException(AuditEntryException.Reason.CREDIT_CODE, field,
          "holds a unified social credit code; log the subject's pseudonym token instead");
    }
  }

  private static boolean isAlnum(char c) {
    return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
        || c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A';
  }

  private static boolean isUnicode(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
