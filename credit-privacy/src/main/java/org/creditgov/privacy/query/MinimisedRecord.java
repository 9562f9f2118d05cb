package org.creditgov.privacy.query;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * One credit record as a query returns it (PRI-1, PRI-3): its item, decision date and document
 * number, and only the fields the purpose needs, the founding covers and the catalog lets out,
 * personal ones masked for the audience. The values may still be personal data: never printed.
 */
@Value.Immutable
@CreditStyle
public abstract class MinimisedRecord {

  MinimisedRecord() {} // subclassed only by the generated implementation

  /**
   * A record as returned. The gateway makes these from the records it minimised; the query-result
   * form reads them back ({@code creditgov-query-result/1}).
   *
   * @throws NullPointerException if an argument, key or value is null
   */
  public static MinimisedRecord of(String itemCode, LocalDate decisionDate, String documentNumber, Map<String, Object> fields) {
    return ImmutableMinimisedRecord.builder().itemCode(itemCode).decisionDate(decisionDate).documentNumber(documentNumber)
        .putAllFields(fields).build();
  }

  /** The catalog item. */
  public abstract String itemCode();

  /** The date of the decision the record rests on. */
  public abstract LocalDate decisionDate();

  /** The decision's document number. */
  public abstract String documentNumber();

  /** The fields returned, masked where personal. Never printed. */
  @Value.Redacted
  public abstract ImmutableMap<String, Object> fields();
}
