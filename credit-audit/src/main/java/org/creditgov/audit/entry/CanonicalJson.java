package org.creditgov.audit.entry;

import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON of audit entries: objects with keys sorted by UTF-16 code units, no
 * insignificant whitespace, strings with only the escapes RFC 8785 (JCS) writes ({@code \" \\ \b
 * \f \n \r \t}, a six-character escape of u00 and two lower-case hex digits for other control characters), encoded in UTF-8.
 * Hand-written for this module's own fields; the checker reads an opaque payload just enough to
 * tell it is canonical and to hand its strings to the identifier check.
 */
final class CanonicalJson {

  private CanonicalJson() {}

  /** Writes {@code s} as a JSON string. */
  static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\b':
          out.append("\\b");
          break;
        case '\f':
          out.append("\\f");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20) {
            out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
          } else {
            out.append(c);
          }
      }
    }
    out.append('"');
  }

  /** Writes an object whose values are already JSON, in key order (the map must be sorted by key). */
  static void object(StringBuilder out, Map<String, String> sortedMembers) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, String> e : sortedMembers.entrySet()) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(out, e.getKey());
      out.append(':').append(e.getValue());
    }
    out.append('}');
  }

  static String quoted(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2);
    string(sb, s);
    return sb.toString();
  }

  /** Thrown by {@link #check} with the offset of the first character that is not canonical. */
  static final class NotCanonical extends Exception {
    private static final long serialVersionUID = 1L;
    final int offset;

    NotCanonical(int offset) {
      super(null, null, false, false);
      this.offset = offset;
    }
  }

  /** Checks that {@code text} is one canonical JSON value, and returns every string in it (keys and values). */
  static List<String> check(String text) throws NotCanonical {
    Checker c = new Checker(text);
    c.value(0);
    if (c.at != text.length()) {
      throw new NotCanonical(c.at);
    }
    return c.strings;
  }

  private static final class Checker {
    final String s;
    int at;
    final List<String> strings = new ArrayList<>();

    Checker(String s) {
      this.s = s;
    }

    char peek() throws NotCanonical {
      if (at >= s.length()) {
        throw new NotCanonical(at);
      }
      return s.charAt(at);
    }

    void value(int depth) throws NotCanonical {
      if (depth > 64) {
        throw new NotCanonical(at);
      }
      char c = peek();
      if (c == '{') {
        at++;
        String prev = null;
        if (peek() == '}') {
          at++;
          return;
        }
        while (true) {
          String key = string();
          if (prev != null && prev.compareTo(key) >= 0) {
            throw new NotCanonical(at);
          }
          prev = key;
          expect(':');
          value(depth + 1);
          if (peek() == ',') {
            at++;
          } else {
            expect('}');
            return;
          }
        }
      } else if (c == '[') {
        at++;
        if (peek() == ']') {
          at++;
          return;
        }
        while (true) {
          value(depth + 1);
          if (peek() == ',') {
            at++;
          } else {
            expect(']');
            return;
          }
        }
      } else if (c == '"') {
        string();
      } else if (s.startsWith("true", at)) {
        at += 4;
      } else if (s.startsWith("false", at)) {
        at += 5;
      } else if (s.startsWith("null", at)) {
        at += 4;
      } else {
        number();
      }
    }

    void expect(char c) throws NotCanonical {
      if (peek() != c) {
        throw new NotCanonical(at);
      }
      at++;
    }

    @CanIgnoreReturnValue // a value is checked as it is read; only keys are kept
    String string() throws NotCanonical {
      expect('"');
      StringBuilder sb = new StringBuilder();
      while (true) {
        char c = peek();
        at++;
        if (c == '"') {
          break;
        }
        if (c < 0x20 || Character.isSurrogate(c) && !pairedAt(at - 1)) {
          throw new NotCanonical(at - 1);
        }
        if (c != '\\') {
          sb.append(c);
          continue;
        }
        char e = peek();
        at++;
        switch (e) {
          case '"':
            sb.append('"');
            break;
          case '\\':
            sb.append('\\');
            break;
          case 'b':
            sb.append('\b');
            break;
          case 'f':
            sb.append('\f');
            break;
          case 'n':
            sb.append('\n');
            break;
          case 'r':
            sb.append('\r');
            break;
          case 't':
            sb.append('\t');
            break;
          case 'u':
            if (at + 4 > s.length() || !s.startsWith("00", at)) {
              throw new NotCanonical(at);
            }
            String hex = s.substring(at + 2, at + 4);
            if (!hex.matches("[0-9a-f]{2}")) {
              throw new NotCanonical(at);
            }
            char u = (char) Integer.parseInt(hex, 16);
            if (u >= 0x20 || "\b\f\n\r\t".indexOf(u) >= 0) {
              throw new NotCanonical(at);
            }
            sb.append(u);
            at += 4;
            break;
          default:
            throw new NotCanonical(at - 1);
        }
      }
      String value = sb.toString();
      strings.add(value);
      return value;
    }

    boolean pairedAt(int i) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)) {
        return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
      }
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    void number() throws NotCanonical {
      int start = at;
      while (at < s.length() && "+-0123456789.e".indexOf(s.charAt(at)) >= 0) {
        at++;
      }
      String n = s.substring(start, at);
      boolean integer = n.matches("0|-?[1-9][0-9]*");
      boolean decimal = n.matches("-?(0|[1-9][0-9]*)\\.[0-9]*[1-9]") && !n.matches("-0\\.0*");
      boolean exponent = n.matches("-?[1-9](\\.[0-9]*[1-9])?e[+-][1-9][0-9]*");
      if (n.isEmpty() || !(integer || decimal || exponent)) {
        throw new NotCanonical(start);
      }
    }
  }
}
