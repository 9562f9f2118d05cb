package org.creditgov.core.ruleset;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.jurisdiction.JurisdictionLevel;
import org.creditgov.core.time.EffectivePeriod;

/**
 * One version of one layer of a rule set (CAT-4): a catalog, a measure list, an incentive list, a
 * regime, a set of list types or of purposes. It has a {@link RuleSetHeader} and entries keyed by
 * code, which a supplement may not redefine while a higher layer that defines them is in force.
 * {@link RuleSetRegistry} resolves the versions in force "as of date D in jurisdiction J".
 */
public interface LayeredRuleSet {

  /** The header: id, titles, edition, layer, period, issuing instrument, procedural bases. */
  RuleSetHeader header();

  /**
   * The codes of the entries, in order (catalog items, measures, incentives …): a supplement may
   * not define one that a higher layer in force at the same time defines. Empty for a rule set
   * whose entries are not meant to be unique across layers (a regime's classes).
   */
  ImmutableList<String> entryCodes();

  /** The JSON pointer of the code of the entry at {@code index}, for problem locations ({@code /items/3/code}). */
  String entryCodePointer(int index);

  /** The id: {@code header().id()}. */
  default String id() {
    return header().id();
  }

  /** The layer's jurisdiction: {@code header().jurisdiction()}. */
  default Jurisdiction jurisdiction() {
    return header().jurisdiction();
  }

  /** When this version is in force: {@code header().effective()}. */
  default EffectivePeriod effective() {
    return header().effective();
  }

  /** Whether this is the national layer. */
  default boolean isNational() {
    return jurisdiction().level() == JurisdictionLevel.NATIONAL;
  }

  /** Whether this version is in force on {@code date}. */
  default boolean inForceOn(LocalDate date) {
    return effective().contains(date);
  }

  /** The version name a verdict carries: {@code id@from}. */
  default String version() {
    return id() + '@' + effective().from();
  }
}
