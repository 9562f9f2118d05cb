package org.creditgov.core.verdict;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which versions of which rule sets a check applied: for each layer, the kind of rule set
 * ({@code catalog}, {@code measure-list} …), the version's id and the day it came into force. A
 * past decision can be re-evaluated as it was made by resolving the same versions.
 *
 * <p>Its string form is stable: {@code catalog:cn-national-2024@2024-03-04+catalog:nx-2025@2025-01-01}.
 * Immutable; equal when the layers are equal, in order.
 */
public final class RuleSetVersion {

  /**
   * One layer applied.
   *
   * @param kind the kind of rule set, such as {@code catalog}
   * @param id the version's id
   * @param effectiveFrom the first day the version is in force
   */
  public record Layer(String kind, String id, LocalDate effectiveFrom) {
    /** Checks for nulls and for characters the string form reserves. */
    public Layer {
      requireNonNull(kind, "kind");
      requireNonNull(id, "id");
      requireNonNull(effectiveFrom, "effectiveFrom");
      checkArgument(clean(kind) && clean(id), "a kind and an id hold none of ':', '@', '+': %s:%s", kind, id);
    }

    private static boolean clean(String s) {
      return !s.isEmpty() && s.indexOf(':') < 0 && s.indexOf('@') < 0 && s.indexOf('+') < 0;
    }

    @Override
    public String toString() {
      return kind + ':' + id + '@' + effectiveFrom;
    }
  }

  private final ImmutableList<Layer> layers;

  private RuleSetVersion(ImmutableList<Layer> layers) {
    this.layers = layers;
  }

  /**
   * The version made of {@code layers}, in order.
   *
   * @throws IllegalArgumentException if {@code layers} is empty
   */
  public static RuleSetVersion of(List<Layer> layers) {
    checkArgument(!layers.isEmpty(), "a rule-set version has at least one layer");
    return new RuleSetVersion(ImmutableList.copyOf(layers));
  }

  /** The version of one layer. */
  public static RuleSetVersion of(String kind, String id, LocalDate effectiveFrom) {
    return new RuleSetVersion(ImmutableList.of(new Layer(kind, id, effectiveFrom)));
  }

  /**
   * Parses the string form.
   *
   * @throws IllegalArgumentException if {@code text} is not the string form of a version
   */
  public static RuleSetVersion parse(String text) {
    requireNonNull(text, "text");
    List<Layer> layers = new ArrayList<>();
    for (String part : text.split("\\+", -1)) {
      int colon = part.indexOf(':');
      int at = part.lastIndexOf('@');
      checkArgument(colon > 0 && at > colon + 1, "not a rule-set version: %s", text);
      try {
        layers.add(new Layer(part.substring(0, colon), part.substring(colon + 1, at), LocalDate.parse(part.substring(at + 1))));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("not a rule-set version: " + text, e);
      }
    }
    return of(layers);
  }

  /** The layers, in the order they were applied (national first). */
  public ImmutableList<Layer> layers() {
    return layers;
  }

  /** This version followed by the layers of {@code other} (a check that applied two rule sets). */
  public RuleSetVersion plus(RuleSetVersion other) {
    return new RuleSetVersion(ImmutableList.<Layer>builder().addAll(layers).addAll(other.layers).build());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RuleSetVersion v && v.layers.equals(layers);
  }

  @Override
  public int hashCode() {
    return layers.hashCode();
  }

  /** The stable string form. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Layer l : layers) {
      if (s.length() > 0) {
        s.append('+');
      }
      s.append(l);
    }
    return s.toString();
  }
}
