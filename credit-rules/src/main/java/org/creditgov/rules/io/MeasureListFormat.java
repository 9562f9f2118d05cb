package org.creditgov.rules.io;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Supplier;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.FileFormat;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListRegistry;

/**
 * The measure-list format, {@code creditgov-measure-list/1}, for credit-core's {@code Lint} (SAN-1,
 * SAN-2): each file with every problem {@link MeasureListJson} reports, then the lists together as
 * a {@link MeasureListRegistry} checks them (duplicate ids, overlapping versions, a supplement
 * redefining a higher layer's measure). The bundled lists are known by their file names. Registered
 * with {@link java.util.ServiceLoader}.
 */
public final class MeasureListFormat extends FileFormat<MeasureList> {

  /** For {@link java.util.ServiceLoader}. */
  public MeasureListFormat() {
    super(MeasureListJson.MEASURE_FORMATS.get(0), MeasureList.class, MeasureListJson::read, bundledTexts());
  }

  private static ImmutableMap<String, Supplier<String>> bundledTexts() {
    ImmutableMap.Builder<String, Supplier<String>> b = ImmutableMap.builder();
    BundledLists.measureListNames().forEach(name -> b.put(name.replace(".json", ""), () -> BundledLists.measureListText(name)));
    return b.buildOrThrow();
  }

  @Override
  protected List<DataProblem> across(List<MeasureList> values) {
    return MeasureListRegistry.builder().addLists(values).problems();
  }
}
