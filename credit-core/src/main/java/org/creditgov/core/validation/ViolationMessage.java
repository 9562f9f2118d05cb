package org.creditgov.core.validation;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.creditgov.core.identity.InvalidIdentifierException.Problem;
import org.jspecify.annotations.Nullable;

/**
 * The message of a violation that says what is wrong and where, never the value: {@code
 * 不是有效的公民身份号码：第7至14位出生日期不是1900年1月1日至今之间的有效日期；第18位校验码不正确}. Bean Validation
 * templates take no arguments but the constraint's attributes, so the template is composed of the
 * library's message keys (in {@code ContributorValidationMessages}, zh-CN and en) around the
 * positions, which read the same in both languages; the validator factory's interpolator then
 * writes it in the user's language. A constraint whose {@code message} the user set keeps it.
 */
final class ViolationMessage {

  private static final String PREFIX = "{org.creditgov.core.validation.";

  private ViolationMessage() {}

  /** Replaces the default violation by one listing {@code problems}, if the constraint has the default message. */
  static void report(ConstraintValidatorContext context, String constraint, String message, List<Problem> problems) {
    StringBuilder template = lead(constraint, message);
    if (template == null) {
      return;
    }
    for (int i = 0; i < problems.size(); i++) {
      Problem p = problems.get(i);
      template.append(i == 0 ? key("problems") : key("and"));
      if (p.position().isEmpty()) {
        template.append(key("length.before")).append(p.facts().get(1).value()).append(key("length.after"));
        continue;
      }
      int first = p.position().getAsInt();
      int last = p.lastPosition().getAsInt();
      template.append(first == last ? key("at") : key("from")).append(first);
      if (first != last) {
        template.append(key("to")).append(last);
      }
      template.append(key("then")).append(key("problem." + p.reason().name()));
    }
    replace(context, template);
  }

  /** Replaces the default violation by one naming a form the constraint does not accept ({@code refusal} is a key). */
  static void refuse(ConstraintValidatorContext context, String constraint, String message, String refusal) {
    StringBuilder template = lead(constraint, message);
    if (template != null) {
      replace(context, template.append(key("problems")).append(key(refusal)));
    }
  }

  private static @Nullable StringBuilder lead(String constraint, String message) {
    String standard = PREFIX + constraint + ".message}";
    return message.equals(standard) ? new StringBuilder(standard) : null;
  }

  private static void replace(ConstraintValidatorContext context, StringBuilder template) {
    context.disableDefaultConstraintViolation();
    context.buildConstraintViolationWithTemplate(template.toString()).addConstraintViolation();
  }

  private static String key(String name) {
    return PREFIX + name + "}";
  }
}
