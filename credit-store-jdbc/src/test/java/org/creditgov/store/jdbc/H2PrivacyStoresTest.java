package org.creditgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;
import org.creditgov.core.subject.IdentityDocument;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.privacy.consent.StoredConsent;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.privacy.query.QueryReview;
import org.creditgov.rules.designation.MaskedSubject;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.SubjectGenerators;
import org.creditgov.testkit.TestClock;
import org.creditgov.testkit.store.StoreValues;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The consent store and the query log on an H2 file database in PostgreSQL mode (the embedded
 * default): the contracts and the JDBC behaviour ({@link PrivacyStoresTests}), and what was
 * written (consents, queries, subjects) is there after the database is shut down and opened again.
 */
class H2PrivacyStoresTest extends PrivacyStoresTests {

  @RegisterExtension
  static final H2Database DATABASE = new H2Database();

  @Override
  TestDatabase database() {
    return DATABASE;
  }

  @Test
  @DisplayName("PRI-2, SEC-1: consents, entries and reviews written are read back after the database is shut down and opened again")
  void whatWasWrittenSurvivesAShutdown() {
    DATABASE.clear();
    SplittableRandom r = new SplittableRandom(7);
    SubjectRef subject = StoreValues.subject(r);
    StoredConsent consent = StoreValues.stored(r, StoreValues.consent(r, "C-1", subject, "宁夏青铜峡农村商业银行", "P-1"));
    QueryLogEntry entry = StoreValues.entry(r, "Q-1", StoreValues.token(r), StoreValues.actor(r), Instant.parse("2026-03-02T01:00:00Z"));
    QueryReview review = StoreValues.review(r, "Q-1");
    assertThat(JdbcConsentStore.on(DATABASE.dataSource()).insert(consent)).isTrue();
    assertThat(JdbcConsentStore.on(DATABASE.dataSource()).update(1, consent.used())).isTrue();
    JdbcQueryLog log = JdbcQueryLog.on(DATABASE.dataSource());
    log.append(entry);
    log.appendReview(review);
    javax.sql.DataSource reopened = DATABASE.reopen();
    assertThat(JdbcConsentStore.on(reopened).forSubject(subject)).containsExactly(consent.used());
    assertThat(JdbcQueryLog.on(reopened).entries()).containsExactly(entry);
    assertThat(JdbcQueryLog.on(reopened).reviews("Q-1")).containsExactly(review);
  }

  @Test
  @DisplayName("DES-7, PRI-3: subjects put, one masked, are read back after the database is shut down and opened again")
  void subjectsSurviveAShutdown() {
    DATABASE.clear();
    SplittableRandom r = new SplittableRandom(8);
    JdbcSubjectDirectory directory = JdbcSubjectDirectory.on(DATABASE.dataSource());
    Subject person = SubjectGenerators.person(r, IdentityDocument.Kind.RESIDENT_ID);
    Subject company = SubjectGenerators.organisation(r, SubjectType.LEGAL_PERSON);
    SubjectRef p = directory.put(person);
    SubjectRef c = directory.put(company);
    assertThat(directory.mask(c)).isTrue();
    JdbcSubjectDirectory reopened = JdbcSubjectDirectory.on(DATABASE.reopen());
    assertThat(reopened.find(p)).contains(person);
    assertThat(reopened.find(c)).isEmpty();
    assertThat(reopened.masked(c)).contains(MaskedSubject.of(company));
  }

  @Test
  @DisplayName("DES-7: the embedded database's subjects are found by the stores opened again after they were closed")
  void theEmbeddedDatabaseKeepsItsSubjectsAcrossARestart(@TempDir Path dir) {
    Subject person = SubjectGenerators.person(new SplittableRandom(9), IdentityDocument.Kind.FOREIGN_PERMANENT_RESIDENT_ID);
    SubjectRef ref;
    try (JdbcStores stores = embedded(dir)) {
      stores.migrate();
      ref = stores.subjects().put(person);
    }
    try (JdbcStores stores = embedded(dir)) {
      assertThat(stores.migrate()).isZero();
      assertThat(stores.subjects().find(ref)).contains(person);
    }
  }

  private static JdbcStores embedded(Path dir) {
    return JdbcStores.embedded(dir).clock(TestClock.at(SubjectGenerators.TODAY)).listTypes(DesignationGenerators.registry())
        .build();
  }
}
