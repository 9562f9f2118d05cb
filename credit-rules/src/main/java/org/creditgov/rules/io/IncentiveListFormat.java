package org.creditgov.rules.io;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Supplier;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.FileFormat;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.incentive.IncentiveRegistry;

/**
 * The incentive-list format, {@code creditgov-incentive-list/1}, for credit-core's {@code Lint}
 * (INC-1): each file with every problem {@link MeasureListJson#readIncentives} reports, then the
 * lists together as an {@link IncentiveRegistry} checks them. The bundled lists are known by their
 * file names. Registered with {@link java.util.ServiceLoader}.
 */
public final class IncentiveListFormat extends FileFormat<IncentiveList> {

  /** For {@link java.util.ServiceLoader}. */
  public IncentiveListFormat() {
    super(MeasureListJson.INCENTIVE_FORMATS.get(0), IncentiveList.class, MeasureListJson::readIncentives, bundledTexts());
  }

  private static ImmutableMap<String, Supplier<String>> bundledTexts() {
    ImmutableMap.Builder<String, Supplier<String>> b = ImmutableMap.builder();
    BundledLists.incentiveListNames().forEach(name -> b.put(name.replace(".json", ""), () -> BundledLists.incentiveListText(name)));
    return b.buildOrThrow();
  }

  @Override
  protected List<DataProblem> across(List<IncentiveList> values) {
    return IncentiveRegistry.builder().addLists(values).problems();
  }
}
