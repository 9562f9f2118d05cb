package org.creditgov.core.ruleset;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.core.verdict.Finding;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every version of every layer of one kind of rule set, and the one way the library answers "what
 * was in force on date D in jurisdiction J" (CAT-4): the version of each layer on J's parent chain
 * in force on D — the national layer (which some kinds require) and the provincial, prefecture and
 * county supplements. Catalogs, measure lists, incentive lists, publication regimes and list types
 * all resolve through it; their registries are its public faces.
 *
 * <p>Building checks the versions together and refuses them all, with every problem, if two share
 * an id, two versions of one layer (same jurisdiction and series) are in force on a common day, or
 * a supplement defines an entry code that a higher layer in force at the same time defines. The
 * result does not depend on the order versions were added in.
 *
 * <p>Resolution is precomputed per jurisdiction on first use as a timeline of the periods over
 * which the same versions are in force, so resolving a date costs a hash lookup and a binary
 * search; each period's layers are compiled once, by the {@link Compiler} the registry was built
 * with, into the kind's resolved form (a {@code ResolvedCatalog}, a {@code ResolvedMeasureList}
 * …). Nothing in force is always {@link Optional#empty()}, and {@link #notInForce} is the one
 * finding for it. Immutable and thread-safe.
 *
 * @param <S> the rule set's type
 * @param <R> its resolved form
 */
public final class RuleSetRegistry<S extends LayeredRuleSet, R> {

  private static final Logger LOG = LoggerFactory.getLogger(RuleSetRegistry.class);

  /**
   * Compiles the layers in force over one period into the kind's resolved form; called once per
   * period and jurisdiction, and must be pure.
   *
   * @param <S> the rule set's type
   * @param <R> its resolved form
   */
  @FunctionalInterface
  public interface Compiler<S extends LayeredRuleSet, R> {
    /** The resolved form of {@code layers}. */
    R compile(Layers<S> layers);
  }

  /** The deterministic order of versions: national first, then by jurisdiction code, series, start date and id. */
  public static final Comparator<LayeredRuleSet> ORDER =
      Comparator.comparing((LayeredRuleSet s) -> s.jurisdiction().level())
          .thenComparing(s -> s.jurisdiction().code())
          .thenComparing(s -> s.header().series().orElse(""))
          .thenComparing(s -> s.effective().from())
          .thenComparing(LayeredRuleSet::id);

  private final RuleSetKind kind;
  private final ImmutableList<S> versions;
  private final Compiler<S, R> compiler;
  private final ConcurrentHashMap<String, Timeline<S, R>> timelines = new ConcurrentHashMap<>();

  private RuleSetRegistry(RuleSetKind kind, ImmutableList<S> versions, Compiler<S, R> compiler) {
    this.kind = kind;
    this.versions = versions;
    this.compiler = compiler;
  }

  /**
   * A builder of a registry of {@code kind}, whose resolutions {@code compiler} makes.
   *
   * @throws NullPointerException if an argument is null
   */
  public static <S extends LayeredRuleSet, R> Builder<S, R> builder(RuleSetKind kind, Compiler<S, R> compiler) {
    return new Builder<>(requireNonNull(kind, "kind"), requireNonNull(compiler, "compiler"));
  }

  /** The kind of rule set. */
  public RuleSetKind kind() {
    return kind;
  }

  /** Every version, in {@link #ORDER}. */
  public ImmutableList<S> versions() {
    return versions;
  }

  /** The version of the given id. */
  public Optional<S> version(String id) {
    requireNonNull(id, "id");
    return versions.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /**
   * The resolved form of the versions in force in {@code jurisdiction} on {@code date}; empty when
   * none is (or, for a kind that needs one, no national version is): nothing is guessed.
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<R> resolve(Jurisdiction jurisdiction, LocalDate date) {
    return Optional.ofNullable(resolveOrNull(jurisdiction, date));
  }

  /** As {@link #resolve}, null when nothing is in force: for hot paths that would only unwrap. */
  public @Nullable R resolveOrNull(Jurisdiction jurisdiction, LocalDate date) {
    return timeline(jurisdiction).compiled(date.toEpochDay(), compiler);
  }

  /**
   * The version of {@code series} in force in {@code jurisdiction} on {@code date}: of the versions
   * of that series in force on the jurisdiction's chain, the most local one (a county's over its
   * province's over the national one). Empty when none is. For kinds whose versions come in series
   * that do not replace each other, such as publication or repair regimes.
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<S> version(Jurisdiction jurisdiction, String series, LocalDate date) {
    requireNonNull(series, "series");
    Layers<S> layers = timeline(jurisdiction).layers(requireNonNull(date, "date").toEpochDay());
    return layers == null ? Optional.empty() : layers.mostLocal(series);
  }

  /** The versions in force in {@code jurisdiction} on {@code date}, as {@link #resolve} finds them. */
  public Optional<Layers<S>> layers(Jurisdiction jurisdiction, LocalDate date) {
    return Optional.ofNullable(timeline(jurisdiction).layers(requireNonNull(date, "date").toEpochDay()));
  }

  /**
   * The finding that nothing of this kind is in force in {@code jurisdiction} on {@code date}
   * ({@link RuleSetFinding#NOT_IN_FORCE}), citing the kind's founding instrument.
   */
  public Finding notInForce(Jurisdiction jurisdiction, LocalDate date) {
    return Finding.of(RuleSetFinding.NOT_IN_FORCE, kind.foundingBasis(),
        Fact.term("kind", kind.term()), Fact.term("jurisdiction", jurisdiction.term()), Fact.date("date", date));
  }

  private Timeline<S, R> timeline(Jurisdiction jurisdiction) {
    requireNonNull(jurisdiction, "jurisdiction");
    Timeline<S, R> t = timelines.get(jurisdiction.code());
    if (t == null) {
      t = timelines.computeIfAbsent(jurisdiction.code(), k -> Timeline.of(kind, jurisdiction, versions));
    }
    return t;
  }

  @Override
  public String toString() {
    return "RuleSetRegistry[" + kind + ", " + versions.size() + " versions]";
  }

  /**
   * The problems between {@code sets} that a registry of {@code kind} refuses: duplicate ids,
   * overlapping versions of one layer, and supplements redefining a higher layer's entries. Each
   * problem is located in the source of the version it concerns and serves the kind's requirement.
   */
  public static ImmutableList<DataProblem> problems(RuleSetKind kind, Collection<? extends LayeredRuleSet> sets) {
    List<LayeredRuleSet> sorted = new ArrayList<>(sets);
    sorted.sort(ORDER);
    List<DataProblem> problems = new ArrayList<>();
    Map<String, LayeredRuleSet> ids = new HashMap<>();
    for (LayeredRuleSet s : sorted) {
      LayeredRuleSet first = ids.putIfAbsent(s.id(), s);
      if (first != null) {
        problems.add(DataProblem.of(DataProblemType.DUPLICATE_ID, s.header().sourceName(), s.header().pointer("/id"),
            Fact.code("id", s.id()), Fact.text("other", first.header().sourceName())));
      }
    }
    for (int a = 0; a < sorted.size(); a++) {
      LayeredRuleSet sa = sorted.get(a);
      for (int b = a + 1; b < sorted.size(); b++) {
        LayeredRuleSet sb = sorted.get(b);
        if (sa.jurisdiction().equals(sb.jurisdiction()) && sa.header().series().equals(sb.header().series())
            && sa.effective().overlaps(sb.effective())) {
          problems.add(DataProblem.of(DataProblemType.OVERLAPPING_VERSIONS, sb.header().sourceName(),
              sb.header().pointer("/effective"),
              Fact.code("id", sb.id()), Fact.text("period", Layers.describe(sb.effective())),
              Fact.code("other", sa.id()), Fact.text("otherPeriod", Layers.describe(sa.effective()))));
        }
      }
    }
    for (LayeredRuleSet supplement : sorted) {
      if (supplement.isNational() || supplement.entryCodes().isEmpty()) {
        continue;
      }
      for (LayeredRuleSet higher : sorted) {
        boolean above = !higher.jurisdiction().equals(supplement.jurisdiction())
            && supplement.jurisdiction().isWithin(higher.jurisdiction())
            && higher.header().series().equals(supplement.header().series());
        if (!above || !higher.effective().overlaps(supplement.effective())) {
          continue;
        }
        ImmutableList<String> codes = supplement.entryCodes();
        java.util.Set<String> higherCodes = new java.util.HashSet<>(higher.entryCodes());
        for (int i = 0; i < codes.size(); i++) {
          if (higherCodes.contains(codes.get(i))) {
            problems.add(DataProblem.of(DataProblemType.REDEFINES_HIGHER_LAYER_ENTRY, supplement.header().sourceName(),
                supplement.header().pointer(supplement.entryCodePointer(i)), Fact.code("code", codes.get(i)),
                Fact.code("higher", higher.id())));
          }
        }
      }
    }
    return problems.stream().map(p -> p.serving(kind.requirement())).collect(ImmutableList.toImmutableList());
  }

  /**
   * Collects versions; {@link #build()} checks them together. Not thread-safe.
   *
   * @param <S> the rule set's type
   * @param <R> its resolved form
   */
  public static final class Builder<S extends LayeredRuleSet, R> {

    private final RuleSetKind kind;
    private final Compiler<S, R> compiler;
    private final List<S> versions = new ArrayList<>();

    private Builder(RuleSetKind kind, Compiler<S, R> compiler) {
      this.kind = kind;
      this.compiler = compiler;
    }

    /**
     * Adds one version.
     *
     * @throws NullPointerException if {@code version} is null
     */
    @CanIgnoreReturnValue
    public Builder<S, R> add(S version) {
      versions.add(requireNonNull(version, "version"));
      return this;
    }

    /**
     * Adds versions.
     *
     * @throws NullPointerException if an element is null
     */
    @CanIgnoreReturnValue
    public Builder<S, R> addAll(Iterable<? extends S> more) {
      more.forEach(this::add);
      return this;
    }

    /** The versions added so far, in the order added. */
    public ImmutableList<S> versions() {
      return ImmutableList.copyOf(versions);
    }

    /** The problems {@link #build()} would refuse the versions for, as data (a lint entry point). */
    public ImmutableList<DataProblem> problems() {
      return RuleSetRegistry.problems(kind, versions);
    }

    /**
     * The registry.
     *
     * @throws org.creditgov.core.data.ReferenceDataException (the kind's subtype) listing every
     *     problem {@link #problems()} lists
     */
    public RuleSetRegistry<S, R> build() {
      ImmutableList<DataProblem> problems = problems();
      if (!problems.isEmpty()) {
        throw kind.refuse(problems);
      }
      List<S> sorted = new ArrayList<>(versions);
      sorted.sort(ORDER);
      if (LOG.isInfoEnabled()) {
        List<String> ids = new ArrayList<>(sorted.size());
        sorted.forEach(s -> ids.add(s.header().id()));
        LOG.info("Reference data loaded ({}, {} {}): {}", kind.code(), sorted.size(), sorted.size() == 1 ? "version" : "versions",
            String.join(", ", ids));
      }
      return new RuleSetRegistry<>(kind, ImmutableList.copyOf(sorted), compiler);
    }
  }

  /** The periods over which the same versions are in force on one jurisdiction's chain. */
  private static final class Timeline<S extends LayeredRuleSet, R> {
    private final long[] starts;
    private final @Nullable Layers<S>[] layers;
    private final AtomicReferenceArray<R> compiled;

    private Timeline(long[] starts, @Nullable Layers<S>[] layers) {
      this.starts = starts;
      this.layers = layers;
      this.compiled = new AtomicReferenceArray<>(layers.length);
    }

    static <S extends LayeredRuleSet, R> Timeline<S, R> of(
        RuleSetKind kind, Jurisdiction jurisdiction, List<S> versions) {
      List<Jurisdiction> chain = jurisdiction.parentChain();
      List<S> onChain = new ArrayList<>();
      TreeSet<LocalDate> bounds = new TreeSet<>();
      for (S s : versions) {
        if (chain.contains(s.jurisdiction())) {
          onChain.add(s);
          bounds.add(s.effective().from());
          s.effective().until().ifPresent(bounds::add);
        }
      }
      List<LocalDate> starts = new ArrayList<>();
      List<@Nullable ImmutableList<S>> sets = new ArrayList<>();
      for (LocalDate start : bounds) {
        ImmutableList.Builder<S> inForce = ImmutableList.builder();
        boolean national = false;
        boolean any = false;
        for (S s : onChain) {
          if (s.inForceOn(start)) {
            inForce.add(s);
            national |= s.isNational();
            any = true;
          }
        }
        ImmutableList<S> set = any && (national || !kind.needsNationalLayer()) ? inForce.build() : null;
        if (!sets.isEmpty() && java.util.Objects.equals(sets.get(sets.size() - 1), set)) {
          continue; // the same versions go on: one period
        }
        starts.add(start);
        sets.add(set);
      }
      long[] days = new long[starts.size()];
      @SuppressWarnings("unchecked")
      @Nullable Layers<S>[] layers = (Layers<S>[]) new Layers<?>[starts.size()];
      for (int i = 0; i < days.length; i++) {
        days[i] = starts.get(i).toEpochDay();
        ImmutableList<S> set = sets.get(i);
        if (set != null) {
          EffectivePeriod period = i + 1 < days.length
              ? EffectivePeriod.between(starts.get(i), starts.get(i + 1))
              : EffectivePeriod.from(starts.get(i));
          layers[i] = new Layers<>(kind, jurisdiction, period, set);
        }
      }
      return new Timeline<>(days, layers);
    }

    private int slot(long epochDay) {
      int i = Arrays.binarySearch(starts, epochDay);
      return i >= 0 ? i : -i - 2; // the last start on or before the day
    }

    @Nullable Layers<S> layers(long epochDay) {
      int i = slot(epochDay);
      return i < 0 ? null : layers[i];
    }

    @Nullable R compiled(long epochDay, Compiler<S, R> compiler) {
      int i = slot(epochDay);
      if (i < 0 || layers[i] == null) {
        return null;
      }
      R r = compiled.get(i);
      if (r == null) {
        r = requireNonNull(compiler.compile(layers[i]), "a compiler returned null");
        if (!compiled.compareAndSet(i, null, r)) {
          r = compiled.get(i);
        }
      }
      return r;
    }
  }
}
