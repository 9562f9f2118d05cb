package org.creditgov.core.catalog;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.verdict.Finding;
import org.creditgov.core.verdict.Verdict;

/**
 * A catalog built in code, a registry of it and the record check, as a program without Jackson runs
 * them: {@link CatalogWithoutJacksonTest} loads this class in a class loader that has no JSON library.
 */
public final class WithoutJacksonScenario implements Supplier<String> {

  /** For the class loader that runs it. */
  public WithoutJacksonScenario() {}

  @Override
  public String get() {
    LocalDate day = LocalDate.of(2025, 3, 10);
    CatalogRegistry registry = CatalogRegistry.builder()
        .addCatalog(TestCatalogs.catalog("cn", Jurisdiction.national(), LocalDate.of(2024, 1, 1), null, TestCatalogs.item("A")))
        .build();
    CreditRecord record = CreditRecord.builder().itemCode("A").subject(Fixtures.COMPANY)
        .decisionDate(day).documentNumber("测〔2025〕1号").issuingDepartment("某局").submissionDate(day).build();
    Verdict v = registry.check(Jurisdiction.of("640381"), record);
    StringBuilder s = new StringBuilder(v.outcome().name());
    for (Finding f : v.findings()) {
      s.append('|').append(f.code()).append('|').append(f.messageZh());
    }
    return s.toString();
  }
}
