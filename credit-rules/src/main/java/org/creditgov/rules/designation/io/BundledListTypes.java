package org.creditgov.rules.designation.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.rules.designation.ListTypeRegistry;
import org.creditgov.rules.designation.ListTypeSet;

/**
 * The list types bundled with the library, for the demo, the docs and tests: <b>an example, every
 * figure UNCONFIRMED</b> (no national objection deadline, notice window or listing period is
 * confirmed; see each file's {@code unconfirmed} notes). A national example layer
 * ({@code SAFETY-SEVERE}, {@code WAGE-ARREARS-JOINT-PUNISHMENT}), a Ningxia layer with a list
 * applied only locally and founded on an example local regulation ({@code NX-FUNDING-SEVERE}), and
 * a Qingtongxia layer whose list applies the national safety list with its own windows ({@code
 * SAFETY-SEVERE-640381}). Load your sector's list types with {@link ListTypeJson} for real
 * designations.
 */
public final class BundledListTypes {

  /** The bundled files, national first. */
  static final ImmutableList<String> FILES = ImmutableList.of(
      "list-types-000000-example.json", "list-types-640000-ningxia-example.json",
      "list-types-640381-qingtongxia-example.json");

  private static final class Holder {
    static final ImmutableList<ListTypeSet> SETS = load();
    static final ListTypeRegistry REGISTRY = ListTypeRegistry.of(SETS);
  }

  private BundledListTypes() {}

  /** The bundled example layers, national first. */
  public static ImmutableList<ListTypeSet> sets() {
    return Holder.SETS;
  }

  /** The registry of the bundled example layers. */
  public static ListTypeRegistry registry() {
    return Holder.REGISTRY;
  }

  /** The text of the bundled file {@code file} (one of {@link #FILES}). */
  static String text(String file) {
    try (InputStream in = ListTypeSet.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("the bundled list-type file " + file + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled list-type file " + file, e);
    }
  }

  private static ImmutableList<ListTypeSet> load() {
    ImmutableList.Builder<ListTypeSet> sets = ImmutableList.builder();
    for (String file : FILES) {
      sets.add(ListTypeJson.read(JsonDocument.parse(text(file), file)));
    }
    return sets.build();
  }
}
