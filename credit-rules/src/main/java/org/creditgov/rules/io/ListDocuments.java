package org.creditgov.rules.io;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.catalog.SeverityClass;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.InstrumentLevel;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.ruleset.RuleSetHeader;
import org.creditgov.core.subject.SubjectType;
import org.creditgov.core.time.EffectivePeriod;
import org.creditgov.rules.incentive.EligibilityCondition;
import org.creditgov.rules.sanction.BodyKind;
import org.creditgov.rules.sanction.BusinessContext;
import org.creditgov.rules.sanction.MeasureKind;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The records that mirror the two list formats ({@code measure-list-1.schema.json}, {@code
 * incentive-list-1.schema.json}), key for key and in the order the formats write them: Jackson
 * binds the parts of a document a reader has validated to them, and writes a list from them.
 * Public because Jackson constructs them; not API (this class is package-private).
 */
final class ListDocuments {

  private ListDocuments() {}

  /** A title: Chinese, and English where given. */
  public record Title(String zh, Optional<String> en) {}

  /** A name in both languages. */
  public record Names(String zh, String en) {}

  /** An effective period: from (inclusive), until (exclusive) where given. */
  public record Effective(LocalDate from, Optional<LocalDate> until) {
    static Effective of(EffectivePeriod p) {
      return new Effective(p.from(), p.until());
    }
  }

  /** An instrument cited in full (common-1 {@code legalBasis}). */
  public record Instrument(InstrumentLevel level, String issuer, String title, Optional<String> documentNumber,
      Optional<String> article, Effective effective, Optional<String> jurisdiction) {
    static Instrument of(LegalBasis b) {
      return new Instrument(b.level(), b.issuer(), b.title(), b.documentNumber(), b.article(), Effective.of(b.effective()),
          b.jurisdiction().map(Jurisdiction::code));
    }
  }

  /** A reference to a declared instrument, with the article cited (common-1 {@code instrumentRef}). */
  public record Reference(String ref, Optional<String> article) {}

  /**
   * A legal basis as the formats allow it (common-1 {@code basis}): read, the node as it stands (a
   * key, a reference or an instrument, resolved by {@link ListReading#basis}); written, the
   * instrument in full.
   */
  public static final class Basis {
    private final @Nullable JsonNode node;
    private final @Nullable Instrument instrument;

    /** The basis as read. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public Basis(JsonNode node) {
      this.node = node;
      this.instrument = null;
    }

    private Basis(Instrument instrument) {
      this.node = null;
      this.instrument = instrument;
    }

    static Basis of(LegalBasis b) {
      return new Basis(Instrument.of(b));
    }

    static List<Basis> of(List<LegalBasis> bases) {
      return bases.stream().map(Basis::of).toList();
    }

    /** What is written: the instrument in full. */
    @JsonValue
    public Object value() {
      return instrument != null ? instrument : java.util.Objects.requireNonNull(node);
    }
  }

  /** The header keys every list format shares, in their order. */
  public record Header(String id, Title title, String edition, String jurisdiction, Effective effective, Basis legalBasis,
      List<Basis> proceduralBases, Optional<Boolean> example, Optional<String> source, List<String> unconfirmed) {
    static Header of(RuleSetHeader h) {
      return new Header(h.id(), new Title(h.titleZh(), h.titleEn()), h.edition(), h.jurisdiction().code(),
          Effective.of(h.effective()), Basis.of(h.legalBasis()), Basis.of(h.proceduralBases()),
          h.example() ? Optional.of(true) : Optional.empty(), h.source(), h.unconfirmed());
    }
  }

  /** A measure-list document, as written (every basis in full, so no instruments block; the measures even when none). */
  public record MeasureListDocument(String format, @JsonUnwrapped Header header,
      @JsonInclude(JsonInclude.Include.ALWAYS) List<MeasureEntry> measures) {}

  /** An incentive-list document, as written. */
  public record IncentiveListDocument(String format, @JsonUnwrapped Header header,
      @JsonInclude(JsonInclude.Include.ALWAYS) List<IncentiveEntry> incentives) {}

  /** One measure. */
  public record MeasureEntry(String code, Names name, MeasureKind kind, List<Basis> legalBases, String targetConduct,
      List<String> targetLists, List<String> fields, List<BusinessContext> contexts, List<SubjectType> subjectTypes,
      String implementingBody, List<BodyKind> bodyKinds, SeverityClass minimumSeverity, Optional<Period> maximumDuration,
      Optional<Boolean> appliesToMinors, Optional<Boolean> appliesToResponsiblePersons, Optional<String> source,
      List<String> unconfirmed) {
    /** Absent optional lists are empty. */
    public MeasureEntry {
      targetLists = orEmpty(targetLists);
      unconfirmed = orEmpty(unconfirmed);
    }
  }

  /** One incentive. */
  public record IncentiveEntry(String code, Names name, List<Basis> legalBases, List<BusinessContext> contexts,
      List<SubjectType> subjectTypes, List<EligibilityCondition> eligibility, Optional<String> source,
      List<String> unconfirmed) {
    /** An absent optional list is empty. */
    public IncentiveEntry {
      unconfirmed = orEmpty(unconfirmed);
    }
  }

  /** Jackson passes null for an absent list. */
  static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list;
  }
}
