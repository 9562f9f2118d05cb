package org.creditgov.rules.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListRegistry;

/**
 * The reference lists bundled with the library (docs/measure-list-format.md, "The bundled lists").
 * They are models built from what reference/policy-facts.md and measures-seen.csv confirm, each
 * entry with its source and every unconfirmed attribute labelled: <b>load your official editions
 * for real decisions</b>. The Qingtongxia layer is an example, marked {@code "example": true}.
 */
public final class BundledLists {

  private static final String BASE = "/org/creditgov/rules/sanction/";

  private BundledLists() {}

  /**
   * A model of the national basic list of dishonesty sanction measures: the measures read in full
   * (2021 edition) and the statutory and judicial measures whose place on the list is unconfirmed.
   *
   * @throws IllegalStateException if the bundled file is missing from the jar
   */
  public static MeasureList nationalModel() {
    return MeasureListJson.read(resource(BASE + "national-model.json"), "national-model.json");
  }

  /**
   * An illustrative Qingtongxia (640381) supplement ({@code "example": true}): its instruments
   * and dates are placeholders.
   *
   * @throws IllegalStateException if the bundled file is missing from the jar
   */
  public static MeasureList qingtongxiaExample() {
    return MeasureListJson.read(resource(BASE + "example-640381-qingtongxia.json"), "example-640381-qingtongxia.json");
  }

  /** Both bundled measure lists. */
  public static ImmutableList<MeasureList> measureLists() {
    return ImmutableList.of(nationalModel(), qingtongxiaExample());
  }

  /** A registry of both bundled measure lists. */
  public static MeasureListRegistry registry() {
    return MeasureListRegistry.builder().addLists(measureLists()).build();
  }

  /**
   * The incentives the seed plan (§二.9) names for Qingtongxia, with their bases and eligibility;
   * the eligibility conditions are this library's reading and labelled so.
   *
   * @throws IllegalStateException if the bundled file is missing from the jar
   */
  public static IncentiveList qingtongxiaIncentives() {
    return MeasureListJson.readIncentives(resource("/org/creditgov/rules/incentive/incentives-640381-qingtongxia.json"),
        "incentives-640381-qingtongxia.json");
  }

  private static String resource(String name) {
    try (InputStream in = BundledLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the bundled list " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
