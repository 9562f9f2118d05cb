package org.creditgov.bench.json;

import java.util.concurrent.TimeUnit;
import org.creditgov.core.json.CoreJson;
import org.creditgov.core.verdict.Verdict;
import org.creditgov.rules.designation.DesignationEvent;
import org.creditgov.rules.json.DesignationJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Encodes and decodes per second of the canonical JSON forms, a typical verdict (three findings)
 * and a typical event (a proposal), each beside baselines in the same run: Jackson databind's
 * default {@code writeValueAsString}/{@code readValue} of a plain record of the same shape (dates
 * and enums as plain strings, so databind builds no domain value and checks nothing), and a bare
 * streaming scan of the same bytes (every token read, nothing built). The target is 1,000,000
 * encodes and decodes per second of each.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {

  private static final JsonMapper DATABIND = JsonMapper.builder().build();
  private static final JsonFactory STREAMING = JsonFactory.builder().build();

  private Verdict verdict;
  private String verdictJson;
  private JsonBenchData.VerdictDto verdictDto;
  private String verdictDtoJson;
  private DesignationEvent event;
  private String eventJson;
  private JsonBenchData.ProposedDto eventDto;
  private String eventDtoJson;

  @Setup
  public void setUp() {
    verdict = JsonBenchData.verdict();
    verdictJson = CoreJson.VERDICT.encode(verdict);
    verdictDto = JsonBenchData.dto(verdict);
    verdictDtoJson = DATABIND.writeValueAsString(verdictDto);
    event = JsonBenchData.event();
    eventJson = DesignationJson.EVENT.encode(event);
    eventDto = JsonBenchData.dto(event);
    eventDtoJson = DATABIND.writeValueAsString(eventDto);
    if (!CoreJson.VERDICT.decode(verdictJson).equals(verdict) || !DesignationJson.EVENT.decode(eventJson).equals(event)
        || !DATABIND.readValue(verdictDtoJson, JsonBenchData.VerdictDto.class).equals(verdictDto)
        || !DATABIND.readValue(eventDtoJson, JsonBenchData.ProposedDto.class).equals(eventDto)) {
      throw new IllegalStateException("the benchmark's values do not round-trip");
    }
  }

  /** Ours: the verdict as {@code creditgov-verdict/1}. */
  @Benchmark
  public String verdictEncode() {
    return CoreJson.VERDICT.encode(verdict);
  }

  /** Ours: {@code creditgov-verdict/1} read back into a {@link Verdict}. */
  @Benchmark
  public Verdict verdictDecode() {
    return CoreJson.VERDICT.decode(verdictJson);
  }

  /** Baseline: databind's default {@code writeValueAsString} of a plain record of the same shape. */
  @Benchmark
  public String verdictEncodeDatabindRecord() {
    return DATABIND.writeValueAsString(verdictDto);
  }

  /** Baseline: databind's default {@code readValue} of that plain record. */
  @Benchmark
  public JsonBenchData.VerdictDto verdictDecodeDatabindRecord() {
    return DATABIND.readValue(verdictDtoJson, JsonBenchData.VerdictDto.class);
  }

  /** Baseline: a bare streaming scan of our verdict's bytes. */
  @Benchmark
  public void verdictScanStreaming(Blackhole bh) {
    scan(verdictJson, bh);
  }

  /** Ours: the proposal event as {@code creditgov-designation-event/1}. */
  @Benchmark
  public String eventEncode() {
    return DesignationJson.EVENT.encode(event);
  }

  /** Ours: {@code creditgov-designation-event/1} read back into a {@link DesignationEvent}. */
  @Benchmark
  public DesignationEvent eventDecode() {
    return DesignationJson.EVENT.decode(eventJson);
  }

  /** Baseline: databind's default {@code writeValueAsString} of a plain record of the same shape. */
  @Benchmark
  public String eventEncodeDatabindRecord() {
    return DATABIND.writeValueAsString(eventDto);
  }

  /** Baseline: databind's default {@code readValue} of that plain record. */
  @Benchmark
  public JsonBenchData.ProposedDto eventDecodeDatabindRecord() {
    return DATABIND.readValue(eventDtoJson, JsonBenchData.ProposedDto.class);
  }

  /** Baseline: a bare streaming scan of our event's bytes. */
  @Benchmark
  public void eventScanStreaming(Blackhole bh) {
    scan(eventJson, bh);
  }

  private static void scan(String json, Blackhole bh) {
    try (JsonParser p = STREAMING.createParser(ObjectReadContext.empty(), json)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.VALUE_STRING) {
          bh.consume(p.getString());
        } else if (t == JsonToken.PROPERTY_NAME) {
          bh.consume(p.currentName());
        }
      }
    }
  }
}
