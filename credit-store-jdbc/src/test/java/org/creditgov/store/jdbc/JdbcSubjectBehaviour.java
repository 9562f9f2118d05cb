package org.creditgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.creditgov.core.subject.IdentityDocument;
import org.creditgov.core.subject.NaturalPerson;
import org.creditgov.core.subject.Organisation;
import org.creditgov.core.subject.SubjectRef;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.rules.designation.MaskedSubject;
import org.creditgov.store.jdbc.StoreException.Reason;
import org.creditgov.testkit.DesignationGenerators;
import org.creditgov.testkit.SubjectGenerators;
import org.creditgov.testkit.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC subject directory does beyond the SPI contract, on each database: masking really
 * removes the details from the row and erasing the row itself; what was put is found by a
 * directory opened anew on the same database; a row that does not read is refused naming the
 * table and the masked reference only; names a database would not keep as they are are refused.
 */
abstract class JdbcSubjectBehaviour {

  /** The database the tests run on. */
  abstract TestDatabase database();

  private JdbcSubjectDirectory directory;
  private final SplittableRandom r = new SplittableRandom(7);

  @BeforeEach
  void emptyDirectory() {
    database().clear();
    directory = JdbcSubjectDirectory.on(database().dataSource());
  }

  /** The row of {@code ref} as text: the six columns, or empty. */
  private Optional<List<String>> row(SubjectRef ref) {
    try (Connection c = database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(
        "SELECT subject_type, subject_id, display_name, name, document_kind, birth_date FROM cg_subject"
            + " WHERE subject_type = ? AND subject_id = ?")) {
      s.setString(1, ref.type().name());
      s.setString(2, ref.identifier());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        List<String> columns = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
          columns.add(rs.getString(i));
        }
        return Optional.of(columns);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private void sql(String statement, Object... parameters) throws SQLException {
    try (Connection c = database().dataSource().getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      s.executeUpdate();
    }
  }

  @Test
  @DisplayName("PRI-3, PRI-1: a mask sets the detail columns to NULL, keeping only the masked view; an erasure deletes the row")
  void maskingClearsTheDetailColumnsAndErasingDeletesTheRow() {
    NaturalPerson person = SubjectGenerators.person(r, IdentityDocument.Kind.RESIDENT_ID);
    SubjectRef ref = directory.put(person);
    String display = MaskedSubject.of(person).displayName();
    assertThat(row(ref)).contains(java.util.Arrays.asList("NATURAL_PERSON", ref.identifier(), display, person.name(),
        "RESIDENT_ID", person.birthDate().toString()));
    assertThat(directory.mask(ref)).isTrue();
    assertThat(row(ref)).contains(java.util.Arrays.asList("NATURAL_PERSON", ref.identifier(), display, null, null, null));
    assertThat(directory.erase(ref)).isTrue();
    assertThat(row(ref)).isEmpty();

    Organisation company = SubjectGenerators.organisation(r, SubjectType.INDIVIDUAL_BUSINESS);
    SubjectRef c = directory.put(company);
    assertThat(row(c)).contains(java.util.Arrays.asList("INDIVIDUAL_BUSINESS", company.creditCode().value(), company.name(),
        company.name(), null, null));
    assertThat(directory.mask(c)).isTrue();
    assertThat(row(c)).contains(java.util.Arrays.asList("INDIVIDUAL_BUSINESS", company.creditCode().value(), company.name(),
        null, null, null));
  }

  @Test
  @DisplayName("DES-7: the details put are found by a directory of new stores opened on the same database")
  void whatWasPutIsFoundByStoresOpenedAnew() {
    List<SubjectRef> refs = new ArrayList<>();
    List<org.creditgov.core.subject.Subject> subjects = new ArrayList<>();
    for (org.creditgov.core.subject.Subject s : SubjectGenerators.everyKind(r)) {
      subjects.add(s);
      refs.add(stores().subjects().put(s));
    }
    assertThat(stores().subjects().mask(refs.get(0))).isTrue();
    JdbcSubjectDirectory reopened = stores().subjects();
    assertThat(reopened.find(refs.get(0))).isEmpty();
    assertThat(reopened.masked(refs.get(0))).contains(MaskedSubject.of(subjects.get(0)));
    for (int i = 1; i < refs.size(); i++) {
      assertThat(reopened.find(refs.get(i))).contains(subjects.get(i));
    }
  }

  private JdbcStores stores() {
    return JdbcStores.builder(database().dataSource()).clock(TestClock.at(SubjectGenerators.TODAY))
        .listTypes(DesignationGenerators.registry()).build();
  }

  @Test
  @DisplayName("DES-7: a row whose details read as no subject of its reference is refused as INCONSISTENT_ROW, naming the table and the masked reference")
  void aRowThatDoesNotReadIsRefused() throws SQLException {
    String id = "64038119900307123X"; // a valid resident ID number
    SubjectRef person = SubjectRef.of(SubjectType.NATURAL_PERSON, id);
    sql("INSERT INTO cg_subject (subject_type, subject_id, display_name, name, document_kind, birth_date)"
        + " VALUES (?, ?, ?, ?, ?, ?)", "NATURAL_PERSON", id, "王*", "王五", "RESIDENT_ID", "1991-01-01"); // not the date it encodes
    SubjectRef company = SubjectRef.of(SubjectType.LEGAL_PERSON, "NOT-A-CREDIT-CODE");
    sql("INSERT INTO cg_subject (subject_type, subject_id, display_name, name) VALUES (?, ?, ?, ?)",
        "LEGAL_PERSON", "NOT-A-CREDIT-CODE", "某公司", "某公司");
    SubjectRef otherKind = SubjectRef.of(SubjectType.NATURAL_PERSON, "E12345678");
    sql("INSERT INTO cg_subject (subject_type, subject_id, display_name, name, document_kind, birth_date)"
        + " VALUES (?, ?, ?, ?, ?, ?)", "NATURAL_PERSON", "E12345678", "李**", "李四", "DRIVING_LICENCE", "1990-01-01");
    SubjectRef wrongView = SubjectRef.of(SubjectType.NATURAL_PERSON, "E87654321");
    sql("INSERT INTO cg_subject (subject_type, subject_id, display_name, name, document_kind, birth_date)"
        + " VALUES (?, ?, ?, ?, ?, ?)", "NATURAL_PERSON", "E87654321", "赵**", "李四", "PASSPORT", "1990-01-01");
    for (SubjectRef ref : List.of(person, company, otherKind, wrongView)) {
      StoreException e = catchThrowableOfType(StoreException.class, () -> directory.find(ref));
      assertThat(e).as("refused").isNotNull();
      assertThat(e.reason()).isEqualTo(Reason.INCONSISTENT_ROW);
      assertThat(e.location()).isEqualTo("cg_subject(" + ref + ")");
      assertThat(e.getMessage()).doesNotContain(ref.identifier()).doesNotContain("李四").doesNotContain("王五");
    }
    // the masked view alone still reads once the details are gone
    assertThat(directory.mask(person)).isTrue();
    assertThat(directory.masked(person)).contains(new MaskedSubject(person, "王*"));
  }

  @Test
  @DisplayName("PRI-3: the schema keeps a row full or masked, never half: details without the person's document or birth date are refused")
  void theSchemaRefusesHalfMaskedRows() {
    assertThatThrownBy(() -> sql("INSERT INTO cg_subject (subject_type, subject_id, display_name, name, document_kind, birth_date)"
        + " VALUES (?, ?, ?, ?, ?, ?)", "NATURAL_PERSON", "E1", "王*", null, null, "1990-01-01"))
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> sql("INSERT INTO cg_subject (subject_type, subject_id, display_name, name, document_kind)"
        + " VALUES (?, ?, ?, ?, ?)", "LEGAL_PERSON", "X1", "某公司", "某公司", "PASSPORT"))
        .isInstanceOf(SQLException.class);
  }

