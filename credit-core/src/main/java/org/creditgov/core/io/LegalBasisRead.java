package org.creditgov.core.io;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.creditgov.core.RequirementId;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.jurisdiction.JurisdictionLevel;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.EffectivePeriod;
import tools.jackson.databind.JsonNode;

/**
 * The reading of legal bases (LB-1) as every format of the library writes them, on top of a {@link
 * DocumentRead}: an {@code instruments} block declaring each instrument once by key, and bases
 * written in the {@code common-1.schema.json} {@code basis} shape — a key of the block, a {@code
 * {"ref": key, "article": …}} citing an article of a declared instrument, or an instrument in full
 * (level, issuer, title, effective, and optionally document number, article and jurisdiction). It
 * also reads the effective periods and division codes those shapes hold.
 *
 * <p>Every problem goes to the document's read: a reference to an undeclared instrument, an empty
 * effective period, an unknown division code, a local instrument without its jurisdiction or a
 * national one with a local jurisdiction. A basis with a problem reads as empty; one that refers to
 * a declared instrument whose declaration is broken reads as empty too, its problem reported once,
 * where it is declared. The catalog, regime, measure-list and incentive-list readers share it.
 *
 * <p>Internal to the library. Not thread-safe: one per document read.
 */
public final class LegalBasisRead {

  /**
   * An effective period as written: {@code from} (inclusive) and an optional {@code until} (the
   * first day no longer in force).
   *
   * @param from the first day in force
   * @param until the first day no longer in force, if it ends
   */
  public record Effective(LocalDate from, Optional<LocalDate> until) {
    /** The form a writer writes {@code period} in. */
    public static Effective of(EffectivePeriod period) {
      return new Effective(period.from(), period.until());
    }
  }

  /**
   * An instrument written in full (the {@code legalBasis} shape of {@code common-1.schema.json}).
   *
   * @param level the level
   * @param issuer who issued it
   * @param title its title
   * @param documentNumber its document number, where it has one
   * @param article the article cited, where the citation is that precise
   * @param effective when it is in force
   * @param jurisdiction the division code of a local instrument
   */
  public record Instrument(
      InstrumentLevel level, String issuer, String title, Optional<String> documentNumber, Optional<String> article,
      Effective effective, Optional<String> jurisdiction) {
    /** The form a writer writes {@code basis} in. */
    public static Instrument of(LegalBasis basis) {
      return new Instrument(basis.level(), basis.issuer(), basis.title(), basis.documentNumber(), basis.article(),
          Effective.of(basis.effective()), basis.jurisdiction().map(Jurisdiction::code));
    }
  }

  /**
   * A reference to a declared instrument, optionally with the article cited.
   *
   * @param ref the key of the instrument in the document's {@code instruments} block
   * @param article the article cited
   */
  public record Ref(String ref, Optional<String> article) {}

  private final DocumentRead read;
  /** The declared instruments by key; empty for a declaration with problems. */
  private final Map<String, Optional<LegalBasis>> instruments = new LinkedHashMap<>();

  /** Reads the instruments the document declares under {@code /instruments}. */
  public LegalBasisRead(DocumentRead read) {
    this(read, "/instruments");
  }

  /** Reads the instruments the document declares in the object at {@code instrumentsPointer}. */
  public LegalBasisRead(DocumentRead read, String instrumentsPointer) {
    this.read = requireNonNull(read, "read");
    for (String key : read.keys(instrumentsPointer)) {
      instruments.put(key, instrument(DocumentRead.child(instrumentsPointer, key)));
    }
  }

  /** The instruments declared without problems, by key, in document order. */
  public ImmutableMap<String, LegalBasis> instruments() {
    ImmutableMap.Builder<String, LegalBasis> b = ImmutableMap.builder();
    instruments.forEach((k, v) -> v.ifPresent(basis -> b.put(k, basis)));
    return b.buildOrThrow();
  }

  /**
   * The legal basis at {@code pointer}: a key of the instruments block, a reference with an article,
   * or an instrument in full. Empty when there is none or it has a problem (reported).
   */
  public Optional<LegalBasis> basis(String pointer) {
    if (!read.has(pointer) || !read.clean(pointer)) {
      return Optional.empty();
    }
    JsonNode node = read.root().orElseThrow().at(pointer);
    if (node.isString()) {
      return reference(node.asString(), Optional.empty(), pointer);
    }
    if (node.isObject() && node.has("ref")) {
      return read.bind(pointer, Ref.class).flatMap(r -> reference(r.ref(), r.article(), pointer + "/ref"));
    }
    return instrument(pointer);
  }

