package org.creditgov.privacy.redact;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.creditgov.core.identity.ResidentIdNumber;
import org.creditgov.core.time.ChinaTime;
import org.creditgov.privacy.mask.DataKind;
import org.creditgov.privacy.mask.MaskingProfile;
import org.jspecify.annotations.Nullable;

/**
 * Removes personal information from free text, such as a decision document published on a credit
 * website (PRI-3, CAT-6; the rules for publishing penalty decisions remove ID numbers, contact
 * details, bank accounts and the names of third parties).
 *
 * <p>It finds resident ID numbers (region, birth date and check character validated, so a random
 * 18-digit number is not a hit), unified social credit codes (check character), mobile and
 * landline numbers, bank cards (card-network prefix and Luhn), e-mail addresses, licence plates,
 * and the names the caller gives. Token boundaries are respected: a 19-digit order number holds no
 * 18-digit ID, {@code 13800138000.50} is an amount. Full-width digits are read as digits. Spans
 * are UTF-16 indices into the input.
 *
 * <p>By default each span is replaced by one {@code *} per code point, except a credit code,
 * which is an organisation's public code and stays. A span valid as more than one kind takes the
 * stricter reading: 18 digits valid both as a credit code and as a bank card are a card, so a card
 * is never left in the clear; {@link Builder#maskWith(MaskingProfile)}
 * masks spans by a profile instead. What is not found: addresses and birth dates in running text,
 * names not given, identifiers split by spaces in unusual places ({@code 1101 0519 4912 3100 2X}),
 * landlines without an area code. Instances are immutable and thread-safe; no method logs or puts
 * text into an exception.
 */
public final class Redactor {

  private static final Set<DataKind> DETECTABLE =
      Sets.immutableEnumSet(
          DataKind.PERSONAL_NAME,
          DataKind.RESIDENT_ID,
          DataKind.USCC,
          DataKind.MOBILE,
          DataKind.LANDLINE,
          DataKind.BANK_CARD,
          DataKind.EMAIL,
          DataKind.LICENCE_PLATE);

  private static final Redactor STANDARD = builder().build();

  private final TextScanner scanner;
  private final boolean names;
  private final @Nullable MaskingProfile profile;

  private Redactor(Builder builder) {
    this.scanner = new TextScanner(ResidentIdNumber.parser(builder.clock), builder.kinds);
    this.names = builder.kinds.contains(DataKind.PERSONAL_NAME);
    this.profile = builder.profile;
  }

  /**
   * The standard redactor (PRI-3): every detector, IDs judged against today in China by {@link
   * ChinaTime#systemClock()}, spans replaced by {@code *}.
   */
  public static Redactor standard() {
    return STANDARD;
  }

  /** A builder starting from the standard settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Redacts a text (PRI-3, CAT-6).
   *
   * @throws NullPointerException if {@code text} is null
   */
  public RedactionResult redact(String text) {
    return redact(text, ImmutableList.of());
  }

  /**
   * Redacts a text, also removing every occurrence of the given names: the third parties named in
   * the record (PRI-3). Blank names are ignored.
   *
   * @throws NullPointerException if {@code text}, {@code names} or one of the names is null
   */
  public RedactionResult redact(String text, Collection<String> names) {
    requireNonNull(text, "text");
    requireNonNull(names, "names");
    SpanBuffer found = new SpanBuffer();
    scanner.scan(text, found);
    if (this.names && !names.isEmpty()) {
      NameFinder.find(text, names, found);
    }
    found.resolveOverlaps();
    ImmutableList.Builder<Span> spans = ImmutableList.builderWithExpectedSize(found.size());
    StringBuilder out = new StringBuilder(text.length());
    int copied = 0;
    for (int i = 0; i < found.size(); i++) {
      DataKind kind = found.kind(i);
      int start = found.start(i);
      int end = found.end(i);
      spans.add(Span.of(kind, start, end));
      out.append(text, copied, start);
      if (profile != null) {
        out.append(profile.mask(kind, text.substring(start, end)));
      } else if (kind == DataKind.USCC) {
        out.append(text, start, end);
      } else {
        for (int k = text.codePointCount(start, end); k > 0; k--) {
          out.append('*');
        }
      }
      copied = end;
    }
    out.append(text, copied, text.length());
    return ImmutableRedactionResult.builder().text(out.toString()).addAllSpans(spans.build()).build();
  }

  /** Builds a {@link Redactor}. Not thread-safe. */
  public static final class Builder {

    private Set<DataKind> kinds = EnumSet.copyOf(DETECTABLE);
    private Clock clock = ChinaTime.systemClock();
    private @Nullable MaskingProfile profile;

    private Builder() {}

    /**
     * Detects only these kinds (PRI-1: no more than the purpose needs).
     *
     * @throws NullPointerException if {@code kinds} or one of them is null
     * @throws IllegalArgumentException if {@code kinds} is empty or holds {@link
     *     DataKind#ADDRESS} or {@link DataKind#BIRTH_DATE}, which are not detected in free text
     */
    @CanIgnoreReturnValue
    public Builder detect(DataKind... kinds) {
      requireNonNull(kinds, "kinds");
      if (kinds.length == 0) {
        throw new IllegalArgumentException("detect at least one kind");
      }
      Set<DataKind> set = EnumSet.noneOf(DataKind.class);
      for (DataKind kind : List.of(kinds)) {
        if (!DETECTABLE.contains(kind)) {
          throw new IllegalArgumentException(kind + " is not detected in free text; detectable: " + DETECTABLE);
        }
        set.add(kind);
      }
      this.kinds = set;
      return this;
    }

    /**
     * The clock that judges "a birth date is not in the future" when validating ID numbers.
     *
     * @throws NullPointerException if {@code clock} is null
     */
    @CanIgnoreReturnValue
    public Builder clock(Clock clock) {
      this.clock = requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Replaces each span by its mask under {@code profile} rather than by {@code *} (so that, for
     * example, a shared document keeps the last four digits of a card).
     *
     * @throws NullPointerException if {@code profile} is null
     */
    @CanIgnoreReturnValue
    public Builder maskWith(MaskingProfile profile) {
      this.profile = requireNonNull(profile, "profile");
      return this;
    }

    /** The redactor. */
    public Redactor build() {
      return new Redactor(this);
    }
  }
}
