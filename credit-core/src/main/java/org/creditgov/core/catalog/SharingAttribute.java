package org.creditgov.core.catalog;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import org.creditgov.core.Bilingual;
import org.creditgov.core.CreditStyle;
import org.creditgov.core.text.Fact;
import org.immutables.value.Value;

/**
 * The sharing attribute of a catalog item (共享属性, CAT-3): shared unconditionally with public
 * management bodies, conditionally with named recipients only, or not shared.
 */
@Value.Immutable
@CreditStyle
public abstract class SharingAttribute {

  SharingAttribute() {} // subclassed only by the generated ImmutableSharingAttribute

  /** The kinds of sharing. */
  public enum Kind implements Bilingual {
    /** 无条件共享: shared with every public management body through the platform. */
    UNCONDITIONAL("无条件共享", "unconditional"),
    /** 有条件共享: shared only with the recipients the catalog names. */
    CONDITIONAL("有条件共享", "conditional"),
    /** 不予共享: not shared. */
    NONE("不予共享", "not shared");

    private final String nameZh;
    private final String nameEn;

    Kind(String nameZh, String nameEn) {
      this.nameZh = nameZh;
      this.nameEn = nameEn;
    }

    /** The name in Simplified Chinese. */
    @Override
    public String nameZh() {
      return nameZh;
    }

    /** The name in English. */
    @Override
    public String nameEn() {
      return nameEn;
    }
  }

  private static final SharingAttribute UNCONDITIONAL =
      ImmutableSharingAttribute.builder().kind(Kind.UNCONDITIONAL).build();
  private static final SharingAttribute NONE = ImmutableSharingAttribute.builder().kind(Kind.NONE).build();

  /** Unconditional sharing. */
  public static SharingAttribute unconditional() {
    return UNCONDITIONAL;
  }

  /** No sharing. */
  public static SharingAttribute none() {
    return NONE;
  }

  /**
   * Conditional sharing with the given recipients (departments or systems), in their order.
   *
   * @throws CatalogFormatException if there are no recipients or one is blank
   */
  public static SharingAttribute conditional(Iterable<String> recipients) {
    return ImmutableSharingAttribute.builder().kind(Kind.CONDITIONAL).addAllRecipients(recipients).build();
  }

  /**
   * Sharing of the given kind with the given recipients, as a loader reads it: recipients belong
   * to conditional sharing only (CAT-3).
   *
   * @throws CatalogFormatException if conditional sharing has no recipients or a blank one, or
   *     another kind has any
   */
  public static SharingAttribute of(Kind kind, Iterable<String> recipients) {
    return ImmutableSharingAttribute.builder().kind(kind).addAllRecipients(recipients).build();
  }

  /** The kind of sharing. */
  public abstract Kind kind();

  /** Who may receive the information under conditional sharing; empty for the other kinds. */
  public abstract ImmutableSet<String> recipients();

  /** Whether the information may be shared with {@code recipient}. */
  public boolean allows(String recipient) {
    return kind() == Kind.UNCONDITIONAL || recipients().contains(recipient);
  }

  /** @throws CatalogFormatException if the recipients do not fit the kind (CAT-3) */
  @Value.Check
  void check() {
    boolean blank = recipients().stream().anyMatch(String::isBlank);
    if ((kind() == Kind.CONDITIONAL) == recipients().isEmpty() || blank) {
      throw new CatalogFormatException(List.of(CatalogProblemType.SHARING_RECIPIENTS.at("sharing", "/recipients",
          Fact.term("kind", kind()), Fact.count("recipients", recipients().size()))));
    }
  }
}
