package org.creditgov.rules.json;

import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import org.creditgov.core.json.JsonCodec;
import org.creditgov.core.json.JsonFormException;
import org.creditgov.core.json.JsonReader;
import org.creditgov.core.verdict.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * The keys of the answer to a procedure's command, read once for designations ({@code
 * creditgov-command-result/1}) and repairs ({@code creditgov-repair-command-result/1}): the kind
 * ({@code ACCEPTED}, {@code REFUSED}, {@code CONFLICT}), the case id, the versions, the case's
 * events and the verdict. Each procedure replays the events into its own case; a key a kind needs
 * and the document lacks is refused where the object stands.
 *
 * @param <I> the case id
 * @param <E> the events
 */
final class ResultEnvelope<I, E> {

  private final JsonReader in;
  private final String result;
  private final I id;
  private final @Nullable Long version;
  private final @Nullable Long expected;
  private final @Nullable Long actual;
  private final @Nullable ImmutableList<E> events;
  private final @Nullable Verdict verdict;

  private ResultEnvelope(JsonReader in, String result, I id, @Nullable Long version, @Nullable Long expected,
      @Nullable Long actual, @Nullable ImmutableList<E> events, @Nullable Verdict verdict) {
    this.in = in;
    this.result = result;
    this.id = id;
    this.version = version;
    this.expected = expected;
    this.actual = actual;
    this.events = events;
    this.verdict = verdict;
  }

  /** Reads the object at {@code in}; the id under {@code idKey}, read by {@code ids}. */
  static <I, E> ResultEnvelope<I, E> read(JsonReader in, String idKey, Function<JsonReader, I> ids,
      JsonCodec<E> eventCodec, JsonCodec<Verdict> verdicts) {
    String result = null;
    I id = null;
    Long version = null;
    Long expected = null;
    Long actual = null;
    ImmutableList<E> events = null;
    Verdict verdict = null;
    in.startObject();
    for (String name; (name = in.nextName()) != null; ) {
      if (name.equals(idKey)) {
        id = ids.apply(in);
        continue;
      }
      switch (name) {
        case "result" -> result = in.string();
        case "version" -> version = in.number(0, Long.MAX_VALUE);
        case "expectedVersion" -> expected = in.number(0, Long.MAX_VALUE);
        case "actualVersion" -> actual = in.number(0, Long.MAX_VALUE);
        case "events" -> events = in.list(eventCodec);
        case "verdict" -> verdict = in.value(verdicts);
        default -> throw in.unknownKey(name);
      }
    }
    I i = in.required(id, idKey);
    return new ResultEnvelope<>(in, in.required(result, "result"), i, version, expected, actual, events, verdict);
  }

  String result() {
    return result;
  }

  I id() {
    return id;
  }

  long version() {
    return in.required(version, "version");
  }

  long expectedVersion() {
    return in.required(expected, "expectedVersion");
  }

  long actualVersion() {
    return in.required(actual, "actualVersion");
  }

  ImmutableList<E> events() {
    return in.required(events, "events");
  }

  Verdict verdict() {
    return in.required(verdict, "verdict");
  }

  /** The refusal of a kind that is none of the three. */
  JsonFormException unknownResult() {
    return in.invalidObject("结果须为 ACCEPTED、REFUSED 或 CONFLICT", "a result is ACCEPTED, REFUSED or CONFLICT");
  }

  /** The refusal of events that do not replay into a case. */
  JsonFormException impossibleHistory(IllegalArgumentException e) {
    return in.invalidObject("事件不构成一个可能的过程：" + e.getMessage(), "the events are not a possible history: " + e.getMessage());
  }
}
