package org.creditgov.rules.json;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import org.creditgov.core.json.FindingTypeProvider;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.rules.designation.DesignationFinding;
import org.creditgov.rules.incentive.IncentiveFinding;
import org.creditgov.rules.sanction.SanctionFinding;

/**
 * The finding types of credit-rules (designation, sanction, incentive), registered with credit-core's
 * {@link org.creditgov.core.json.FindingTypes} through {@link java.util.ServiceLoader} ({@code
 * provides} in module-info, {@code META-INF/services} on the class path), so that findings read
 * from JSON get their types back by code.
 */
public final class RulesFindingTypes implements FindingTypeProvider {

  /** For {@link java.util.ServiceLoader}. */
  public RulesFindingTypes() {}

  @Override
  public Collection<? extends FindingType> findingTypes() {
    return ImmutableList.<FindingType>builder().add(DesignationFinding.values()).add(SanctionFinding.values())
        .add(IncentiveFinding.values()).add(org.creditgov.rules.repair.RepairFinding.values()).build();
  }
}
