package org.creditgov.rules.repair.io;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import org.creditgov.core.catalog.PublicationRegime;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.io.DataFormat;
import org.creditgov.core.io.DocumentRead;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.text.Fact;
import org.creditgov.rules.repair.RepairRegime;
import org.creditgov.rules.repair.RepairRegimes;

/**
 * The repair-regimes format, {@code creditgov-repair-regimes/1}, for credit-core's {@code Lint}:
 * each file alone, then every regime of every file together (duplicate ids, versions of one series
 * in force on a common day) and, when every publication-regimes document read, a publication series
 * no publication regime defines. Registered with {@link java.util.ServiceLoader}.
 */
public final class RepairRegimesFormat implements DataFormat<RepairRegime> {

  /** For {@link java.util.ServiceLoader}. */
  public RepairRegimesFormat() {}

  @Override
  public List<DocumentRead.Format> versions() {
    return List.of(RepairRegimesJson.FORMAT_1);
  }

  @Override
  public Class<RepairRegime> valueType() {
    return RepairRegime.class;
  }

  @Override
  public ImmutableSet<String> bundled() {
    return ImmutableSet.of(BundledRepairRegimes.NAME);
  }

  @Override
  public String bundledText(String name) {
    if (!BundledRepairRegimes.NAME.equals(name)) {
      throw new IllegalArgumentException("no bundled repair regimes " + name + "; bundled is " + BundledRepairRegimes.NAME);
    }
    return BundledRepairRegimes.text();
  }

  @Override
  public Read<RepairRegime> read(JsonDocument document) {
    return RepairRegimesJson.read(document);
  }

  @Override
  public List<DataProblem> problems(List<RepairRegime> values, Context context) {
    List<DataProblem> problems = new ArrayList<>(RepairRegimes.problems(values));
    List<PublicationRegime> publication = context.values(PublicationRegime.class);
    if (context.complete(PublicationRegime.class) && !publication.isEmpty()) {
      for (RepairRegime r : values) {
        if (publication.stream().noneMatch(p -> p.series().equals(r.publicationSeries()))) {
          problems.add(DataProblem.of(DataProblemType.UNKNOWN_REFERENCE, r.header().sourceName(),
              r.header().pointer("/publicationSeries"), Fact.code("reference", r.publicationSeries())));
        }
      }
    }
    return problems;
  }

  @Override
  public String toString() {
    return RepairRegimesJson.FORMAT;
  }
}
