package org.creditgov.bench.catalog;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.io.CatalogJson;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.io.JsonDocument;
import org.creditgov.core.io.Schemas;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loading a catalog file of 5,000 items of 10 fields (target: under one second): {@link
 * CatalogJson#read(String, String)} from the text in memory (reading the file itself is not
 * measured), with every check the loader makes — and, in the same run, its stages alone: parsing
 * the text into the located tree ({@link JsonDocument#parse}), validating that tree against the
 * format's JSON Schema ({@link Schemas#validate}, what schema validation costs at load), and the
 * baseline, Jackson's own {@code readTree} of the same text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBenchmark {

  /** The number of items in the file. */
  @Param({"5000"})
  public int items;

  private String json;
  private JsonDocument parsed;
  private final JsonMapper jackson = JsonMapper.builder().build();

  @Setup
  public void setUp() {
    json = CatalogJson.write(BenchCatalogs.national(items));
    parsed = JsonDocument.parse(json, "bench.json");
    if (!Schemas.bundled().validate(parsed, "catalog-1.schema.json").isEmpty()) {
      throw new IllegalStateException("the benchmark catalog does not follow its schema");
    }
    System.out.printf("%n[catalog file: %d items, %,d bytes of UTF-8]%n", items, json.getBytes(StandardCharsets.UTF_8).length);
  }

  /** Parse, validate against the schema, bind, check and build the whole catalog. */
  @Benchmark
  public Catalog load() {
    return CatalogJson.read(json, "bench.json");
  }

  /** The first stage alone: the text parsed into the tree the reader binds from (duplicate keys found). */
  @Benchmark
  public JsonDocument parse() {
    return JsonDocument.parse(json, "bench.json");
  }

  /** Schema validation alone, of the tree parsed once: what validation adds to a load. */
  @Benchmark
  public List<DataProblem> validate() {
    return Schemas.bundled().validate(parsed, "catalog-1.schema.json");
  }

  /** The baseline: Jackson's own tree of the same text, with no location, no schema, no domain. */
  @Benchmark
  public JsonNode baselineJacksonReadTree() {
    return jackson.readTree(json);
  }
}
