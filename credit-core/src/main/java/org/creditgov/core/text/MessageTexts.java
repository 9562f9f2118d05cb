package org.creditgov.core.text;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The texts of the library's messages (findings and data problems), in Simplified Chinese and in
 * English, and the user's overrides of them. Immutable and thread-safe.
 *
 * <p>A text is a template over the message's facts by name: {@code 惩戒措施{measure}的拟定期限
 * {proposed}超过其最长期限{maximum}。} Each fact is written in the text's language (see {@link
 * Fact}); two opening braces write one literal brace. Texts are looked up by the message type's code
 * ({@code sanction.LONGER_THAN_MAXIMUM}), first in the overrides, then in the library's bundles;
 * docs/messages.md lists every code with its facts and default texts.
 *
 * <pre>{@code
 * MessageTexts texts = MessageTexts.library()
 *     .withOverrides(ResourceBundle.getBundle("com.example.credit-messages", Locale.SIMPLIFIED_CHINESE));
 * String zh = finding.message(Locale.SIMPLIFIED_CHINESE, texts);
 * }</pre>
 *
 * <p>An override that names a fact the message does not have is not used: the library's text is
 * written instead and a warning is logged once for that code.
 */
public final class MessageTexts {

  private static final Logger LOG = LoggerFactory.getLogger(MessageTexts.class);
  private static final MessageTexts LIBRARY = new MessageTexts(ImmutableMap.of(), ImmutableMap.of());

  /** Override texts by code, per language. */
  private final ImmutableMap<String, String> zh;
  private final ImmutableMap<String, String> en;
  private final ConcurrentHashMap<String, Template> templates = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<String, Boolean> warned = new ConcurrentHashMap<>();

  private MessageTexts(ImmutableMap<String, String> zh, ImmutableMap<String, String> en) {
    this.zh = zh;
    this.en = en;
  }

  /** The library's own texts, without overrides. */
  public static MessageTexts library() {
    return LIBRARY;
  }

  /**
   * These texts with the texts of {@code bundles} taking precedence, each for the language of its
   * bundle's locale (a Chinese locale for Chinese, any other for English). Keys are message codes.
   *
   * @throws NullPointerException if a bundle is null
   */
  public MessageTexts withOverrides(ResourceBundle... bundles) {
    ImmutableMap.Builder<String, String> z = ImmutableMap.<String, String>builder().putAll(zh);
    ImmutableMap.Builder<String, String> e = ImmutableMap.<String, String>builder().putAll(en);
    for (ResourceBundle b : bundles) {
      boolean chinese = isChinese(requireNonNull(b, "bundle").getLocale());
      for (Enumeration<String> keys = b.getKeys(); keys.hasMoreElements(); ) {
        String key = keys.nextElement();
        (chinese ? z : e).put(key, b.getString(key));
      }
    }
    return new MessageTexts(z.buildKeepingLast(), e.buildKeepingLast());
  }

  /**
   * These texts with one text overridden.
   *
   * @param code the message code
   * @param locale a Chinese locale for the Chinese text, any other for the English one
   * @param template the text, a template over the message's facts
   */
  public MessageTexts withOverride(String code, Locale locale, String template) {
    requireNonNull(code, "code");
    requireNonNull(template, "template");
    boolean chinese = isChinese(requireNonNull(locale, "locale"));
    ImmutableMap<String, String> one = ImmutableMap.of(code, template);
    return chinese
        ? new MessageTexts(merge(zh, one), en)
        : new MessageTexts(zh, merge(en, one));
  }

  private static ImmutableMap<String, String> merge(ImmutableMap<String, String> a, ImmutableMap<String, String> b) {
    return ImmutableMap.<String, String>builder().putAll(a).putAll(b).buildKeepingLast();
  }

  /** Whether {@code locale} asks for Chinese. */
  public static boolean isChinese(Locale locale) {
    return locale.getLanguage().equals("zh");
  }

