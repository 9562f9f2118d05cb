package org.creditgov.core.ruleset;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.DataProblemType;
import org.creditgov.core.jurisdiction.Jurisdiction;
import org.creditgov.core.legal.LegalBasis;
import org.creditgov.core.text.Fact;
import org.creditgov.core.time.EffectivePeriod;
import org.immutables.value.Value;

/**
 * What every version of every layered rule set says about itself (CAT-4): its id, titles and
 * edition, the jurisdiction of its layer (national for a basic list or catalog, else a provincial,
 * prefecture or county supplement), the period it is in force, the instrument that issued it, the
 * instruments a verdict under it cites for its procedure, its series where one jurisdiction holds
 * several lines of versions (publication regimes: national and market regulation), whether it is
 * only an example, where its content comes from and what in it is unconfirmed.
 *
 * <p>Catalogs, measure lists, incentive lists, publication and repair regimes, list types and
 * purpose catalogs all carry one ({@link LayeredRuleSet#header()}), so their common rules —
 * versions, layers, the code rule — are written once.
 */
@Value.Immutable
@CreditStyle
public abstract class RuleSetHeader {

  RuleSetHeader() {} // subclassed only by the generated implementation

  /**
   * A builder. Mandatory: id, titleZh, edition, jurisdiction, effective, legalBasis; {@code
   * example} defaults to false.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this header's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** The stable id of this version, unique in a registry ({@code cn-national-2024}); see {@link Codes}. */
  public abstract String id();

  /** The title in Simplified Chinese. */
  public abstract String titleZh();

  /** The title in English, where given. */
  public abstract Optional<String> titleEn();

  /** The edition (版本), such as {@code 2024}. */
  public abstract String edition();

  /** The jurisdiction of the layer: national for a basic catalog or list. */
  public abstract Jurisdiction jurisdiction();

  /**
   * The series, where one jurisdiction holds several lines of versions that do not replace each
   * other (publication regimes: {@code national}, {@code market-regulation}); empty for most
   * rule sets, whose one line per jurisdiction needs no name.
   */
  public abstract Optional<String> series();

  /** When this version is in force. */
  public abstract EffectivePeriod effective();

  /** The instrument that issued this version. */
  public abstract LegalBasis legalBasis();

  /**
   * The instruments a verdict under this layer cites for its procedure, besides the rule's own
   * basis (the national layer: 国办发〔2020〕49号; a county supplement: the county's plan). Data, not
   * a constant, so that no verdict in one province cites another's plan.
   */
  public abstract ImmutableList<LegalBasis> proceduralBases();

  /** Whether this is an illustrative example rather than an official text. */
  @Value.Default
  public boolean example() {
    return false;
  }

  /** Where the content comes from. */
  public abstract Optional<String> source();

  /** What in this version is not confirmed by a primary source; empty if all is. */
  public abstract ImmutableList<String> unconfirmed();

  /** Where the version was loaded from (a file or resource name), for problem locations; not part of its value. */
  @Value.Auxiliary
  public abstract Optional<String> origin();

  /**
   * The JSON pointer of this version inside its {@link #origin()}, for a file that holds several
   * versions (a regimes file: {@code /regimes/2}); empty for a file that is one version. Problems
   * about the version are located below it. Not part of its value.
   */
  @Value.Auxiliary
  public abstract Optional<String> originPointer();

  /** The name problems are reported under: the origin, else the id. */
  public String sourceName() {
    return origin().orElse(id());
  }

  /** {@code pointer} inside this version's source: below {@link #originPointer()}. */
  public String pointer(String pointer) {
    return originPointer().orElse("") + pointer;
  }

  /**
   * The problems of the header taken alone, at their JSON pointers (CAT-4): an id or series that
   * breaks the code rule, a blank title or edition, a blank English title, and a procedural basis
   * that is a local instrument of a jurisdiction neither this layer's nor above it (a verdict in
   * one county must not cite another's plan).
   */
  public List<DataProblem> problems() {
    List<DataProblem> problems = new ArrayList<>();
    String src = sourceName();
    if (!Codes.isValid(id())) {
      problems.add(DataProblem.of(DataProblemType.INVALID_CODE, src, pointer("/id"), Fact.code("value", id())));
    }
    series().filter(s -> !Codes.isValid(s))
        .ifPresent(s -> problems.add(DataProblem.of(DataProblemType.INVALID_CODE, src, pointer("/series"), Fact.code("value", s))));
    if (titleZh().isBlank()) {
      problems.add(DataProblem.of(DataProblemType.BLANK, src, pointer("/title/zh")));
    }
    if (titleEn().filter(String::isBlank).isPresent()) {
      problems.add(DataProblem.of(DataProblemType.BLANK, src, pointer("/title/en")));
    }
    if (edition().isBlank()) {
      problems.add(DataProblem.of(DataProblemType.BLANK, src, pointer("/edition")));
    }
    for (int i = 0; i < proceduralBases().size(); i++) {
      LegalBasis basis = proceduralBases().get(i);
      Optional<Jurisdiction> of = basis.jurisdiction().filter(j -> !j.equals(Jurisdiction.national()));
      if (of.isPresent() && !jurisdiction().isWithin(of.get())) {
        problems.add(DataProblem.of(DataProblemType.BASIS_OF_OTHER_JURISDICTION, src, pointer("/proceduralBases/" + i),
            Fact.code("entry", id()), Fact.text("citation", basis.citation()), Fact.term("jurisdiction", of.get().term())));
      }
    }
    return problems;
  }

  /** {@code id (edition, jurisdiction, period)}. */
  @Override
  public String toString() {
    return id() + " (" + edition() + ", " + jurisdiction() + series().map(s -> ", " + s).orElse("") + ", " + effective() + ")";
  }

  /** Builds a {@link RuleSetHeader}. */
  public static final class Builder extends ImmutableRuleSetHeader.Builder {
    Builder() {}
  }
}
