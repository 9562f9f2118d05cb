package org.creditgov.rules.repair;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.ruleset.Codes;
import org.creditgov.core.text.Term;

/**
 * Information a regime declares not repairable (REP-1; policy-facts §3f), as data: a code an
 * application names among the characteristics of its information (such as {@code
 * licence-revoked}), its names, where it comes from and what about it is unconfirmed.
 *
 * @param code the code, unique in the regime
 * @param nameZh the name in Chinese
 * @param nameEn the name in English
 * @param source where the rule comes from
 * @param unconfirmed what is not confirmed
 */
public record NonRepairable(String code, String nameZh, String nameEn, Optional<String> source, List<String> unconfirmed) {

  /**
   * @throws IllegalArgumentException if the code is not a code or a name is blank
   * @throws NullPointerException if an argument is null
   */
  public NonRepairable {
    checkArgument(Codes.isValid(requireNonNull(code, "code")), "not a code: %s", code);
    checkArgument(!requireNonNull(nameZh, "nameZh").isBlank() && !requireNonNull(nameEn, "nameEn").isBlank(), "blank name");
    requireNonNull(source, "source");
    unconfirmed = ImmutableList.copyOf(unconfirmed);
  }

  /** As messages name it. */
  public Term term() {
    return Term.of(code, nameZh, nameEn);
  }
}
