package org.creditgov.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.creditgov.core.catalog.io.BundledCatalogs;
import org.creditgov.core.catalog.io.CatalogJson;
import org.creditgov.core.data.DataProblem;
import org.creditgov.core.data.ReferenceDataException;
import org.creditgov.core.io.calendar.HolidayCalendarJson;
import org.creditgov.core.time.CalendarBasis;
import org.creditgov.core.time.HolidayNotice;
import org.creditgov.core.time.WorkingDayCalendar;
import org.creditgov.rules.io.BundledLists;
import org.creditgov.rules.io.MeasureListJson;
import org.creditgov.rules.sanction.MeasureListRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Reference data named in the configuration (CAT-1, SAN-1, DES-4): files added to the bundled data,
 * the calendar extended by a year, and startup refused with every located problem of every file,
 * reported by the failure analyzer the starter registers.
 */
class ReferenceDataConfigurationTest {

  @TempDir
  Path dir;

  @Test
  void aMeasureListFileIsAddedToTheBundledLists() throws Exception {
    Path file = dir.resolve("county-measures.json");
    String national = MeasureListJson.write(BundledLists.nationalModel());
    // without the bundled lists, the file's list is the registry's only one
    Files.writeString(file, national, StandardCharsets.UTF_8);
    Contexts.runner().withPropertyValues("creditgov.reference.bundled=false",
        "creditgov.reference.measure-lists=" + file).run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(MeasureListRegistry.class).lists()).extracting(l -> l.id())
              .containsExactly(BundledLists.nationalModel().id());
        });
  }

  @Test
  void theCalendarIsExtendedByTheConfiguredNotice() throws Exception {
    HolidayNotice notice2027 = new HolidayNotice(Year.of(2027), "国务院办公厅关于2027年部分节假日安排的通知（测试用，非真实通知）",
        Optional.empty(), Optional.empty(),
        List.of(HolidayNotice.Day.of(LocalDate.of(2027, 1, 1), "元旦"), HolidayNotice.Day.of(LocalDate.of(2027, 1, 4), "元旦")),
        List.of(HolidayNotice.Day.of(LocalDate.of(2027, 1, 9), "元旦")));
    Path file = dir.resolve("notice-2027.json");
    Files.writeString(file, HolidayCalendarJson.write(List.of(notice2027)), StandardCharsets.UTF_8);
    Contexts.runner().withPropertyValues("creditgov.calendar.extra-years=" + file).run(context -> {
      WorkingDayCalendar calendar = context.getBean(WorkingDayCalendar.class);
      assertThat(calendar.coveredUntil()).isEqualTo(LocalDate.of(2027, 12, 31));
      assertThat(calendar.deadline(LocalDate.of(2026, 12, 24), 10).basis()).isEqualTo(CalendarBasis.OFFICIAL);
      assertThat(calendar.deadline(LocalDate.of(2026, 12, 24), 10).value()).isEqualTo(LocalDate.of(2027, 1, 9));
    });
  }

  @Test
  void badCatalogFilesFailStartupWithEveryLocatedProblemOfEveryFile() throws Exception {
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "{\"format\": \"creditgov-catalog/1\",\n  \"id\": 7,\n", StandardCharsets.UTF_8);
    Path incomplete = dir.resolve("incomplete.json");
    Files.writeString(incomplete, "{\"format\": \"creditgov-catalog/1\", \"nonsense\": true}", StandardCharsets.UTF_8);
    Path missing = dir.resolve("missing.json");
    Contexts.runner().withPropertyValues("creditgov.reference.catalogs=" + broken + "," + incomplete + "," + missing)
        .run(context -> {
          assertThat(context).hasFailed();
          Throwable failure = context.getStartupFailure();
          ReferenceDataException refused = cause(failure);
          List<DataProblem> problems = refused.problems();
          assertThat(problems).extracting(DataProblem::source).contains("broken.json", "incomplete.json", "missing.json");
          assertThat(problems).allSatisfy(p -> assertThat(p.line()).as(p.toString()).isPresent());
          // the same problems the library's reader finds in each file, none lost
          assertThat(problems).filteredOn(p -> p.source().equals("incomplete.json")).extracting(DataProblem::code)
              .containsExactlyInAnyOrderElementsOf(CatalogJson.problems(Files.readString(incomplete), "incomplete.json")
                  .stream().map(DataProblem::code).toList());
          assertThat(problems).filteredOn(p -> p.source().equals("missing.json")).extracting(DataProblem::code)
              .containsExactly("data.UNREADABLE");

          FailureAnalysis analysis = new ReferenceDataFailureAnalyzer().analyze(failure);
          assertThat(analysis).isNotNull();
          assertThat(analysis.getDescription()).contains(problems.size() + " problems");
          for (DataProblem p : problems) {
            assertThat(analysis.getDescription()).contains(p.toString());
          }
          assertThat(analysis.getAction()).contains("creditgov.reference");
        });
  }

  @Test
  void brokenFilesOfSeveralDataSetsFailStartupOnceWithEveryProblemOfEverySet() throws Exception {
    Path catalog = dir.resolve("catalog-cut.json");
    Files.writeString(catalog, "{\"format\": \"creditgov-catalog/1\",\n  \"id\": 7,\n", StandardCharsets.UTF_8);
    Path measures = dir.resolve("measures-typo.json");
    Files.writeString(measures, "{\"format\": \"creditgov-measure-list/1\", \"mesures\": []}", StandardCharsets.UTF_8);
    Path holidays = dir.resolve("holidays-2027.json");
    Files.writeString(holidays, "[1, 2", StandardCharsets.UTF_8);
    Path listTypes = dir.resolve("list-types-missing.json");
    Contexts.runner().withPropertyValues("creditgov.reference.catalogs=" + catalog, "creditgov.reference.measure-lists="
        + measures, "creditgov.calendar.extra-years=" + holidays, "creditgov.reference.list-types=" + listTypes)
        .run(context -> {
          assertThat(context).hasFailed();
          Throwable failure = context.getStartupFailure();
          ReferenceDataException cause = cause(failure);
          assertThat(cause).isInstanceOf(RefusedReferenceData.class);
          RefusedReferenceData refused = (RefusedReferenceData) cause;
          // every refused set, in the order of the configuration, whichever bean was created first
          assertThat(refused.bySet()).containsOnlyKeys("holiday calendar data", "catalog data", "measure-list data",
              "list-type data");
          assertThat(List.copyOf(refused.bySet().keySet())).containsExactly("holiday calendar data", "catalog data",
              "measure-list data", "list-type data");
          // each set's problems are those its reader finds on its own, none lost
          assertThat(refused.bySet().get("measure-list data")).isEqualTo(problemsOf(() -> MeasureListJson.read(measures)));
          assertThat(refused.bySet().get("catalog data")).extracting(DataProblem::source).containsOnly("catalog-cut.json");
          assertThat(refused.bySet().get("holiday calendar data")).extracting(DataProblem::source)
              .containsOnly("holidays-2027.json");
          assertThat(refused.bySet().get("list-type data")).extracting(DataProblem::code).containsExactly("data.UNREADABLE");
          assertThat(refused.problems()).hasSize(refused.bySet().values().stream().mapToInt(List::size).sum());
          assertThat(refused.problems()).allSatisfy(p -> assertThat(p.line()).as(p.toString()).isPresent());

          FailureAnalysis analysis = new ReferenceDataFailureAnalyzer().analyze(failure);
          assertThat(analysis).isNotNull();
          assertThat(analysis.getDescription()).contains(refused.problems().size() + " problems in 4 data sets");
          for (var set : refused.bySet().entrySet()) {
            assertThat(analysis.getDescription()).contains(set.getKey() + ", " + set.getValue().size() + " problem");
          }
          for (DataProblem p : refused.problems()) {
            assertThat(analysis.getDescription()).contains(p.toString());
          }
        });
  }

  @Test
  void oneRefusedSetAmongGoodOnesIsReportedAlone() throws Exception {
    Path measures = dir.resolve("measures-typo.json");
    Files.writeString(measures, "{\"format\": \"creditgov-measure-list/1\", \"mesures\": []}", StandardCharsets.UTF_8);
    Contexts.runner().withPropertyValues("creditgov.reference.measure-lists=" + measures).run(context -> {
          assertThat(context).hasFailed();
          ReferenceDataException refused = cause(context.getStartupFailure());
          assertThat(refused).isNotInstanceOf(RefusedReferenceData.class);
          assertThat(refused.problems()).isEqualTo(problemsOf(() -> MeasureListJson.read(measures)));
          assertThat(new ReferenceDataFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
              .doesNotContain("data sets");
        });
  }

  private static List<DataProblem> problemsOf(Runnable read) {
    try {
      read.run();
    } catch (ReferenceDataException e) {
      return e.problems();
    }
    throw new AssertionError("the file was read without a problem");
  }

  @Test
  void catalogsThatDoNotFitTogetherFailWithTheProblemsBetweenThem() throws Exception {
    Path again = dir.resolve("national-again.json");
    Files.writeString(again, CatalogJson.write(BundledCatalogs.national2024()), StandardCharsets.UTF_8);
    Contexts.runner().withPropertyValues("creditgov.reference.catalogs=" + again).run(context -> {
      assertThat(context).hasFailed();
      ReferenceDataException refused = cause(context.getStartupFailure());
      assertThat(refused.problems()).isNotEmpty().extracting(DataProblem::code).contains("data.DUPLICATE_ID");
    });
  }

  @Test
  void theFailureAnalyzerIsRegisteredWithSpringBoot() throws Exception {
    List<String> registered = new java.util.ArrayList<>();
    java.util.Enumeration<java.net.URL> files = getClass().getClassLoader().getResources("META-INF/spring.factories");
    while (files.hasMoreElements()) {
      java.util.Properties p = new java.util.Properties();
      try (java.io.InputStream in = files.nextElement().openStream()) {
        p.load(in);
      }
      String names = p.getProperty(FailureAnalyzer.class.getName(), "");
      for (String name : names.split(",")) {
        registered.add(name.trim());
      }
    }
    assertThat(registered).contains(ReferenceDataFailureAnalyzer.class.getName());
    assertThat(Class.forName(ReferenceDataFailureAnalyzer.class.getName()).getConstructor().newInstance())
        .isInstanceOf(FailureAnalyzer.class);
  }

  private static ReferenceDataException cause(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ReferenceDataException r) {
        return r;
      }
    }
    throw new AssertionError("no ReferenceDataException in " + failure);
  }
}
