package org.creditgov.testkit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.creditgov.core.text.MessageTexts;
import org.creditgov.core.text.MessageType;

/**
 * Checks the texts of message types (finding types, data-problem types) the way a county clerk
 * would read them: no ISO-8601 period ({@code P3Y}), no Java identifier ({@code fineAmount}, {@code
 * waiveObjection()}), no upper-case internal code ({@code NOTIFIED}, {@code DECIMAL}), no positional
 * placeholder ({@code {0}}), and the same facts named in the Chinese and the English text.
 *
 * <pre>{@code
 * assertThat(MessageTemplates.problems(SanctionFinding.values())).isEmpty();
 * }</pre>
 */
public final class MessageTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
  private static final Pattern ISO_PERIOD = Pattern.compile("(?<![A-Za-z])P(?:[0-9]+[YMWD])+(?![A-Za-z])");
  private static final Pattern CAMEL_CASE = Pattern.compile("(?<![A-Za-z])[a-z]+[A-Z][A-Za-z0-9]*");
  private static final Pattern CALL_OR_PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\(\\)|[a-z]+\\.[a-z]+\\.[a-z.]+");
  private static final Pattern SNAKE_CASE = Pattern.compile("(?<![A-Za-z])[A-Za-z]+_[A-Za-z0-9_]+");
  private static final Pattern UPPER_WORD = Pattern.compile("(?<![A-Za-z])[A-Z]{3,}(?![A-Za-z])");
  private static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9]*");

  /** Acronyms a text may use. */
  private static final ImmutableSet<String> ACRONYMS = ImmutableSet.of(
      "JSON", "UTF", "CSV", "ISO", "HMAC", "SHA", "URL", "HTTP", "UTC", "RFC", "PDF", "API", "SQL", "CNY", "USCC", "PIPL");

  private MessageTemplates() {}

  /** Every problem of the texts of {@code types}, one line each; empty when all read well. */
  public static ImmutableList<String> problems(MessageType... types) {
    List<String> problems = new ArrayList<>();
    for (MessageType type : types) {
      String zh;
      String en;
      try {
        zh = MessageTexts.libraryText(type, true);
        en = MessageTexts.libraryText(type, false);
      } catch (IllegalStateException e) {
        problems.add(type.code() + ": " + e.getMessage());
        continue;
      }
      check(type.code() + " (zh)", zh, problems);
      check(type.code() + " (en)", en, problems);
      Set<String> zhFacts = placeholders(zh);
      Set<String> enFacts = placeholders(en);
      if (!zhFacts.equals(enFacts)) {
        problems.add(type.code() + ": the zh text names " + zhFacts + ", the en text " + enFacts);
      }
    }
    return ImmutableList.copyOf(problems);
  }

  private static void check(String where, String text, List<String> problems) {
    for (String name : placeholders(text)) {
      if (!NAME.matcher(name).matches()) {
        problems.add(where + ": placeholder {" + name + "} is not a fact name");
      }
    }
    String prose = PLACEHOLDER.matcher(text.replace("{{", "").replace("}}", "")).replaceAll(" ");
    report(where, "an ISO-8601 period", ISO_PERIOD, prose, problems);
    report(where, "a Java identifier", CAMEL_CASE, prose, problems);
    report(where, "a Java name", CALL_OR_PATH, prose, problems);
    report(where, "an internal code", SNAKE_CASE, prose, problems);
    Matcher upper = UPPER_WORD.matcher(prose);
    while (upper.find()) {
      if (!ACRONYMS.contains(upper.group())) {
        problems.add(where + ": an upper-case internal code '" + upper.group() + "': " + text);
      }
    }
  }

  private static void report(String where, String what, Pattern p, String prose, List<String> problems) {
    Matcher m = p.matcher(prose);
    while (m.find()) {
      problems.add(where + ": " + what + " '" + m.group() + "': " + prose.trim());
    }
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new HashSet<>();
    Matcher m = PLACEHOLDER.matcher(text.replace("{{", "").replace("}}", ""));
    while (m.find()) {
      names.add(m.group(1).trim());
    }
    return names;
  }
}
