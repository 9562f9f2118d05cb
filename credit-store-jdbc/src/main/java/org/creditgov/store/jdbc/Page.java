package org.creditgov.store.jdbc;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * One page of a keyset-paged query: the rows, and the key to ask the next page after (empty on the last page).
 *
 * @param rows the rows, in the database's order of their keys
 * @param next the key of the last row, to pass as {@code after} for the next page; empty if there is none
 * @param <R> the rows
 * @param <K> the key
 */
public record Page<R, K>(ImmutableList<R> rows, Optional<K> next) {

  /** Checks for nulls. */
  public Page {
    requireNonNull(rows, "rows");
    requireNonNull(next, "next");
  }
}
