package org.creditgov.rules.sanction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.creditgov.rules.sanction.Fixtures.BIDDING_LAW;
import static org.creditgov.rules.sanction.Fixtures.COMPANY;
import static org.creditgov.rules.sanction.Fixtures.DATE;
import static org.creditgov.rules.sanction.Fixtures.QTX;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The public builder of a sanction request (SAN-1 … SAN-6): the three-attribute start, what
 * {@code build()} says when mandatory attributes are missing, and copies that vary one attribute.
 */
class SanctionRequestBuilderTest {

  private static SanctionRequest.Builder complete() {
    return SanctionRequest.builder("T-BAN", COMPANY, DATE).jurisdiction(QTX).implementingBody("青铜峡市发展和改革局")
        .bodyKind(BodyKind.PUBLIC_BODY).trigger(Trigger.CONDUCT_FACT).addConductFact(Fixtures.fact()).addCitedBasis(BIDDING_LAW);
  }

  @Test
  void theStagedStartSetsMeasureSubjectAndDate() {
    SanctionRequest staged = complete().build();
    SanctionRequest full = SanctionRequest.builder().measureCode("T-BAN").subject(COMPANY).date(DATE).jurisdiction(QTX)
        .implementingBody("青铜峡市发展和改革局").bodyKind(BodyKind.PUBLIC_BODY).trigger(Trigger.CONDUCT_FACT)
        .addConductFact(Fixtures.fact()).addCitedBasis(BIDDING_LAW).build();
    assertThat(staged).isEqualTo(full);
  }

  @Test
  void buildNamesEveryMissingMandatoryAttribute() {
    assertThatIllegalStateException().isThrownBy(() -> SanctionRequest.builder("T-BAN", COMPANY, DATE).build())
        .withMessageContaining("jurisdiction").withMessageContaining("implementingBody")
        .withMessageContaining("bodyKind").withMessageContaining("trigger");
  }

  @Test
  void anAttributeSetAgainKeepsTheLastValue() {
    SanctionRequest request = complete().date(LocalDate.of(2025, 7, 1)).build();
    assertThat(request.date()).isEqualTo(LocalDate.of(2025, 7, 1));
  }

  @Test
  void withMeasureCodeAndWithDateChangeThatAttributeAlone() {
    SanctionRequest request = complete().build();
    SanctionRequest other = request.withMeasureCode("MGMT").withDate(LocalDate.of(2025, 7, 1));
    assertThat(other).isEqualTo(complete().measureCode("MGMT").date(LocalDate.of(2025, 7, 1)).build());
    assertThat(request.measureCode()).isEqualTo("T-BAN");
    assertThat(request.date()).isEqualTo(DATE);
  }

  @Test
  void aCopyIsCheckedAsABuiltValueIs() {
    SanctionRequest request = complete().build();
    assertThatIllegalArgumentException().isThrownBy(() -> request.withMeasureCode(" "));
  }

  @Test
  void toBuilderAddsToTheCopiedElements() {
    SanctionRequest request = complete().build();
    SanctionRequest more = request.toBuilder().addCitedBasis(Fixtures.NORMATIVE).build();
    assertThat(more.citedBases()).containsExactly(BIDDING_LAW, Fixtures.NORMATIVE);
    assertThat(request.toBuilder().citedBases(java.util.List.of(Fixtures.NORMATIVE)).build().citedBases())
        .as("the collection setter replaces the copied elements").containsExactly(Fixtures.NORMATIVE);
  }
}
