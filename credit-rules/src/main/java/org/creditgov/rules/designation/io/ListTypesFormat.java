package org.creditgov.rules.designation.io;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.function.Supplier;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.FileFormat;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.ListTypeSet;

/**
 * The list-types format, {@code creditgov-list-types/1}, for credit-core's {@code Lint} (DES-1):
 * each file with every problem {@link ListTypeJson} reports, then the layers together as a {@link
 * ListTypeRegistry} checks them. The bundled example layers are known by their file names.
 * Registered with {@link java.util.ServiceLoader}.
 */
public final class ListTypesFormat extends FileFormat<ListTypeSet> {

  /** For {@link java.util.ServiceLoader}. */
  public ListTypesFormat() {
    super(ListTypeJson.FORMATS.get(0), ListTypeSet.class, ListTypeJson::read, bundledTexts());
  }

  private static ImmutableMap<String, Supplier<String>> bundledTexts() {
    ImmutableMap.Builder<String, Supplier<String>> b = ImmutableMap.builder();
    BundledListTypes.FILES.forEach(file -> b.put(file.replace(".json", ""), () -> BundledListTypes.text(file)));
    return b.buildOrThrow();
  }

  @Override
  protected List<DataProblem> across(List<ListTypeSet> values) {
    return ListTypeRegistry.problems(values);
  }
}
