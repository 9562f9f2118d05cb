package org.creditgov.privacy.consent;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.LocalDate;
import java.util.Optional;
import org.creditgov.core.Bilingual;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.ruleset.RuleSetKind;
import org.creditgov.core.ruleset.RuleSetRegistry;
import org.creditgov.core.verdict.Finding;
import org.creditgov.privacy.PrivacyInstruments;
import org.jspecify.annotations.Nullable;

/**
 * Every version of every layer of the purpose catalog a system knows (PRI-1, CAT-4), and the
 * answer to "which purposes are in force in J on D": the face of a {@link RuleSetRegistry}.
 *
 * <p>A national layer is not required: a county may run on purposes of its own that rest on its
 * local regulations before any national catalog of purposes is issued (none is confirmed to exist;
 * the bundled example is labelled as such). Building refuses, with every problem, versions that
 * share an id, two versions of one layer in force on a common day, and a supplement redefining a
 * purpose of a higher layer in force at the same time. Immutable and thread-safe.
 *
 * <pre>{@code
 * PurposeRegistry purposes = PurposeRegistry.builder().add(BundledPurposes.example()).build();
 * Optional<Purpose> loan = purposes.purpose(Jurisdiction.of("640381"), LocalDate.of(2026, 9, 28), "LOAN-APPROVAL");
 * }</pre>
 */
public final class PurposeRegistry {

  /** The kind of rule set: {@code purpose-catalog}, founded on PIPL Art. 6 (purpose-bound, minimal use). */
  public static final RuleSetKind KIND =
      RuleSetKind.of("purpose-catalog", Bilingual.of("信用信息使用用途目录", "catalog of purposes of use"),
              RequirementId.PRI_1, false, PurposeCatalogException::new)
          .foundedOn(PrivacyInstruments.PIPL.withArticle("第六条"));

  private final RuleSetRegistry<PurposeCatalog, ResolvedPurposes> registry;

  private PurposeRegistry(RuleSetRegistry<PurposeCatalog, ResolvedPurposes> registry) {
    this.registry = registry;
  }

  /** A builder with no versions. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every version, national first. */
  public ImmutableList<PurposeCatalog> versions() {
    return registry.versions();
  }

  /**
   * The purposes in force in {@code jurisdiction} on {@code date}; empty when none is.
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<ResolvedPurposes> resolve(Jurisdiction jurisdiction, LocalDate date) {
    return registry.resolve(jurisdiction, date);
  }

  /** As {@link #resolve}, null when nothing is in force: for hot paths. */
  @Nullable ResolvedPurposes resolveOrNull(Jurisdiction jurisdiction, LocalDate date) {
    return registry.resolveOrNull(jurisdiction, date);
  }

  /**
   * The purpose of {@code code} in force in {@code jurisdiction} on {@code date}.
   *
   * @throws NullPointerException if an argument is null
   */
  public Optional<Purpose> purpose(Jurisdiction jurisdiction, LocalDate date, String code) {
    requireNonNull(code, "code");
    return resolve(jurisdiction, date).flatMap(r -> r.purpose(code));
  }

  /** The finding that no purpose catalog is in force in {@code jurisdiction} on {@code date} (ruleset.NOT_IN_FORCE). */
  public Finding notInForce(Jurisdiction jurisdiction, LocalDate date) {
    return registry.notInForce(jurisdiction, date);
  }

  @Override
  public String toString() {
    return "PurposeRegistry[" + registry.versions().size() + " versions]";
  }

  /** Collects versions; {@link #build()} checks them together. Not thread-safe. */
  public static final class Builder {
    private final RuleSetRegistry.Builder<PurposeCatalog, ResolvedPurposes> builder =
        RuleSetRegistry.builder(KIND, ResolvedPurposes::new);

    private Builder() {}

    /**
     * Adds one version.
     *
     * @throws NullPointerException if {@code catalog} is null
     */
    @CanIgnoreReturnValue
    public Builder add(PurposeCatalog catalog) {
      builder.add(catalog);
      return this;
    }

    /** Adds versions. */
    @CanIgnoreReturnValue
    public Builder addAll(Iterable<PurposeCatalog> catalogs) {
      builder.addAll(catalogs);
      return this;
    }

    /** The problems {@link #build()} would refuse the versions for (a lint entry point). */
    public ImmutableList<DataProblem> problems() {
      return builder.problems();
    }

    /**
     * The registry.
     *
     * @throws PurposeCatalogException listing every problem of {@link #problems()}
     */
    public PurposeRegistry build() {
      return new PurposeRegistry(builder.build());
    }
  }
}
