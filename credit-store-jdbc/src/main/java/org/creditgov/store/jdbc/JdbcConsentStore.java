package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.creditgov.core.json.JsonForm;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.privacy.consent.Consent;
import org.creditgov.privacy.consent.ConsentStore;
import org.creditgov.privacy.consent.StoredConsent;
import org.creditgov.privacy.json.PrivacyJson;
import org.jspecify.annotations.Nullable;

/**
 * The {@link ConsentStore} in a database (PRI-2, PRI-4): table {@code cg_consent} holds each
 * consent's terms as its canonical document ({@code creditgov-consent}, {@link PrivacyJson#CONSENT})
 * with its format, and its state (version, recording and withdrawal instants, uses made) in
 * columns; {@code cg_consent_party} holds the parties it names for its purpose (the authorised
 * party and the processor it may provide to), so that {@link #matching} and {@link #forParty} are
 * index lookups. The subject is stored as its reference (type and identifier), which {@link
 * #forSubject} looks up; no name or other personal data is stored beside it.
 *
 * <p>Every write is one transaction: an insert writes the consent and its parties or nothing; an
 * update is one conditional {@code UPDATE … WHERE id = ? AND version = ?}, so that of writers who
 * read the same version exactly one succeeds and the others get {@code false}. An update rewrites
 * the document in the current version of the form, so that rows of older versions are upgraded
 * as they change; a row is read through the form's upcasters whatever its version. A row that
 * does not read is refused with a {@link StoreException}. The schema is migrated by Flyway
 * ({@code db/migration/creditgov}); the store neither creates nor alters tables. Thread-safe, as
 * the data source is.
 */
public final class JdbcConsentStore implements ConsentStore {

  static final String TABLE = "cg_consent";
  private static final String COLUMNS = "c.id, c.subject_type, c.subject_id, c.recorded_at, c.version, c.withdrawn_at, c.uses_made, c.format, c.document";

  private final DataSource dataSource;
  private final JsonForm<Consent> form;

  JdbcConsentStore(DataSource dataSource, JsonForm<Consent> form) {
    this.dataSource = requireNonNull(dataSource, "dataSource");
    this.form = requireNonNull(form, "form");
  }

