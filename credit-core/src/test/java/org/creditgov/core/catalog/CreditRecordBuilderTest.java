package org.creditgov.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The public builders of the catalog's values (CAT-3, CAT-5): a record prepared once and varied,
 * what {@code build()} says when mandatory attributes are missing, and the {@code add…} names.
 */
class CreditRecordBuilderTest {

  private static final LocalDate DECIDED = LocalDate.of(2025, 6, 2);

  @Test
  void aRecordPreparedOnceIsVariedThroughToBuilder() {
    CreditRecord record = Fixtures.penalty(DECIDED, DECIDED.plusDays(3)).build();
    CreditRecord resubmitted = record.toBuilder().submissionDate(DECIDED.plusDays(5)).build();
    assertThat(resubmitted.submissionDate()).isEqualTo(DECIDED.plusDays(5));
    assertThat(resubmitted).isEqualTo(Fixtures.penalty(DECIDED, DECIDED.plusDays(5)).build());
    assertThat(record.toBuilder().build()).isEqualTo(record);
    assertThat(record.submissionDate()).as("the original is unchanged").isEqualTo(DECIDED.plusDays(3));
  }

  @Test
  void buildNamesEveryMissingMandatoryAttribute() {
    assertThatIllegalStateException().isThrownBy(() -> CreditRecord.builder().itemCode("NAT-ADMIN-PENALTY").build())
        .withMessageContaining("subject").withMessageContaining("decisionDate").withMessageContaining("documentNumber")
        .withMessageContaining("issuingDepartment").withMessageContaining("submissionDate");
  }

  @Test
  void theAddMethodsAreNamedAfterOneElement() {
    CatalogItem item = Fixtures.bundled().catalogs().stream().flatMap(c -> c.items().stream())
        .filter(i -> i.severityClasses().size() > 1).findFirst().orElseThrow();
    SeverityClass first = item.severityClasses().iterator().next();
    CatalogItem withOneClass = item.toBuilder().severityClasses(List.of()).addSeverityClass(first).build();
    assertThat(withOneClass.severityClasses()).containsExactly(first);
    assertThat(PublicationRule.builder().kind(PublicationRule.Kind.REGIME).addSeries("national").build())
        .isEqualTo(PublicationRule.regime(List.of("national")));
  }
}
