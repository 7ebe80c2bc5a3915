package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.app.ExchangeFixture.CLOCK;
import static org.studypath.app.ExchangeFixture.TODAY;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.domain.report.PlanReport;

/** The report every export is written from, built from a real planned path. */
class ReportBuilderTest {
    @TempDir
    Path dir;

    @Test
    void theReportIsThePlanAsTheWindowShowsItWithDoneUnitsOnTheDayTheyWereDone() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            var starter = services.plans().planned(services.plans().paths().get(0).id()).orElseThrow();
            var calculus = starter.path().items().get(0);
            long path = services.plans().create("Started ten days ago", TODAY.minusDays(10));
            services.plans().addResources(path, List.of(calculus.resourceId(), starter.path().items().get(1).resourceId()));
            long first = calculus.units().get(0).unitId();
            long second = calculus.units().get(1).unitId();
            services.progress().setStates(List.of(new UnitState(first, UnitStatus.DONE, TODAY.minusDays(5)),
                    new UnitState(second, UnitStatus.IN_PROGRESS, TODAY.minusDays(4))));
            var planned = services.plans().planned(path).orElseThrow();
            LocalDate plannedDay = planned.schedule().sessions().stream().filter(s -> s.unitId() == first)
                    .findFirst().orElseThrow().date();
            assertThat(plannedDay).isBefore(TODAY);

            PlanReport report = services.exchange().report(path);
            assertThat(report.key()).isEqualTo("path-" + path);
            assertThat(report.pathName()).isEqualTo("Started ten days ago");
            assertThat(report.generatedAt()).isEqualTo(ExchangeFixture.NOW);
            assertThat(report.today()).isEqualTo(TODAY);
            assertThat(report.generator()).isEqualTo(ExchangeService.generator());
            assertThat(report.sessions()).isSortedAccordingTo(Comparator.comparing(PlanReport.Row::date));
            assertThat(report.sessions()).filteredOn(r -> r.unitId() == first && !r.isReview()).singleElement().satisfies(r -> {
                assertThat(r.date()).as("the day it was done, not where the plan put it").isEqualTo(TODAY.minusDays(5))
                        .isNotEqualTo(plannedDay);
                assertThat(r.status()).isEqualTo(UnitStatus.DONE);
                assertThat(r.statusDate()).isEqualTo(TODAY.minusDays(5));
                assertThat(r.url()).startsWith("https://");
                assertThat(r.category()).isEqualTo("General math video series");
            });
            assertThat(report.sessions()).filteredOn(r -> r.unitId() == second && !r.isReview()).singleElement().satisfies(r -> {
                assertThat(r.status()).isEqualTo(UnitStatus.IN_PROGRESS);
                assertThat(r.statusDate()).isEqualTo(TODAY.minusDays(4));
            });
            assertThat(report.sessions()).as("the sessions Today and Schedule show, in their order")
                    .extracting(r -> r.date() + " " + r.unitId() + " " + r.part() + "/" + r.parts() + " " + r.minutes())
                    .containsExactlyElementsOf(planned.shown().sessions().stream()
                            .map(s -> s.date() + " " + s.unitId() + " " + s.part() + "/" + s.parts() + " " + s.minutes())
                            .toList());
            assertThat(report.progress().doneMinutes()).isPositive();
            assertThat(report.categories()).singleElement().satisfies(g -> {
                assertThat(g.name()).isEqualTo("General math video series");
                assertThat(g.detail()).isEqualTo("普通数学视频系列");
            });
            assertThat(report.resources()).hasSize(2).allSatisfy(g -> assertThat(g.detail()).startsWith("https://"));
            assertThat(report.standingText()).isNotBlank();
            int notDone = report.sessions().stream().filter(r -> !r.done() && !r.isReview()).mapToInt(PlanReport.Row::minutes).sum();
            assertThat(notDone).as("every minute left is in the report").isEqualTo(report.progress().leftMinutes());
        }
    }

    @Test
    void theSameDataGivesTheSameReportAfterARestore(@TempDir Path other, @TempDir Path files) throws Exception {
        PlanReport before;
        Path file;
        long id;
        try (Services services = Services.open(dir, CLOCK)) {
            id = ExchangeFixture.addUserData(services).secondPathId();
            before = services.exchange().report(id);
            file = ExchangeFixture.write(files, "b.json", ExchangeFixture.backup(services));
        }
        try (Services services = Services.open(other, CLOCK)) {
            services.exchange().restore(file, WorkProgress.NONE);
            assertThat(services.exchange().report(id)).as("same key, so calendar events keep their UIDs").isEqualTo(before);
        }
    }

    @Test
    void theReportCarriesTheNotesOfThePathsOwnUnitsAndResourcesAsWritten() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            var starter = services.plans().planned(services.plans().paths().get(0).id()).orElseThrow();
            var calculus = starter.path().items().get(0);
            var other = starter.path().items().get(1);
            long path = services.plans().create("Calculus only", TODAY);
            services.plans().addResources(path, List.of(calculus.resourceId()));
            long unit = calculus.units().get(1).unitId();
            String chainRule = "## Chain rule\n\n$\\frac{dz}{dx} = \\frac{dz}{dy}\\frac{dy}{dx}$ — 链式法则";
            services.progress().saveUnitNote(unit, chainRule);
            services.progress().saveResourceNote(calculus.resourceId(), "Watch at **1.5×**");
            services.progress().saveResourceNote(other.resourceId(), "not in this path");
            services.progress().saveUnitNote(other.units().get(0).unitId(), "not in this path either");

            PlanReport report = services.exchange().report(path);

            assertThat(report.unitNote(unit)).as("raw Markdown, maths kept").isEqualTo(chainRule);
            assertThat(report.resourceNote(calculus.resourceId())).isEqualTo("Watch at **1.5×**");
            assertThat(report.resources()).singleElement().extracting(PlanReport.Group::id)
                    .isEqualTo(calculus.resourceId());
            assertThat(report.notes().units()).as("only the path's own units").containsOnlyKeys(unit);
            assertThat(report.notes().resources()).containsOnlyKeys(calculus.resourceId());
            assertThat(report.unitNote(calculus.units().get(0).unitId())).isEmpty();

            services.progress().saveUnitNote(unit, "  ");
            assertThat(services.exchange().report(path).notes().units()).as("a removed note is gone").isEmpty();
        }
    }
}
