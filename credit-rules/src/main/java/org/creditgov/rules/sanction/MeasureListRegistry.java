package org.creditgov.rules.sanction;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.jspecify.annotations.Nullable;

/**
 * Every measure-list layer and version a system knows (SAN-1), resolved like the catalog (CAT-4):
 * {@link #resolve(Jurisdiction, LocalDate)} answers "which measure list is in force in J on D" —
 * the national basic list in force on D plus every supplement on J's parent chain in force on D.
 *
 * <p>Building a registry checks the lists together and refuses them all, with every problem, if
 * two versions of one layer overlap, a supplement redefines a measure of a higher layer in force at
 * the same time, or two lists share an id. The result does not depend on the order lists were
 * added in. Immutable and thread-safe. Resolutions are precomputed per jurisdiction on first use,
 * as a timeline of the periods over which the same versions are in force, so resolving a date
 * costs a hash lookup and a binary search.
 */
public final class MeasureListRegistry {

  private final ImmutableList<MeasureList> lists;
  private final ConcurrentHashMap<String, Timeline> timelines = new ConcurrentHashMap<>();

  private MeasureListRegistry(ImmutableList<MeasureList> lists) {
    this.lists = lists;
  }

  /** A builder with no lists. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every list, national first, then by jurisdiction and start date. */
  public ImmutableList<MeasureList> lists() {
    return lists;
  }

  /**
   * The measure list in force in {@code jurisdiction} on {@code date}: the national basic list in
   * force on that date plus every supplement on the jurisdiction's parent chain in force on it;
   * empty when no national basic list is in force on the date (nothing is guessed).
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<ResolvedMeasureList> resolve(Jurisdiction jurisdiction, LocalDate date) {
    return Optional.ofNullable(resolveOrNull(jurisdiction, date));
  }

  @Nullable ResolvedMeasureList resolveOrNull(Jurisdiction jurisdiction, LocalDate date) {
    requireNonNull(jurisdiction, "jurisdiction");
    requireNonNull(date, "date");
    Timeline t = timelines.get(jurisdiction.code());
    if (t == null) {
      t = timelines.computeIfAbsent(jurisdiction.code(), k -> timeline(jurisdiction));
    }
    return t.at(date.toEpochDay());
  }

  /** The periods over which the same versions are in force on the jurisdiction's chain. */
  private Timeline timeline(Jurisdiction jurisdiction) {
    List<Jurisdiction> chain = jurisdiction.parentChain();
    List<MeasureList> onChain = new ArrayList<>();
    TreeSet<LocalDate> bounds = new TreeSet<>();
    for (MeasureList l : lists) {
      if (chain.contains(l.jurisdiction())) {
        onChain.add(l);
        bounds.add(l.effective().from());
        l.effective().until().ifPresent(bounds::add);
      }
    }
    LocalDate[] starts = bounds.toArray(new LocalDate[0]);
    long[] days = new long[starts.length];
    ResolvedMeasureList[] resolved = new ResolvedMeasureList[starts.length];
    for (int i = 0; i < starts.length; i++) {
      days[i] = starts[i].toEpochDay();
      List<MeasureList> inForce = new ArrayList<>();
      boolean national = false;
      for (MeasureList l : onChain) {
        if (l.inForceOn(starts[i])) {
          inForce.add(l);
          national |= l.isNational();
        }
      }
      if (national) {
        Optional<LocalDate> until = i + 1 < starts.length ? Optional.of(starts[i + 1]) : Optional.empty();
        resolved[i] = new ResolvedMeasureList(jurisdiction, starts[i], until, ImmutableList.copyOf(inForce));
      }
    }
    return new Timeline(days, resolved);
  }

  /** Resolutions by start day; null where no national list is in force. */
  private static final class Timeline {
    private final long[] starts;
    private final @Nullable ResolvedMeasureList[] resolved;

    Timeline(long[] starts, @Nullable ResolvedMeasureList[] resolved) {
      this.starts = starts;
      this.resolved = resolved;
    }

    @Nullable ResolvedMeasureList at(long epochDay) {
      int i = Arrays.binarySearch(starts, epochDay);
      if (i < 0) {
        i = -i - 2; // the last start before the day
      }
      return i < 0 ? null : resolved[i];
    }
  }

  @Override
  public String toString() {
    return "MeasureListRegistry[" + lists.size() + " lists]";
  }

  /** Collects lists; {@link #build()} checks them together. Not thread-safe. */
  public static final class Builder {

    private final List<MeasureList> lists = new ArrayList<>();

    private Builder() {}

    /**
     * Adds one list version.
     *
     * @throws NullPointerException if {@code list} is null
     */
    public Builder addList(MeasureList list) {
      lists.add(requireNonNull(list, "list"));
      return this;
    }

    /**
     * Adds list versions.
     *
     * @throws NullPointerException if an element is null
     */
    public Builder addLists(Iterable<MeasureList> more) {
      more.forEach(this::addList);
      return this;
    }

    /**
     * The problems {@link #build()} would refuse the lists for, as data (a lint entry point):
     * overlapping versions of one layer, redefinitions of a higher layer's measures, duplicate
     * ids. Empty when the lists fit together.
     */
    public ImmutableList<MeasureListProblem> problems() {
      return ImmutableList.copyOf(ListRules.registryProblems(lists));
    }

    /**
     * The registry.
     *
     * @throws MeasureListFormatException listing every problem {@link #problems()} lists
     */
    public MeasureListRegistry build() {
      ListRules.throwIfAny(ListRules.registryProblems(lists));
      List<MeasureList> sorted = new ArrayList<>(lists);
      sorted.sort(ListRules.REGISTRY_ORDER);
      return new MeasureListRegistry(ImmutableList.copyOf(sorted));
    }
  }
}
