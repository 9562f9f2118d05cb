package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.creditgov.rules.designation.Status;

/**
 * Which designations to page through ({@link JdbcDesignationStore#find}): by department, list type
 * and status on the last step, each optional (DES-6, OPS-2).
 *
 * @param department the department that proposed them
 * @param listTypeCode the list's code
 * @param status the status on the last step
 */
public record DesignationQuery(Optional<String> department, Optional<String> listTypeCode, Optional<Status> status) {

  /** Every designation. */
  public static final DesignationQuery ALL = new DesignationQuery(Optional.empty(), Optional.empty(), Optional.empty());

  /** Checks for nulls. */
  public DesignationQuery {
    requireNonNull(department, "department");
    requireNonNull(listTypeCode, "listTypeCode");
    requireNonNull(status, "status");
  }

  /** This query, of {@code department} only. */
  public DesignationQuery department(String department) {
    return new DesignationQuery(Optional.of(department), listTypeCode, status);
  }

  /** This query, of the list {@code code} only. */
  public DesignationQuery listType(String code) {
    return new DesignationQuery(department, Optional.of(code), status);
  }

  /** This query, of designations in {@code status} on their last step only. */
  public DesignationQuery status(Status status) {
    return new DesignationQuery(department, listTypeCode, Optional.of(status));
  }
}
