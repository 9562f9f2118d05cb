package org.creditgov.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.creditgov.privacy.consent.ConsentFinding;
import org.creditgov.privacy.consent.PurposeProblemType;
import org.creditgov.privacy.disclosure.DisclosureFinding;
import org.creditgov.privacy.query.QueryFinding;
import org.creditgov.privacy.rights.RightsFinding;
import org.creditgov.testkit.MessageTemplates;
import org.junit.jupiter.api.Test;

/** Every text of credit-privacy's findings and problems reads as a clerk reads it, in both languages (CONVENTIONS, "Messages"). */
class MessageTextsTest {

  @Test
  void everyTextReadsCleanAndNamesTheSameFactsInBothLanguages() {
    assertThat(MessageTemplates.problems(ConsentFinding.values())).isEmpty();
    assertThat(MessageTemplates.problems(QueryFinding.values())).isEmpty();
    assertThat(MessageTemplates.problems(DisclosureFinding.values())).isEmpty();
    assertThat(MessageTemplates.problems(RightsFinding.values())).isEmpty();
    assertThat(MessageTemplates.problems(PurposeProblemType.values())).isEmpty();
  }
}
