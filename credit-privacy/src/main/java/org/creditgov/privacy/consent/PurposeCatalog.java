package org.creditgov.privacy.consent;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.ruleset.Codes;
import org.creditgov.core.ruleset.LayeredRuleSet;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.text.Fact;
import org.immutables.value.Value;

/**
 * One version of one layer of the catalog of purposes (PRI-1, SEC-1): the purposes credit
 * information may be used for in its jurisdiction from its effective date, layered and
 * effective-dated on the rule-set spine like every rule set (CAT-4). A local layer adds purposes
 * of its own; it may not redefine one of a higher layer in force at the same time. The JSON format
 * is {@code creditgov-purpose-catalog/1} ({@code org.creditgov.privacy.io.PurposeCatalogJson}).
 */
@Value.Immutable
@CreditStyle
public abstract class PurposeCatalog implements LayeredRuleSet {

  PurposeCatalog() {} // subclassed only by the generated implementation

  /** A builder; the header and at least one purpose are mandatory. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract RuleSetHeader header();

  /** The purposes, in order. */
  public abstract ImmutableList<Purpose> purposes();

  /** The purpose of the given code in this version. */
  public Optional<Purpose> purpose(String code) {
    return purposes().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  @Override
  @Value.Derived
  @Value.Auxiliary
  public ImmutableList<String> entryCodes() {
    return purposes().stream().map(Purpose::code).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String entryCodePointer(int index) {
    return "/purposes/" + index + "/code";
  }

  /** The problems of this version taken alone: its header's, each code's, repeated codes. */
  public ImmutableList<DataProblem> problems() {
    List<DataProblem> problems = new ArrayList<>(header().problems());
    String src = header().sourceName();
    if (purposes().isEmpty()) {
      problems.add(DataProblem.of(DataProblemType.WRONG_SIZE, src, "/purposes", Fact.text("limit", "≥ 1")));
    }
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < purposes().size(); i++) {
      Purpose p = purposes().get(i);
      if (!Codes.isValid(p.code())) {
        problems.add(DataProblem.of(DataProblemType.INVALID_CODE, src, entryCodePointer(i), Fact.code("value", p.code())));
      }
      Integer at = first.putIfAbsent(p.code(), i);
      if (at != null) {
        problems.add(DataProblem.of(DataProblemType.DUPLICATE_CODE, src, entryCodePointer(i),
            Fact.code("code", p.code()), Fact.code("first", entryCodePointer(at))));
      }
      if (p.writtenConsentRequired() && !p.allows(FoundingKind.CONSENT)) {
        problems.add(DataProblem.of(PurposeProblemType.WRITTEN_WITHOUT_CONSENT, src, "/purposes/" + i + "/writtenConsentRequired",
            Fact.code("purpose", p.code())));
      }
    }
    return problems.stream().map(p -> p.serving(org.creditgov.core.RequirementId.PRI_1)).collect(ImmutableList.toImmutableList());
  }

  /** @throws PurposeCatalogException listing every problem of {@link #problems()} */
  @Value.Check
  void check() {
    ImmutableList<DataProblem> problems = problems();
    if (!problems.isEmpty()) {
      throw new PurposeCatalogException(problems);
    }
  }

  /** {@code id (edition, jurisdiction, period): n purposes}. */
  @Override
  public String toString() {
    return header() + ": " + purposes().size() + " purposes";
  }

  /** Builds a {@link PurposeCatalog}. */
  public static final class Builder extends ImmutablePurposeCatalog.Builder {
    Builder() {}
  }
}
