package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.creditgov.core.identity.ForeignPermanentResidentId;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.identity.UnifiedSocialCreditCode;
import org.creditgov.core.subject.IdentityDocument;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.Subject;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.rules.designation.MaskedSubject;
import org.creditgov.rules.designation.SubjectDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The {@link SubjectDirectory} in a database (DES-7, PRI-1, PRI-3): the one place a subject's
 * details live, in table {@code cg_subject} apart from the events, which name subjects by
 * reference only. One row per reference, keyed by (subject type, identifier), holds the masked
 * view ({@link MaskedSubject#displayName()}) beside the details: the name, and for a natural person
 * the kind of identity document (its number is the identifier) and the birth date.
 *
 * <p>Observably the same as {@link SubjectDirectory#inMemory()}: {@link #put} replaces whatever is
 * kept under the reference (full, masked or nothing); {@link #mask} sets the detail columns to
 * NULL, so the details are really gone from the row (not flagged), and answers true only for a
 * row that had them; {@link #erase} deletes the row. Each call is one statement in one
 * transaction, so a concurrent reader sees a row full, masked or absent, never half-written.
 *
 * <p>Concurrent puts of one subject never fail: a put is one upsert ({@code INSERT … ON CONFLICT
 * (subject_type, subject_id) DO UPDATE} on PostgreSQL, which never reports a duplicate key for
 * it; {@code MERGE … KEY} on H2, which may report a concurrent insert of the same key as a
 * duplicate key or a concurrent update), and a statement that loses such a race is run again — it
 * then finds the winner's row and replaces it, as a later put would. The same retry serves a mask
 * or an erase that meets H2's concurrent-update error: run again, it finds the row as the winner
 * left it, so of concurrent masks (or erases) of one row exactly one answers true.
 *
 * <p>The schema is migrated by Flyway ({@code V3__subjects.sql} in {@code db/migration/creditgov});
 * the directory neither creates nor alters tables. A row that does not read as a subject of its
 * reference is refused with a {@link StoreException} of reason {@code INCONSISTENT_ROW}; a
 * database failure with one of reason {@code DATABASE}. Neither names more of the subject than
 * its masked reference. Thread-safe, as the data source is.
 */
public final class JdbcSubjectDirectory implements SubjectDirectory {

  static final String TABLE = "cg_subject";
  private static final List<String> KEY = List.of("subject_type", "subject_id");
  private static final List<String> COLUMNS =
      List.of("subject_type", "subject_id", "display_name", "name", "document_kind", "birth_date");
  private static final String SELECT = "SELECT " + String.join(", ", COLUMNS) + " FROM " + TABLE
      + " WHERE subject_type = ? AND subject_id = ?";
  /** How often a write that lost a race on its row is run again before the failure is reported. */
  private static final int ATTEMPTS = 20;
  /**
   * Re-reads a stored resident ID number: it was valid when put, so "not born after today" is
   * judged by a clock at the end of year 9999 rather than the system's, which would make a row
   * unreadable by a machine whose clock is behind the clock the number was parsed with.
   */
  private static final ResidentIdNumber.Parser RESIDENT_IDS =
      ResidentIdNumber.parser(Clock.fixed(Instant.parse("9999-12-31T00:00:00Z"), ZoneOffset.UTC));

  private final Database db;
  private final String upsert;

  JdbcSubjectDirectory(Database db) {
    this.db = requireNonNull(db, "db");
    this.upsert = db.dialect().upsert(TABLE, KEY, COLUMNS);
  }

  /**
   * The directory kept in the database of {@code dataSource}, whose schema Flyway has migrated.
   *
   * @throws NullPointerException if {@code dataSource} is null
   * @throws StoreException of reason DATABASE if the database cannot be reached
   */
  public static JdbcSubjectDirectory on(DataSource dataSource) {
    // the directory reads no time; the clock adapter only satisfies Database
    return new JdbcSubjectDirectory(new Database(requireNonNull(dataSource, "dataSource"), ChinaTime.systemClock()));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also if the subject's reference cannot be made (an identifier
   *     of more than 64 characters, say), or a name is no well-formed Unicode text, holds U+0000
   *     (which PostgreSQL does not store), or is longer than the column keeps (1,000,000
   *     characters on H2)
   * @throws StoreException if the database fails
   */
  @Override
  public SubjectRef put(Subject subject) {
    MaskedSubject masked = MaskedSubject.of(requireNonNull(subject, "subject"));
    SubjectRef ref = masked.ref();
    String name;
    @Nullable String kind = null;
    @Nullable String birthDate = null;
    if (subject instanceof Organisation o) {
      name = o.name();
    } else {
      NaturalPerson p = (NaturalPerson) subject;
      name = p.name();
      kind = p.document().kind().name();
      birthDate = p.birthDate().toString();
    }
    checkStorable(name);
    String display = masked.displayName();
    @Nullable String[] values = {ref.type().name(), ref.identifier(), display, name, kind, birthDate};
    int rows = write("a put", c -> {
      try (PreparedStatement s = c.prepareStatement(upsert)) {
        for (int i = 0; i < values.length; i++) {
          PrivacySql.setText(s, i + 1, values[i]);
        }
        return s.executeUpdate();
      }
    });
    if (rows != 1) {
      throw new IllegalStateException("a put wrote " + rows + " rows");
    }
    return ref;
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the row does not read or the database fails
   */
  @Override
  public Optional<Subject> find(SubjectRef ref) {
    return row(requireNonNull(ref, "ref")).flatMap(Row::subject);
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoreException if the row does not read or the database fails
   */
  @Override
  public Optional<MaskedSubject> masked(SubjectRef ref) {
    return row(requireNonNull(ref, "ref")).map(Row::masked);
  }

  /**
   * {@inheritDoc} The detail columns are set to NULL in the row, the masked view kept.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean mask(SubjectRef ref) {
    requireNonNull(ref, "ref");
    return write("a mask", c -> {
      try (PreparedStatement s = c.prepareStatement("UPDATE " + TABLE
          + " SET name = NULL, document_kind = NULL, birth_date = NULL"
          + " WHERE subject_type = ? AND subject_id = ? AND name IS NOT NULL")) {
        s.setString(1, ref.type().name());
        s.setString(2, ref.identifier());
        return s.executeUpdate();
      }
    }) == 1;
  }

  /**
   * {@inheritDoc} The row is deleted.
   *
   * @throws StoreException if the database fails
   */
  @Override
  public boolean erase(SubjectRef ref) {
    requireNonNull(ref, "ref");
    return write("an erasure", c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM " + TABLE + " WHERE subject_type = ? AND subject_id = ?")) {
        s.setString(1, ref.type().name());
        s.setString(2, ref.identifier());
        return s.executeUpdate();
      }
    }) == 1;
  }

  /** The table it keeps, never its content. */
  @Override
  public String toString() {
    return "JdbcSubjectDirectory[" + TABLE + "]";
  }

  /**
   * Refuses a name the databases would not keep as it is: PostgreSQL stores no U+0000, and a
   * driver writes an unpaired surrogate as {@code ?}; both the same way on H2, so that the two
   * databases answer alike.
   */
  private static void checkStorable(String name) {
    for (int i = 0; i < name.length(); i++) {
      char ch = name.charAt(i);
      if (ch == '\u0000') {
        throw new IllegalArgumentException("the directory stores no name holding U+0000");
      }
      if (Character.isHighSurrogate(ch) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(ch)) {
        throw new IllegalArgumentException("the directory stores names of well-formed Unicode text (an unpaired surrogate)");
      }
    }
  }

  /**
   * Runs one statement in a transaction of its own, again when it lost a race on its row (H2's
   * duplicate key of a concurrent MERGE, a concurrent update, a serialization failure).
   */
  private int write(String what, PrivacySql.Work<Integer> work) {
    for (int attempt = 1; ; attempt++) {
      try {
        return PrivacySql.transaction(db.dataSource(), work);
      } catch (SQLException e) {
        boolean lostARace = db.dialect().isKeyTaken(e) || PrivacySql.isConcurrentUpdate(e);
        if (lostARace && attempt < ATTEMPTS) {
          continue;
        }
        if (PrivacySql.isTooLong(e)) {
          throw new IllegalArgumentException("a name is longer than the directory keeps", e);
        }
        throw PrivacySql.failure(TABLE, what, e);
      }
    }
  }

  private Optional<Row> row(SubjectRef ref) {
    ImmutableList<Row> rows = PrivacySql.lookup(db.dataSource(), TABLE, SELECT, rs -> read(ref, rs),
        ref.type().name(), ref.identifier());
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** One row: the masked view, and the details unless masked. */
  private record Row(MaskedSubject masked, Optional<Subject> subject) {}

  /** The row of {@code ref}, its details read back into a subject of that reference, or refused. */
  private static Row read(SubjectRef ref, ResultSet rs) throws SQLException {
    String key = ref.toString(); // the identifier masked: a location never names a subject
    MaskedSubject masked = new MaskedSubject(ref, PrivacySql.text(rs, "display_name", TABLE, key));
    String name = rs.getString("name");
    if (name == null) {
      return new Row(masked, Optional.empty());
    }
    Subject subject;
    try {
      subject = ref.type().isOrganisation()
          ? Organisation.of(ref.type(), UnifiedSocialCreditCode.parse(ref.identifier()), name)
          : person(ref, name, PrivacySql.text(rs, "document_kind", TABLE, key), PrivacySql.text(rs, "birth_date", TABLE, key));
    } catch (IllegalArgumentException | IllegalStateException | DateTimeParseException e) {
      throw PrivacySql.inconsistent(TABLE, key, "the detail columns hold no subject of the row's reference");
    }
    if (!MaskedSubject.of(subject).equals(masked)) {
      throw PrivacySql.inconsistent(TABLE, key, "the masked view differs from the details'");
    }
    return new Row(masked, Optional.of(subject));
  }

  /** The natural person of the row: the document rebuilt from its kind and the identifier. */
  private static NaturalPerson person(SubjectRef ref, String name, String kindName, String birthDate) {
    if (ref.type() != SubjectType.NATURAL_PERSON) {
      throw new IllegalArgumentException("not a person's reference");
    }
    IdentityDocument.Kind kind = IdentityDocument.Kind.valueOf(kindName);
    IdentityDocument document = switch (kind) {
      case RESIDENT_ID -> IdentityDocument.of(RESIDENT_IDS.parse(ref.identifier()));
      case FOREIGN_PERMANENT_RESIDENT_ID -> IdentityDocument.of(ForeignPermanentResidentId.parse(ref.identifier()));
      default -> IdentityDocument.other(kind, ref.identifier());
    };
    return NaturalPerson.builder().name(name).document(document).birthDate(LocalDate.parse(birthDate)).build();
  }
}
