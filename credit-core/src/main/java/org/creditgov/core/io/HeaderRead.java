package org.creditgov.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.ruleset.RuleSetKind;
import org.creditgov.core.time.EffectivePeriod;

/**
 * The reading of the header every layered rule-set format shares (CAT-4; {@link RuleSetHeader}),
 * from the object at a pointer (the whole document for a catalog or a measure list, one element
 * for a file of several regimes). The keys, as each format's schema declares them:
 *
 * <ul>
 *   <li>{@code id}, {@code title} ({@code zh}, optional {@code en}), {@code effective};
 *   <li>{@code edition} (where a format makes it optional and leaves it out: the year the version
 *       takes effect), {@code jurisdiction} (a division code; left out: national), {@code series};
 *   <li>the instrument that issued the version and those its verdicts cite for their procedure,
 *       either as {@code legalBasis} and {@code proceduralBases}, or as one list {@code legalBases}
 *       whose first element issued the version and whose others are its procedural bases;
 *   <li>{@code example}, {@code source}, {@code unconfirmed}.
 * </ul>
 *
 * <p>The header is read when none of its own keys has a problem, whatever the entries beside it
 * (items, measures, periods) hold, so that their problems and the header's are found in one pass.
 * The header's own rules ({@link RuleSetHeader#problems()}) are reported to the read.
 *
 * <p>Internal to the library.
 */
public final class HeaderRead {

  /**
   * The header's plain keys as written.
   *
   * @param id the id
   * @param title the title
   * @param edition the edition, where written
   * @param jurisdiction the division code, where written
   * @param series the series, where written
   * @param example whether an example, where written
   * @param source where the content comes from
   * @param unconfirmed what is not confirmed
   */
  public record Header(
      String id, Title title, Optional<String> edition, Optional<String> jurisdiction, Optional<String> series,
      Optional<Boolean> example, Optional<String> source, List<String> unconfirmed) {
    /** An absent list is empty. */
    public Header {
      unconfirmed = unconfirmed == null ? List.of() : unconfirmed;
    }
  }

  /**
   * A title or name in Chinese and, optionally, English (the {@code title} shape of {@code
   * common-1.schema.json}).
   *
   * @param zh the Chinese text
   * @param en the English text, where given
   */
  public record Title(String zh, Optional<String> en) {}

  /** The keys {@link Header} binds. */
  private static final ImmutableSet<String> KEYS =
      ImmutableSet.of("id", "title", "edition", "jurisdiction", "series", "example", "source", "unconfirmed");

  private HeaderRead() {}

  /**
   * The header of the version at {@code pointer} of the document, its origin the document's source
   * (and {@code pointer}, when it is not the whole document); empty when a key of the header has a
   * problem (reported, as every problem of its legal bases and of its own rules, which serve the
   * requirement of {@code kind}'s layering).
   *
   * @throws NullPointerException if an argument is null
   */
  public static Optional<RuleSetHeader> read(DocumentRead read, LegalBasisRead bases, String pointer, RuleSetKind kind) {
    requireNonNull(kind, "kind");
    requireNonNull(read, "read");
    requireNonNull(bases, "bases");
    requireNonNull(pointer, "pointer");
    Optional<Header> doc = read.bindOnly(pointer, Header.class, KEYS);
    Optional<EffectivePeriod> effective = bases.effective(pointer + "/effective");
    Optional<Jurisdiction> jurisdiction = read.has(pointer + "/jurisdiction")
        ? bases.jurisdiction(pointer + "/jurisdiction")
        : Optional.of(Jurisdiction.national());
    Optional<LegalBasis> issuer;
    Optional<ImmutableList<LegalBasis>> procedural;
    if (read.has(pointer + "/legalBases")) {
      Optional<ImmutableList<LegalBasis>> all = bases.bases(pointer + "/legalBases");
      issuer = all.filter(l -> !l.isEmpty()).map(l -> l.get(0));
      procedural = all.map(l -> l.isEmpty() ? l : l.subList(1, l.size()));
    } else {
      issuer = bases.basis(pointer + "/legalBasis");
      procedural = read.has(pointer + "/proceduralBases")
          ? bases.bases(pointer + "/proceduralBases")
          : Optional.of(ImmutableList.of());
    }
    if (doc.isEmpty() || effective.isEmpty() || jurisdiction.isEmpty() || issuer.isEmpty() || procedural.isEmpty()) {
      return Optional.empty();
    }
    Header h = doc.get();
    RuleSetHeader.Builder b = RuleSetHeader.builder()
        .id(h.id())
        .titleZh(h.title().zh())
        .titleEn(h.title().en())
        .edition(h.edition().orElse(String.valueOf(effective.get().from().getYear())))
        .jurisdiction(jurisdiction.get())
        .series(h.series())
        .effective(effective.get())
        .legalBasis(issuer.get())
        .addAllProceduralBases(procedural.get())
        .example(h.example().orElse(false))
        .source(h.source())
        .addAllUnconfirmed(h.unconfirmed())
        .origin(read.source());
    if (!pointer.isEmpty()) {
      b.originPointer(pointer);
    }
    RuleSetHeader header = b.build();
    header.problems().forEach(p -> read.add(p.serving(kind.requirement())));
    return Optional.of(header);
  }
}