  /**
   * The legal bases of the array at {@code pointer}, in order; empty when the array is absent or
   * one of its bases has a problem (every problem is reported).
   */
  public Optional<ImmutableList<LegalBasis>> bases(String pointer) {
    if (!read.has(pointer)) {
      return Optional.empty();
    }
    ImmutableList.Builder<LegalBasis> out = ImmutableList.builder();
    boolean all = true;
    for (String element : read.elements(pointer)) {
      Optional<LegalBasis> b = basis(element);
      all &= b.isPresent();
      b.ifPresent(out::add);
    }
    return all && read.clean(pointer) ? Optional.of(out.build()) : Optional.empty();
  }

  private Optional<LegalBasis> reference(String key, Optional<String> article, String pointer) {
    Optional<LegalBasis> declared = instruments.get(key);
    if (declared == null) {
      read.add(DataProblem.of(DataProblemType.UNKNOWN_REFERENCE, read.source(), pointer, Fact.code("reference", key))
          .serving(RequirementId.LB_1));
      return Optional.empty();
    }
    return declared.map(b -> article.map(b::withArticle).orElse(b));
  }

  /** The instrument written in full at {@code pointer}. */
  private Optional<LegalBasis> instrument(String pointer) {
    Optional<Instrument> doc = read.bind(pointer, Instrument.class);
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    Instrument i = doc.get();
    Optional<EffectivePeriod> effective = effective(pointer + "/effective");
    Optional<Jurisdiction> jurisdiction = i.jurisdiction().isPresent()
        ? jurisdiction(pointer + "/jurisdiction")
        : Optional.empty();
    if (effective.isEmpty() || i.jurisdiction().isPresent() && jurisdiction.isEmpty()) {
      return Optional.empty();
    }
    boolean local = jurisdiction.filter(j -> j.level() != JurisdictionLevel.NATIONAL).isPresent();
    if (i.level().isLocal() && !local) {
      read.add(DataProblem.of(DataProblemType.LOCAL_INSTRUMENT_WITHOUT_JURISDICTION, read.source(),
          pointer + (i.jurisdiction().isPresent() ? "/jurisdiction" : ""), Fact.term("level", i.level()))
          .serving(RequirementId.LB_1));
      return Optional.empty();
    }
    if (!i.level().isLocal() && i.level() != InstrumentLevel.NORMATIVE_DOCUMENT && local) {
      read.add(DataProblem.of(DataProblemType.NATIONAL_INSTRUMENT_WITH_JURISDICTION, read.source(),
          pointer + "/jurisdiction", Fact.term("level", i.level()), Fact.term("jurisdiction", jurisdiction.get().term()))
          .serving(RequirementId.LB_1));
      return Optional.empty();
    }
    LegalBasis.Builder b = LegalBasis.builder().level(i.level()).issuer(i.issuer()).title(i.title())
        .documentNumber(i.documentNumber()).article(i.article()).effective(effective.get());
    jurisdiction.ifPresent(b::jurisdiction);
    return Optional.of(b.build());
  }

  /**
   * The effective period at {@code pointer} ({@code {"from": …, "until": …}}); empty when it is
   * absent or has a problem, such as an {@code until} that is not after {@code from} (reported).
   */
  public Optional<EffectivePeriod> effective(String pointer) {
    Optional<Effective> doc = read.bind(pointer, Effective.class);
    if (doc.isEmpty()) {
      return Optional.empty();
    }
    LocalDate from = doc.get().from();
    Optional<LocalDate> until = doc.get().until();
    if (until.isPresent() && !until.get().isAfter(from)) {
      read.add(DataProblem.of(DataProblemType.EMPTY_EFFECTIVE_PERIOD, read.source(), pointer + "/until",
          Fact.date("from", from), Fact.date("until", until.get())));
      return Optional.empty();
    }
    return Optional.of(until.isPresent() ? EffectivePeriod.between(from, until.get()) : EffectivePeriod.from(from));
  }

  /**
   * The jurisdiction whose six-digit division code is at {@code pointer}; empty when it is absent,
   * malformed or names no known province, prefecture or county (reported).
   */
  public Optional<Jurisdiction> jurisdiction(String pointer) {
    Optional<String> code = read.bind(pointer, String.class);
    if (code.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Jurisdiction.of(code.get()));
    } catch (IllegalArgumentException e) {
      read.add(DataProblem.of(DataProblemType.UNKNOWN_JURISDICTION, read.source(), pointer, Fact.code("code", code.get())));
      return Optional.empty();
    }
  }
}