  @Test
  @DisplayName("PRI-1: a name holding U+0000 or an unpaired surrogate is refused on both databases, nothing stored")
  void namesADatabaseWouldNotKeepAreRefused() {
    NaturalPerson person = SubjectGenerators.person(r, IdentityDocument.Kind.PASSPORT);
    for (String name : List.of("王\u0000五", "王\uD842五", "王\uDFB7")) {
      NaturalPerson bad = person.toBuilder().name(name).build();
      assertThatThrownBy(() -> directory.put(bad)).isInstanceOf(IllegalArgumentException.class);
      assertThat(row(SubjectRef.of(bad))).isEmpty();
    }
    NaturalPerson supplementary = person.toBuilder().name("𠮷野家").build();
    assertThat(directory.find(directory.put(supplementary))).contains(supplementary);
  }

  @Test
  @DisplayName("PRI-3: the directory's text names its table, never a subject")
  void noPersonalDataInItsText() {
    var unused = directory.put(SubjectGenerators.person(r, IdentityDocument.Kind.RESIDENT_ID));
    assertThat(directory.toString()).isEqualTo("JdbcSubjectDirectory[cg_subject]");
    assertThat(stores().subjects().toString()).isEqualTo("JdbcSubjectDirectory[cg_subject]");
  }
}
