package org.creditgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.StoredConsent;
import org.creditgov.privacy.json.PrivacyJson;
import org.creditgov.privacy.query.QueryLogEntry;
import org.creditgov.store.jdbc.StoreException.Reason;
import org.creditgov.testkit.store.StoreValues;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What the JDBC stores do beyond the SPI contracts, on each database: rows that do not read are
 * refused with their reason (and no subject identifier in the message); rows of an older form
 * version are upcast on read and rewritten in the current one at the next update; limits of the
 * columns; the migration.
 */
abstract class JdbcPrivacyBehaviour {

  /** The database the tests run on. */
  abstract TestDatabase database();

  private JdbcConsentStore consents;
  private JdbcQueryLog log;
  private final SplittableRandom r = new SplittableRandom(42);
  private SubjectRef person;
  private StoredConsent stored;

  @BeforeEach
  void emptyStores() {
    database().clear();
    consents = JdbcConsentStore.on(database().dataSource());
    log = JdbcQueryLog.on(database().dataSource());
    person = SubjectRef.of(org.creditgov.core.subject.SubjectType.NATURAL_PERSON, "64038119900307123X");
    stored = StoreValues.stored(r, StoreValues.consent(r, "C-1", person, "宁夏青铜峡农村商业银行", "P-1"));
    assertThat(consents.insert(stored)).isTrue();
  }

