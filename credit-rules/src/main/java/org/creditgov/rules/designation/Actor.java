package org.creditgov.rules.designation;

import static com.google.common.base.Preconditions.checkArgument;

import org.creditgov.core.CreditStyle;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.immutables.value.Value;

/**
 * Who takes a step (DES-7): the department (认定部门) and the officer who records it, with the
 * jurisdiction of the department. The officer id is an internal staff identifier, kept in the
 * record for accountability but redacted from {@code toString()}.
 */
@Value.Immutable
@CreditStyle
public abstract class Actor {

  Actor() {} // subclassed only by the generated ImmutableActor

  /**
   * An actor.
   *
   * @throws IllegalArgumentException if the department or officer id is blank
   */
  public static Actor of(String department, String officerId, Jurisdiction jurisdiction) {
    return ImmutableActor.builder().department(department).officerId(officerId).jurisdiction(jurisdiction).build();
  }

  /** The department's name, such as 青铜峡市市场监督管理局. */
  public abstract String department();

  /** The officer's internal id. Redacted in {@code toString()}. */
  @Value.Redacted
  public abstract String officerId();

  /** The jurisdiction of the department. */
  public abstract Jurisdiction jurisdiction();

  @Value.Check
  void check() {
    checkArgument(!department().isBlank() && !officerId().isBlank(), "an actor needs a department and an officer id");
  }
}
