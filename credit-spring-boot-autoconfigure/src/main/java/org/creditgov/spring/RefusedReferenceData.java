package org.creditgov.spring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;

/**
 * Reference data refused at startup in more than one data set of the configuration (CAT-1, SAN-1,
 * INC-1, DES-1, DES-4): the catalogs and the measure lists, say. It lists every problem of every
 * refused set, each located, and keeps them by set, so that the failure report
 * ({@link ReferenceDataFailureAnalyzer}) shows everything to correct in one failed start.
 */
public final class RefusedReferenceData extends ReferenceDataException {

  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an unmodifiable map of immutable lists; never serialised in practice
  private final Map<String, List<DataProblem>> bySet;

  /**
   * The problems of each refused data set, by what it is ("catalog data", "measure-list data" …).
   *
   * @throws IllegalArgumentException if there is no problem
   */
  public RefusedReferenceData(Map<String, List<DataProblem>> bySet) {
    super("reference data (" + String.join(", ", bySet.keySet()) + ")", all(bySet));
    Map<String, List<DataProblem>> copy = new LinkedHashMap<>();
    bySet.forEach((set, problems) -> copy.put(set, List.copyOf(problems)));
    this.bySet = Collections.unmodifiableMap(copy);
  }

  private static List<DataProblem> all(Map<String, List<DataProblem>> bySet) {
    List<DataProblem> all = new ArrayList<>();
    bySet.values().forEach(all::addAll);
    return all;
  }

  /** Each refused data set's problems, in the order of the configuration. */
  public Map<String, List<DataProblem>> bySet() {
    return bySet;
  }
}
