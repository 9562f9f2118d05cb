package org.creditgov.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.creditgov.core.json.CoreJson;
import org.junit.jupiter.api.Test;

/**
 * The stores' one exception (DES-7, PRI-2, SEC-1): a database failure keeps the driver's exception
 * only where its message cannot echo a row's values, and a stored document that does not read is
 * refused with its located problems, never its content.
 */
class StoreExceptionTest {

  private static final String ID_NUMBER = "64038119900307123X";

  @Test
  void aDataOrIntegrityFailureDropsTheDriversMessageWhichCanEchoTheRow() {
    for (String state : new String[] {"23505", "23502", "22001", "22P02"}) {
      SQLException driver = new SQLException("ERROR: duplicate key; Failing row contains (" + ID_NUMBER + ", 王某)", state, 0);
      StoreException e = StoreException.database("cg_consent", "an insert", driver);
      assertThat(e.reason()).isEqualTo(StoreException.Reason.DATABASE);
      assertThat(e.sqlState()).contains(state);
      assertThat(e.getCause()).as(state).isNull();
      assertThat(e.getMessage()).contains("cg_consent").contains(state).doesNotContain(ID_NUMBER).doesNotContain("王某");
    }
    SQLException noState = new SQLException("Failing row contains (" + ID_NUMBER + ")");
    assertThat(StoreException.database("cg_consent", "an insert", noState).getCause()).isNull();
  }

  @Test
  void anotherFailureKeepsTheDriversExceptionAsCause() {
    SQLException down = new SQLException("Connection refused", "08001", 0);
    StoreException e = StoreException.database("database", "connecting", down);
    assertThat(e.getCause()).isSameAs(down);
    assertThat(e.sqlState()).contains("08001");
  }

  @Test
  void aDocumentOfAnotherFormOrVersionOrThatDoesNotReadIsRefusedWithoutItsContent() {
    String where = StoreException.row("cg_consent", "C-1");
    assertThat(where).isEqualTo("cg_consent(C-1)");
    for (String format : new String[] {"creditgov-finding/2", "creditgov-verdict/0", "creditgov-verdict/01", "creditgov-verdict/",
        "verdict/1", "creditgov-verdict/99999"}) {
      StoreException e = org.assertj.core.api.Assertions.catchThrowableOfType(StoreException.class,
          () -> StoreException.decode(CoreJson.VERDICT, where, format, "{}"));
      assertThat(e).as(format).isNotNull();
      assertThat(e.reason()).as(format).isEqualTo(StoreException.Reason.UNKNOWN_FORMAT);
      assertThat(e.location()).isEqualTo(where);
    }
    StoreException unreadable = org.assertj.core.api.Assertions.catchThrowableOfType(StoreException.class,
        () -> StoreException.decode(CoreJson.VERDICT, where, CoreJson.VERDICT.format(), "{\"format\":\"" + CoreJson.VERDICT.format()
            + "\",\"findings\":\"" + ID_NUMBER + "\"}"));
    assertThat(unreadable.reason()).isEqualTo(StoreException.Reason.UNREADABLE_ROW);
    assertThat(unreadable.problems()).isNotEmpty();
    assertThat(unreadable.getMessage()).doesNotContain(ID_NUMBER);
  }
}
