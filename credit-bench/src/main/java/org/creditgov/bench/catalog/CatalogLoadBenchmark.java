package org.creditgov.bench.catalog;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.creditgov.core.catalog.Catalog;
import org.creditgov.core.catalog.io.CatalogJson;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Loading a catalog file of 5,000 items of 10 fields (target: under one second): {@link
 * CatalogJson#read(String, String)} from the text in memory (reading the file itself is not
 * measured), with every check the loader makes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CatalogLoadBenchmark {

  /** The number of items in the file. */
  @Param({"5000"})
  public int items;

  private String json;

  @Setup
  public void setUp() {
    json = CatalogJson.write(BenchCatalogs.national(items));
    System.out.printf("%n[catalog file: %d items, %,d bytes of UTF-8]%n", items, json.getBytes(StandardCharsets.UTF_8).length);
  }

  /** Parse, validate and build the whole catalog. */
  @Benchmark
  public Catalog load() {
    return CatalogJson.read(json, "bench.json");
  }
}