  /**
   * The text of a message of {@code type} with {@code facts}, in {@code locale}'s language.
   *
   * @throws IllegalStateException if the library has no text for the code, or its text names a
   *     fact that is not given (a defect of the library, found by its tests)
   */
  public String format(MessageType type, List<Fact> facts, Locale locale) {
    boolean chinese = isChinese(locale);
    String code = type.code();
    Optional<String> override = Optional.ofNullable((chinese ? zh : en).get(code));
    if (override.isPresent()) {
      Template t = template(chinese, code, override.get());
      Optional<String> text = t.render(facts, chinese);
      if (text.isPresent()) {
        return text.get();
      }
      if (warned.putIfAbsent(code + chinese, Boolean.TRUE) == null) {
        LOG.warn("The override text of message {} ({}) names a fact the message does not have: {}; "
            + "the library's text is used instead", code, chinese ? "zh" : "en", t.missing(facts));
      }
    }
    Template t = LIBRARY.template(chinese, code, libraryText(type, code, chinese));
    return t.render(facts, chinese).orElseThrow(() -> new IllegalStateException(
        "the " + (chinese ? "zh" : "en") + " text of message " + code + " names facts it is not given: "
            + t.missing(facts)));
  }

  /** The library's own template text for a code, as the bundles hold it. */
  public static String libraryText(MessageType type, boolean chinese) {
    return libraryText(type, type.code(), chinese);
  }

  private static String libraryText(MessageType type, String code, boolean chinese) {
    try {
      return type.messages(chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ROOT).getString(code);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("no " + (chinese ? "zh" : "en") + " text for message " + code, e);
    }
  }

  /** The names of the facts a template refers to, in order of first use. */
  public static List<String> placeholders(String template) {
    return Template.parse(template).names();
  }

  private Template template(boolean chinese, String code, String text) {
    String key = (chinese ? "zh:" : "en:") + code;
    Template t = templates.get(key);
    if (t == null || !t.source.equals(text)) {
      t = Template.parse(text);
      templates.put(key, t);
    }
    return t;
  }

  /** A parsed template: literal parts and fact names, alternating. */
  private static final class Template {
    final String source;
    /** Even indices literal text, odd indices fact names. */
    final String[] parts;

    private Template(String source, String[] parts) {
      this.source = source;
      this.parts = parts;
    }

    static Template parse(String s) {
      List<String> parts = new ArrayList<>();
      StringBuilder literal = new StringBuilder();
      int i = 0;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '{' && i + 1 < s.length() && s.charAt(i + 1) == '{') {
          literal.append('{');
          i += 2;
        } else if (c == '}' && i + 1 < s.length() && s.charAt(i + 1) == '}') {
          literal.append('}');
          i += 2;
        } else if (c == '{') {
          int end = s.indexOf('}', i);
          if (end < 0) {
            literal.append(s, i, s.length());
            break;
          }
          parts.add(literal.toString());
          literal.setLength(0);
          parts.add(s.substring(i + 1, end).trim());
          i = end + 1;
        } else {
          literal.append(c);
          i++;
        }
      }
      parts.add(literal.toString());
      return new Template(s, parts.toArray(new String[0]));
    }

    List<String> names() {
      List<String> names = new ArrayList<>();
      for (int i = 1; i < parts.length; i += 2) {
        if (!names.contains(parts[i])) {
          names.add(parts[i]);
        }
      }
      return names;
    }

    Optional<String> render(List<Fact> facts, boolean chinese) {
      StringBuilder s = new StringBuilder(source.length() + 32);
      for (int i = 0; i < parts.length; i++) {
        if (i % 2 == 0) {
          s.append(parts[i]);
        } else {
          Fact f = find(facts, parts[i]);
          if (f == null) {
            return Optional.empty();
          }
          s.append(f.format(chinese));
        }
      }
      return Optional.of(s.toString());
    }

    List<String> missing(List<Fact> facts) {
      List<String> missing = new ArrayList<>();
      for (String n : names()) {
        if (find(facts, n) == null) {
          missing.add(n);
        }
      }
      return missing;
    }

    private static @Nullable Fact find(List<Fact> facts, String name) {
      for (int i = 0; i < facts.size(); i++) {
        if (facts.get(i).name().equals(name)) {
          return facts.get(i);
        }
      }
      return null;
    }
  }
}
