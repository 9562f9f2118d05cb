package org.creditgov.rules.io;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.creditgov.rules.incentive.IncentiveList;
import org.creditgov.rules.incentive.IncentiveRegistry;
import org.creditgov.rules.sanction.MeasureList;
import org.creditgov.rules.sanction.MeasureListRegistry;

/**
 * The reference lists bundled with the library (docs/measure-list-format.md, "The bundled lists").
 * They are models built from what reference/policy-facts.md and measures-seen.csv confirm, each
 * entry with its source and every unconfirmed attribute labelled: <b>load your official editions
 * for real decisions</b>. The Qingtongxia measure layer is an example, marked {@code "example":
 * true}. Each is available by its file name too ({@link #measureList(String)}, {@link
 * #incentiveList(String)}), for a linter to check a user's files together with them.
 *
 * <p>Their headers give the procedural bases verdicts under them cite: the national model names
 * 国办发〔2020〕49号; the Qingtongxia supplement and incentive list name the Qingtongxia plan.
 */
public final class BundledLists {

  private static final String MEASURES = "/org/creditgov/rules/sanction/";
  private static final String INCENTIVES = "/org/creditgov/rules/incentive/";
  private static final String NATIONAL = "national-model.json";
  private static final String QINGTONGXIA = "example-640381-qingtongxia.json";
  private static final String QINGTONGXIA_INCENTIVES = "incentives-640381-qingtongxia.json";

  private BundledLists() {}

  /**
   * A model of the national basic list of dishonesty sanction measures: the measures read in full
   * (2021 edition) and the statutory and judicial measures whose place on the list is unconfirmed.
   *
   * @throws IllegalStateException if the bundled file is missing from the jar
   */
  public static MeasureList nationalModel() {
    return measureList(NATIONAL);
  }

  /**
   * An illustrative Qingtongxia (640381) supplement ({@code "example": true}): its instruments
   * and dates are placeholders.
   *
   * @throws IllegalStateException if the bundled file is missing from the jar
   */
  public static MeasureList qingtongxiaExample() {
    return measureList(QINGTONGXIA);
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
    return incentiveList(QINGTONGXIA_INCENTIVES);
  }

  /** A registry of the bundled incentive lists. */
  public static IncentiveRegistry incentiveRegistry() {
    return IncentiveRegistry.builder().addList(qingtongxiaIncentives()).build();
  }

  /** The file names of the bundled measure lists, national first. */
  public static ImmutableList<String> measureListNames() {
    return ImmutableList.of(NATIONAL, QINGTONGXIA);
  }

  /** The file names of the bundled incentive lists. */
  public static ImmutableList<String> incentiveListNames() {
    return ImmutableList.of(QINGTONGXIA_INCENTIVES);
  }

  /**
   * The bundled measure list of the given file name ({@link #measureListNames()}).
   *
   * @throws IllegalArgumentException if no bundled measure list has that name
   * @throws IllegalStateException if the bundled file is missing from the jar
   */
  public static MeasureList measureList(String name) {
    if (!measureListNames().contains(name)) {
      throw new IllegalArgumentException("no bundled measure list is named " + name + "; the bundled ones: " + measureListNames());
    }
    return MeasureListJson.read(resource(MEASURES + name), name);
  }

  /**
   * The bundled incentive list of the given file name ({@link #incentiveListNames()}).
   *
   * @throws IllegalArgumentException if no bundled incentive list has that name
   * @throws IllegalStateException if the bundled file is missing from the jar
   */
  public static IncentiveList incentiveList(String name) {
    if (!incentiveListNames().contains(name)) {
      throw new IllegalArgumentException("no bundled incentive list is named " + name + "; the bundled ones: " + incentiveListNames());
    }
    return MeasureListJson.readIncentives(resource(INCENTIVES + name), name);
  }

  /** The text of the bundled measure list {@code name} ({@link #measureListNames()}), for lint. */
  static String measureListText(String name) {
    if (!measureListNames().contains(name)) {
      throw new IllegalArgumentException("no bundled measure list is named " + name + "; the bundled ones: " + measureListNames());
    }
    return resource(MEASURES + name);
  }

  /** The text of the bundled incentive list {@code name} ({@link #incentiveListNames()}), for lint. */
  static String incentiveListText(String name) {
    if (!incentiveListNames().contains(name)) {
      throw new IllegalArgumentException("no bundled incentive list is named " + name + "; the bundled ones: " + incentiveListNames());
    }
    return resource(INCENTIVES + name);
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
