package org.creditgov.privacy.query;

import org.creditgov.core.CreditStyle;
import org.immutables.value.Value;

/**
 * Who queries (SEC-1): the department (or institution) and the officer's account within it. The
 * officer is named by an account id, never by a personal identifier (the query log refuses an ID
 * number).
 */
@Value.Immutable
@CreditStyle
public abstract class Actor {

  Actor() {} // subclassed only by the generated implementation

  /**
   * The actor of {@code department} and {@code officer}.
   *
   * @throws IllegalArgumentException if either is blank
   * @throws NullPointerException if either is null
   */
  public static Actor of(String department, String officer) {
    return ImmutableActor.builder().department(department).officer(officer).build();
  }

  /** The department or institution, as consents name authorised parties. */
  public abstract String department();

  /** The officer's account id in the department. */
  public abstract String officer();

  @Value.Check
  void check() {
    if (department().isBlank() || officer().isBlank()) {
      throw new IllegalArgumentException("an actor names a department and an officer");
    }
  }
}