  /**
   * The consents kept in the database of {@code dataSource}, whose schema Flyway has migrated.
   *
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static JdbcConsentStore on(DataSource dataSource) {
    return new JdbcConsentStore(dataSource, PrivacyJson.CONSENT);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if its row does not read or the database fails
   */
  @Override
  public Optional<StoredConsent> find(String id) {
    requireNonNull(id, "id");
    ImmutableList<StoredConsent> found = select("SELECT " + COLUMNS + " FROM cg_consent c WHERE c.id = ?", null, null, id);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if one of its rows does not read or the database fails
   */
  @Override
  public ImmutableList<StoredConsent> forSubject(SubjectRef subject) {
    requireNonNull(subject, "subject");
    return select("SELECT " + COLUMNS + " FROM cg_consent c WHERE c.subject_type = ? AND c.subject_id = ? ORDER BY c.seq",
        null, null, subject.type().name(), subject.identifier());
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if one of its rows does not read or the database fails
   */
  @Override
  public ImmutableList<StoredConsent> matching(SubjectRef subject, String party, String purposeCode) {
    requireNonNull(subject, "subject");
    return select("SELECT " + COLUMNS + " FROM cg_consent c JOIN cg_consent_party p ON p.consent_id = c.id"
        + " WHERE c.subject_type = ? AND c.subject_id = ? AND p.party = ? AND p.purpose_code = ? ORDER BY c.seq",
        requireNonNull(party, "party"), requireNonNull(purposeCode, "purposeCode"), subject.type().name(), subject.identifier(),
        party, purposeCode);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if one of its rows does not read or the database fails
   */
  @Override
  public ImmutableList<StoredConsent> forParty(String party, String purposeCode) {
    return select("SELECT " + COLUMNS + " FROM cg_consent c JOIN cg_consent_party p ON p.consent_id = c.id"
        + " WHERE p.party = ? AND p.purpose_code = ? ORDER BY c.seq",
        requireNonNull(party, "party"), requireNonNull(purposeCode, "purposeCode"), party, purposeCode);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if a party or the purpose is longer than its column
   *     (1,000 and 200 characters)
   * @throws StoreException if the database fails
   */
  @Override
  public boolean insert(StoredConsent consent) {
    requireNonNull(consent, "consent");
    if (consent.version() != 1) {
      throw new IllegalArgumentException("a consent is inserted at version 1");
    }
    Consent c = consent.consent();
    Set<String> parties = new LinkedHashSet<>();
    parties.add(c.authorisedParty());
    c.provisionTo().ifPresent(parties::add);
    String document = form.encode(c);
    try {
      return PrivacySql.transaction(dataSource, connection -> {
        try (PreparedStatement s = connection.prepareStatement("INSERT INTO cg_consent"
            + " (id, subject_type, subject_id, recorded_at, version, withdrawn_at, uses_made, format, document)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          s.setString(1, c.id());
          s.setString(2, c.subject().type().name());
          s.setString(3, c.subject().identifier());
          s.setString(4, consent.recordedAt().toString());
          s.setLong(5, consent.version());
          PrivacySql.setText(s, 6, consent.withdrawnAt().map(Instant::toString).orElse(null));
          s.setInt(7, consent.usesMade());
          s.setString(8, form.format());
          s.setString(9, document);
          int rows = s.executeUpdate();
          if (rows != 1) {
            throw new IllegalStateException("an insert wrote " + rows + " rows");
          }
        }
        try (PreparedStatement s = connection.prepareStatement(
            "INSERT INTO cg_consent_party (consent_id, party, purpose_code) VALUES (?, ?, ?)")) {
          for (String party : parties) {
            s.setString(1, c.id());
            s.setString(2, party);
            s.setString(3, c.purposeCode());
            s.addBatch();
          }
          s.executeBatch();
        }
        return true;
      });
    } catch (SQLException e) {
      if (PrivacySql.isUniqueViolation(e)) {
        return false;
      }
      throw refused(e, "an insert");
    }
  }

  /**
   * {@inheritDoc} Also refuses, with an {@link IllegalArgumentException}, an update that would change
   * the consent's terms rather than its state (as {@link
   * org.creditgov.privacy.consent.InMemoryConsentStore} does).
   *
   * @throws StoreException if the stored row does not read or the database fails
   */
  @Override
  public boolean update(long expectedVersion, StoredConsent next) {
    requireNonNull(next, "next");
    if (next.version() != expectedVersion + 1) {
      throw new IllegalArgumentException("an update moves a consent one version on");
    }
    String document = form.encode(next.consent());
    try {
      return PrivacySql.transaction(dataSource, connection -> {
        Optional<StoredConsent> stored =
            PrivacySql.rows(connection, "SELECT " + COLUMNS + " FROM cg_consent c WHERE c.id = ?", this::consent, next.id()).stream().findFirst();
        if (stored.isEmpty() || stored.get().version() != expectedVersion) {
          return false;
        }
        if (!stored.get().consent().equals(next.consent())) {
          throw new IllegalArgumentException("an update changes a consent's state, never its terms");
        }
        try (PreparedStatement s = connection.prepareStatement("UPDATE cg_consent SET version = ?, recorded_at = ?,"
            + " withdrawn_at = ?, uses_made = ?, format = ?, document = ? WHERE id = ? AND version = ?")) {
          s.setLong(1, next.version());
          s.setString(2, next.recordedAt().toString());
          PrivacySql.setText(s, 3, next.withdrawnAt().map(Instant::toString).orElse(null));
          s.setInt(4, next.usesMade());
          s.setString(5, form.format());
          s.setString(6, document);
          s.setString(7, next.id());
          s.setLong(8, expectedVersion);
          return s.executeUpdate() == 1;
        }
      });
    } catch (SQLException e) {
      if (PrivacySql.isConcurrentUpdate(e)) {
        return false;
      }
      throw refused(e, "an update");
    }
  }

  private static RuntimeException refused(SQLException e, String what) {
    if (PrivacySql.isTooLong(e)) {
      return new IllegalArgumentException("a party or purpose is longer than the store keeps (1,000 and 200 characters)");
    }
    return PrivacySql.failure(TABLE, what, e);
  }

  private ImmutableList<StoredConsent> select(String sql, @Nullable String party, @Nullable String purpose, String... parameters) {
    return PrivacySql.lookup(dataSource, TABLE, sql, rs -> consent(rs, party, purpose), (Object[]) parameters);
  }

  /**
   * The consent of the current row, its columns checked against its document, and against the
   * lookup's party and purpose where it has them (from the party row that selected it).
   */
  private StoredConsent consent(ResultSet rs, @Nullable String party, @Nullable String purpose) throws SQLException {
    StoredConsent stored = consent(rs);
    if (party != null && !(stored.consent().covers(party) && stored.consent().purposeCode().equals(purpose))) {
      throw PrivacySql.inconsistent(TABLE, stored.id(), "the consent does not name the party and purpose its party row does");
    }
    return stored;
  }

  /** The consent of the current row, its columns checked against its document. */
  private StoredConsent consent(ResultSet rs) throws SQLException {
    String id = PrivacySql.text(rs, "id", TABLE, "?");
    Consent consent = PrivacySql.decode(form, TABLE, id, PrivacySql.text(rs, "format", TABLE, id),
        PrivacySql.text(rs, "document", TABLE, id));
    if (!consent.id().equals(id) || !consent.subject().type().name().equals(rs.getString("subject_type"))
        || !consent.subject().identifier().equals(rs.getString("subject_id"))) {
      throw PrivacySql.inconsistent(TABLE, id, "the id or subject columns differ from the document's");
    }
    try {
      StoredConsent.Builder b = StoredConsent.builder().consent(consent)
          .recordedAt(Instant.parse(PrivacySql.text(rs, "recorded_at", TABLE, id)))
          .version(rs.getLong("version")).usesMade(rs.getInt("uses_made"));
      String withdrawn = rs.getString("withdrawn_at");
      if (withdrawn != null) {
        b.withdrawnAt(Instant.parse(withdrawn));
      }
      return b.build();
    } catch (DateTimeParseException | IllegalArgumentException e) {
      throw PrivacySql.inconsistent(TABLE, id, "the state columns hold no consent's state (an instant, a version from 1, uses from 0)");
    }
  }

  /** The table it keeps, never its content. */
  @Override
  public String toString() {
    return "JdbcConsentStore[" + TABLE + "]";
  }
}