  private void sql(String statement, Object... parameters) {
    try (Connection c = database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static StoreException refused(Supplier<?> lookup, Reason reason, String table, String key) {
    StoreException e = catchThrowableOfType(StoreException.class, lookup::get);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.reason()).isEqualTo(reason);
    assertThat(e.location()).isEqualTo(table + "(" + key + ")");
    assertThat(e.getMessage()).contains(table).doesNotContain("64038119900307123X").doesNotContain("9900307");
    return e;
  }

  @Test
  @DisplayName("PRI-2: a consent row whose format, document, key columns or state do not read is refused with its reason")
  void badConsentRowsAreRefusedWithTheirReason() {
    sql("UPDATE cg_consent SET format = 'creditgov-verdict/1' WHERE id = 'C-1'");
    refused(() -> consents.find("C-1"), Reason.UNKNOWN_FORMAT, "cg_consent", "C-1");
    sql("UPDATE cg_consent SET format = 'creditgov-consent/2' WHERE id = 'C-1'");
    refused(() -> consents.forSubject(person), Reason.UNKNOWN_FORMAT, "cg_consent", "C-1");
    sql("UPDATE cg_consent SET format = 'creditgov-consent/1', document = '{\"format\":\"creditgov-consent/1\",\"id\":' WHERE id = 'C-1'");
    StoreException unreadable = refused(() -> consents.find("C-1"), Reason.UNREADABLE_ROW, "cg_consent", "C-1");
    assertThat(unreadable.problems()).isNotEmpty(); // located: the form's problems, with their codes and pointers

    sql("UPDATE cg_consent SET document = ? WHERE id = 'C-1'", PrivacyJson.CONSENT.encode(stored.consent()));
    assertThat(consents.find("C-1")).contains(stored);
    sql("UPDATE cg_consent SET subject_id = '640381199003071234' WHERE id = 'C-1'");
    refused(() -> consents.forSubject(SubjectRef.of(person.type(), "640381199003071234")), Reason.INCONSISTENT_ROW, "cg_consent", "C-1");
    sql("UPDATE cg_consent SET subject_id = ?, recorded_at = 'yesterday' WHERE id = 'C-1'", person.identifier());
    refused(() -> consents.find("C-1"), Reason.INCONSISTENT_ROW, "cg_consent", "C-1");
    sql("UPDATE cg_consent SET recorded_at = ? WHERE id = 'C-1'", stored.recordedAt().toString());
    sql("UPDATE cg_consent_party SET party = '另一家银行' WHERE consent_id = 'C-1' AND party = '宁夏青铜峡农村商业银行'");
    refused(() -> consents.matching(person, "另一家银行", "P-1"), Reason.INCONSISTENT_ROW, "cg_consent", "C-1");
    refused(() -> consents.forParty("另一家银行", "P-1"), Reason.INCONSISTENT_ROW, "cg_consent", "C-1");
    assertThat(consents.forSubject(person)).containsExactly(stored);
  }

  @Test
  @DisplayName("SEC-1: a query-log row whose document or key columns do not read is refused with its reason")
  void badQueryLogRowsAreRefusedWithTheirReason() {
    QueryLogEntry e = StoreValues.entry(r, "Q-1", StoreValues.token(r), StoreValues.actor(r), Instant.parse("2026-03-02T01:00:00Z"));
    log.append(e);
    log.appendReview(StoreValues.review(r, "Q-1"));
    sql("UPDATE cg_query_entry SET document = '[]' WHERE query_id = 'Q-1'");
    refused(log::entries, Reason.UNREADABLE_ROW, "cg_query_entry", "Q-1");
    sql("UPDATE cg_query_entry SET document = ?, subject_token = 'k2026:other' WHERE query_id = 'Q-1'", PrivacyJson.QUERY_LOG_ENTRY.encode(e));
    refused(() -> log.forSubject("k2026:other"), Reason.INCONSISTENT_ROW, "cg_query_entry", "Q-1");
    sql("UPDATE cg_query_entry SET subject_token = ? WHERE query_id = 'Q-1'", e.subjectToken());
    assertThat(log.entry("Q-1")).contains(e);
    sql("UPDATE cg_query_review SET format = 'creditgov-query-log-entry/1'");
    StoreException review = catchThrowableOfType(StoreException.class, () -> log.reviews("Q-1"));
    assertThat(review.reason()).isEqualTo(Reason.UNKNOWN_FORMAT);
    assertThat(review.location()).startsWith("cg_query_review(");
  }

  /** Version 2 of the consent form as a later release might define it: version 1 wrote {@code party} for {@code authorisedParty}. */
  private static final JsonForm<Consent> CONSENT_2 = JsonForm.builder("consent", 2, PrivacyJson.CONSENT.codec())
      .upcaster(1, doc -> rename(doc, "party", "authorisedParty")).build();

  private static ObjectNode rename(ObjectNode doc, String from, String to) {
    JsonNode value = doc.remove(from);
    if (value != null) {
      doc.set(to, value);
    }
    return doc;
  }

  @Test
  @DisplayName("PRI-2: a row of an older form version is upcast on read and rewritten in the current version at its next update")
  void olderRowsAreUpcastOnReadAndRewrittenAtTheNextUpdate() {
    String v1 = PrivacyJson.CONSENT.encode(stored.consent()).replace("\"authorisedParty\":", "\"party\":");
    sql("UPDATE cg_consent SET document = ? WHERE id = 'C-1'", v1);
    JdbcConsentStore later = new JdbcConsentStore(database().dataSource(), CONSENT_2);
    assertThat(later.find("C-1")).contains(stored);
    assertThat(later.matching(person, "宁夏青铜峡农村商业银行", "P-1")).containsExactly(stored);
    // the release that wrote it does not read what it did not write
    refused(() -> consents.find("C-1"), Reason.UNREADABLE_ROW, "cg_consent", "C-1");

    StoredConsent used = stored.used();
    assertThat(later.update(1, used)).isTrue();
    assertThat(later.find("C-1")).contains(used);
    assertThat(column("format")).isEqualTo("creditgov-consent/2");
    assertThat(column("document")).startsWith("{\"format\":\"creditgov-consent/2\"").contains("\"authorisedParty\":");
    refused(() -> consents.find("C-1"), Reason.UNKNOWN_FORMAT, "cg_consent", "C-1");
  }

  private String column(String name) {
    try (Connection c = database().dataSource().getConnection();
        PreparedStatement s = c.prepareStatement("SELECT " + name + " FROM cg_consent WHERE id = 'C-1'");
        java.sql.ResultSet rs = s.executeQuery()) {
      assertThat(rs.next()).isTrue();
      return rs.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("PRI-4: an update changes a consent's state, never its terms")
  void anUpdateThatChangesTheTermsIsRefused() {
    Consent other = stored.consent().toBuilder().purposeCode("P-2").build();
    StoredConsent changed = StoredConsent.builder().from(stored.used()).consent(other).build();
    assertThatThrownBy(() -> consents.update(1, changed)).isInstanceOf(IllegalArgumentException.class);
    assertThat(consents.find("C-1")).contains(stored);
  }

  @Test
  @DisplayName("PRI-2: a value longer than its column is refused as a bad argument, nothing kept")
  void valuesLongerThanTheirColumnsAreRefused() {
    StoredConsent longParty = StoreValues.stored(r, StoreValues.consent(r, "C-2", person, "银".repeat(1001), "P-1"));
    assertThatThrownBy(() -> consents.insert(longParty)).isInstanceOf(IllegalArgumentException.class);
    assertThat(consents.find("C-2")).isEmpty();
    assertThat(consents.forSubject(person)).containsExactly(stored);
    QueryLogEntry longId = StoreValues.entry(r, "Q".repeat(201), StoreValues.token(r), StoreValues.actor(r), Instant.EPOCH);
    assertThatThrownBy(() -> log.append(longId)).isInstanceOf(IllegalArgumentException.class);
    assertThat(log.entries()).isEmpty();
    assertThatThrownBy(() -> log.appendReview(StoreValues.review(r, "Q".repeat(201)))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("PRI-3: the stores' texts name tables, never a subject")
  void noPersonalDataInTheStoresTexts() {
    assertThat(consents.toString()).isEqualTo("JdbcConsentStore[cg_consent]");
    assertThat(log.toString()).isEqualTo("JdbcQueryLog[cg_query_entry, cg_query_review]");
  }

  @Test
  @DisplayName("the schema is migrated from an empty database to version 3 (the procedures, consents and the query log, subjects), and migrating again changes nothing")
  void theSchemaIsMigratedOnceToVersion3() {
    Flyway flyway = Flyway.configure().dataSource(database().dataSource()).locations("classpath:db/migration/creditgov").load();
    MigrationInfo current = flyway.info().current();
    assertThat(current.getVersion().getVersion()).isEqualTo("3");
    assertThat(current.getScript()).isEqualTo("V3__subjects.sql");
    assertThat(flyway.migrate().migrationsExecuted).isZero();
    assertThat(List.of(flyway.info().applied())).extracting(MigrationInfo::getScript)
        .containsExactly("V1__procedures.sql", "V2__privacy.sql", "V3__subjects.sql");
  }
}
