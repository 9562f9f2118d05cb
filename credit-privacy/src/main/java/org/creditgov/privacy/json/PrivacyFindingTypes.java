package org.creditgov.privacy.json;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import org.creditgov.core.json.FindingTypeProvider;
import org.creditgov.core.verdict.FindingType;
import org.creditgov.privacy.consent.ConsentFinding;
import org.creditgov.privacy.disclosure.DisclosureFinding;
import org.creditgov.privacy.query.QueryFinding;
import org.creditgov.privacy.rights.RightsFinding;

/**
 * The finding types of credit-privacy (consent, query, disclosure, the person's rights), registered
 * with credit-core's {@link org.creditgov.core.json.FindingTypes} through {@link
 * java.util.ServiceLoader} ({@code provides} in module-info, {@code META-INF/services} on the class
 * path), so that a finding read from JSON — in a disclosure answer, a verdict, a finding list — gets
 * its real type back by code (SEC-1, CAT-6).
 */
public final class PrivacyFindingTypes implements FindingTypeProvider {

  /** For {@link java.util.ServiceLoader}. */
  public PrivacyFindingTypes() {}

  @Override
  public Collection<? extends FindingType> findingTypes() {
    return ImmutableList.<FindingType>builder().add(ConsentFinding.values()).add(QueryFinding.values())
        .add(DisclosureFinding.values()).add(RightsFinding.values()).build();
  }
}
