package org.creditgov.rules.designation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.ruleset.LayeredRuleSet;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.text.Fact;
import org.jspecify.annotations.Nullable;

/**
 * One version of one layer of list types (DES-1, DES-2): a header (id, titles, edition,
 * jurisdiction, effective period, issuing instrument, procedural bases, example and unconfirmed
 * notes) and the list types that layer defines, by code. The national layer defines national list
 * types; a provincial, prefecture or county layer defines local-only list types (founded on a
 * local regulation) and local list types that apply a national one by code. A {@link
 * ListTypeRegistry} resolves the layers in force. The file format is {@code
 * creditgov-list-types/1} ({@code org.creditgov.rules.designation.io.ListTypeJson}).
 *
 * <p>Immutable; equal when header and list types are equal.
 */
public final class ListTypeSet implements LayeredRuleSet {

  private final RuleSetHeader header;
  private final ImmutableList<ListType> listTypes;
  private final ImmutableMap<String, ListType> byCode;

  private ListTypeSet(RuleSetHeader header, ImmutableList<ListType> listTypes) {
    this.header = header;
    this.listTypes = listTypes;
    ImmutableMap.Builder<String, ListType> m = ImmutableMap.builder();
    listTypes.forEach(t -> m.put(t.code(), t));
    this.byCode = m.build();
  }

  /**
   * The set of {@code listTypes} under {@code header}.
   *
   * @throws ListTypeDataException listing every problem {@link #problems} finds
   * @throws NullPointerException if an argument or element is null
   */
  public static ListTypeSet of(RuleSetHeader header, List<ListType> listTypes) {
    ImmutableList<ListType> types = ImmutableList.copyOf(listTypes);
    List<DataProblem> problems = problems(header, types);
    if (!problems.isEmpty()) {
      throw new ListTypeDataException(problems);
    }
    return new ListTypeSet(header, types);
  }

  /** As {@link #of(RuleSetHeader, List)}. */
  public static ListTypeSet of(RuleSetHeader header, ListType... listTypes) {
    return of(header, List.of(listTypes));
  }

  /**
   * Every problem of {@code listTypes} under {@code header}, located at the pointers of the file
   * format: the header's own (code rule, blank titles), two list types of one code, a list type of
   * another jurisdiction than the header's, and a national list type that names a national list
   * type it applies.
   */
  public static ImmutableList<DataProblem> problems(RuleSetHeader header, List<ListType> listTypes) {
    requireNonNull(header, "header");
    List<DataProblem> problems = new ArrayList<>(header.problems());
    String src = header.sourceName();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < listTypes.size(); i++) {
      ListType t = requireNonNull(listTypes.get(i), "list type");
      String at = "/listTypes/" + i;
      Integer seen = first.putIfAbsent(t.code(), i);
      if (seen != null) {
        problems.add(DataProblem.of(DataProblemType.DUPLICATE_CODE, src, at + "/code",
            Fact.code("code", t.code()), Fact.code("first", "/listTypes/" + seen + "/code")));
      }
      if (!t.jurisdiction().equals(header.jurisdiction())) {
        problems.add(DataProblem.of(ListTypeProblemType.JURISDICTION_MISMATCH, src, at,
            Fact.code("code", t.code()), Fact.term("jurisdiction", t.jurisdiction().term()),
            Fact.term("setJurisdiction", header.jurisdiction().term())));
      }
      if (t.nationalListTypeCode().isPresent() && !t.isLocal()) {
        problems.add(DataProblem.of(ListTypeProblemType.APPLIES_IN_NATIONAL_LAYER, src, at + "/applies",
            Fact.code("code", t.code())));
      }
    }
    return problems.stream().map(p -> p.requirement().isPresent() ? p : p.serving(ListTypeRegistry.KIND.requirement()))
        .collect(ImmutableList.toImmutableList());
  }

  @Override
  public RuleSetHeader header() {
    return header;
  }

  /** The list types, in the order of the file. */
  public ImmutableList<ListType> listTypes() {
    return listTypes;
  }

  /** The list type of {@code code} in this set. */
  public Optional<ListType> listType(String code) {
    return Optional.ofNullable(byCode.get(requireNonNull(code, "code")));
  }

  @Override
  public ImmutableList<String> entryCodes() {
    return listTypes.stream().map(ListType::code).collect(ImmutableList.toImmutableList());
  }

  @Override
  public String entryCodePointer(int index) {
    return "/listTypes/" + index + "/code";
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ListTypeSet s && s.header.equals(header) && s.listTypes.equals(listTypes);
  }

  @Override
  public int hashCode() {
    return header.hashCode() * 31 + listTypes.hashCode();
  }

  /** The header and the number of list types. */
  @Override
  public String toString() {
    return "ListTypeSet[" + header + ", " + listTypes.size() + " list types]";
  }
}
