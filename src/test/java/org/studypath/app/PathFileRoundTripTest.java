package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.app.ExchangeFixture.CLOCK;
import static org.studypath.app.ExchangeFixture.SECOND_PATH;
import static org.studypath.app.ExchangeFixture.TODAY;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.Resource;
import org.studypath.domain.Unit;
import org.studypath.domain.pathfile.PathFile;
import org.studypath.domain.pathfile.PathImport;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.Session;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.TimeLog;
import org.studypath.domain.progress.UnitState;

/**
 * A path handed from one data folder to another as a {@code .studypath} file: the same path, items, resources,
 * units, prerequisites, study time and plan arrive, the sender's progress, notes and logs only when sent and taken,
 * and the receiver's own data is never changed.
 */
class PathFileRoundTripTest {
    @TempDir
    Path sender;
    @TempDir
    Path receiver;
    @TempDir
    Path files;

    static long pathNamed(Services services, String name) {
        return services.plans().paths().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    /** What a path is, without ids: each item's title, type, pace, units (title, minutes, included) and needs. */
    static List<String> shape(Services services, long pathId) {
        var planned = services.plans().planned(pathId).orElseThrow();
        var titles = planned.path().items().stream().collect(Collectors.toMap(PlanItem::resourceId, PlanItem::title));
        return planned.path().items().stream().map(item -> item.title() + " | " + item.type() + " | pace "
                + planned.pace().factorFor(item.type(), item.paceOverride()) + " | needs "
                + item.prerequisites().stream().map(titles::get).sorted().toList() + " | "
                + item.units().stream().map(u -> u.title() + " " + u.minutes() + (u.included() ? "" : " (left out)")).toList())
                .toList();
    }

    /** The plan without ids: each session's day, resource, unit and minutes. */
    static List<String> plan(Services services, long pathId) {
        return services.plans().planned(pathId).orElseThrow().schedule().sessions().stream()
                .map((Session s) -> s.date() + " " + s.resourceTitle() + " / " + s.unitTitle() + " " + s.minutes()).toList();
    }

    @Test
    void aPathArrivesWholeInAFreshDataFolder() throws Exception {
        Path file = files.resolve("evenings.studypath");
        List<String> shapeSent;
        List<String> planSent;
        Resource mineSent;
        var availabilitySent = (org.studypath.domain.plan.Availability) null;
        try (Services a = Services.open(sender, CLOCK)) {
            var data = ExchangeFixture.addUserData(a);
            a.pathFiles().export(data.secondPathId(), PathFile.Includes.NONE, file);
            shapeSent = shape(a, data.secondPathId());
            planSent = plan(a, data.secondPathId());
            mineSent = a.catalog().resource(data.userResourceId()).orElseThrow();
            availabilitySent = a.plans().planned(data.secondPathId()).orElseThrow().path().availability();
        }
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\n  \"format\" : \"studypath-path\"").contains("\"version\" : 1")
                .doesNotContain(sender.toString()).doesNotContain("\"progress\" : {").doesNotContain("myNote");
        try (Services b = Services.open(receiver, CLOCK)) {
            int resourcesBefore = b.catalog().snapshot().resources().size();
            PathImport done = b.pathFiles().importFile(file, PathFile.Includes.ALL);
            assertThat(done.pathName()).isEqualTo(SECOND_PATH);
            assertThat(done.renamed()).isFalse();
            assertThat(done.resourcesNew()).containsExactly("My own notes 我的笔记");
            assertThat(done.resourcesKnown()).hasSize(1).allMatch(line -> line.contains("same key"));
            assertThat(done.requested().any()).isFalse();
            assertThat(b.catalog().snapshot().resources()).hasSize(resourcesBefore + 1);
            long path = pathNamed(b, SECOND_PATH);
            assertThat(shape(b, path)).isEqualTo(shapeSent);
            // the sender's ticks on the catalog resource move its sessions there; the own resource plans the same
            assertThat(plan(b, path).stream().filter(line -> line.contains("My own notes")).toList())
                    .isEqualTo(planSent.stream().filter(line -> line.contains("My own notes")).toList()).isNotEmpty();
            assertThat(b.plans().planned(path).orElseThrow().path().availability()).isEqualTo(availabilitySent);
            // the receiver's own pace factors are not the sender's: the path carries the sender's as its own
            assertThat(b.plans().paceFactors()).isEqualTo(org.studypath.domain.plan.PaceFactors.neutral());
            long mineId = b.plans().planned(path).orElseThrow().path().items().get(1).resourceId();
            Resource mine = b.catalog().resource(mineId).orElseThrow();
            assertThat(mine).usingRecursiveComparison().ignoringFields("id", "units", "categoryId").isEqualTo(mineSent);
            assertThat(mine.units()).extracting(Unit::title, Unit::minutes, Unit::estimated, Unit::url)
                    .isEqualTo(mineSent.units().stream().map(u -> org.assertj.core.groups.Tuple.tuple(u.title(),
                            u.minutes(), u.estimated(), u.url())).toList());
            // nothing personal came along
            for (PlanItem item : b.plans().planned(path).orElseThrow().path().items()) {
                assertThat(item.units()).allMatch(u -> u.status() == UnitStatus.NOT_STARTED && u.loggedMinutes() == 0);
                assertThat(b.progress().resourceNote(item.resourceId())).isEmpty();
            }
        }
    }

    @Test
    void aBooksEstimatesAndFirstPagesTravel() throws Exception {
        // a book added from its PDF: its parts are estimates (≈) that start on pages; a pasted line is an estimate too
        Path file = files.resolve("book.studypath");
        try (Services a = Services.open(sender, CLOCK)) {
            var data = ExchangeFixture.addUserData(a);
            Resource mine = a.catalog().resource(data.userResourceId()).orElseThrow();
            var draft = org.studypath.TestData.draft(mine.categoryId(), "Deep Learning (PDF)", 60);
            var units = List.of(new org.studypath.domain.ResourceDraft.UnitDraft(0, "1 Introduction", 120, "", true, 1),
                    new org.studypath.domain.ResourceDraft.UnitDraft(0, "2 Linear Algebra", 90, "", true, 31),
                    new org.studypath.domain.ResourceDraft.UnitDraft(0, "Exercises", 45, "", false, null));
            long book = a.catalog().save(new org.studypath.domain.ResourceDraft(0, draft.categoryId(), draft.title(),
                    draft.creators(), "https://example.org/deep-learning-book", draft.type(), draft.unitKind(), draft.free(), draft.language(),
                    draft.topics(), draft.note(), units));
            a.plans().addResources(data.secondPathId(), List.of(book));
            a.pathFiles().export(data.secondPathId(), PathFile.Includes.NONE, file);
        }
        try (Services b = Services.open(receiver, CLOCK)) {
            b.pathFiles().importFile(file, PathFile.Includes.NONE);
            long path = pathNamed(b, SECOND_PATH);
            Resource book = b.plans().planned(path).orElseThrow().path().items().stream()
                    .map(item -> b.catalog().resource(item.resourceId()).orElseThrow())
                    .filter(r -> r.title().equals("Deep Learning (PDF)")).findFirst().orElseThrow();
            assertThat(book.units()).extracting(Unit::title, Unit::minutes, Unit::estimated, Unit::firstPage)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("1 Introduction", 120, true, 1),
                            org.assertj.core.groups.Tuple.tuple("2 Linear Algebra", 90, true, 31),
                            org.assertj.core.groups.Tuple.tuple("Exercises", 45, false, null));
        }
    }

    @Test
    void progressNotesAndLogsTravelOnlyWhenSentAndTaken() throws Exception {
        Path file = files.resolve("starter.studypath");
        ExchangeFixture.UserData data;
        String starterName;
        List<String> planSent;
        try (Services a = Services.open(sender, CLOCK)) {
            data = ExchangeFixture.addUserData(a);
            starterName = a.plans().paths().stream().filter(p -> p.id() == data.starterPathId()).findFirst().orElseThrow().name();
            a.pathFiles().export(data.starterPathId(), PathFile.Includes.ALL, file);
            planSent = plan(a, data.starterPathId());
        }
        assertThat(Files.readString(file)).contains("\"status\" : \"DONE\"").contains("zygomorphic").contains("myNote");
        try (Services b = Services.open(receiver, CLOCK)) {
            // the fresh folder has its own starter path of the same name: the import gets a new name
            PathImport taken = b.pathFiles().importFile(file, new PathFile.Includes(true, false, true));
            assertThat(taken.renamed()).isTrue();
            assertThat(taken.pathName()).isEqualTo(starterName + " (2)");
            assertThat(taken.resourcesNew()).isEmpty();
            assertThat(taken.progress().added()).isEqualTo(3);
            assertThat(taken.logs().added()).isEqualTo(1);
            assertThat(taken.notes()).isEqualTo(PathImport.Counts.NONE);
            // the same units as the sender's (bundled catalog ids are the same in both folders)
            PlanItem first = b.plans().planned(pathNamed(b, taken.pathName())).orElseThrow().path().items().get(0);
            assertThat(first.units().get(0).status()).isEqualTo(UnitStatus.DONE);
            assertThat(first.units().get(0).statusDate()).isEqualTo(TODAY.minusDays(1));
            assertThat(first.units().get(1).status()).isEqualTo(UnitStatus.IN_PROGRESS);
            assertThat(first.units().get(2).status()).isEqualTo(UnitStatus.SKIPPED);
            assertThat(b.progress().logs(first.units().get(1).unitId())).extracting(TimeLog::minutes).containsExactly(25);
            assertThat(b.progress().unitNote(first.units().get(0).unitId())).isEmpty();
            // with the same progress and the sender's pace, the same plan (the receiver's own factors are neutral)
            assertThat(plan(b, pathNamed(b, taken.pathName()))).isEqualTo(planSent).isNotEmpty();
            // the notes were not taken the first time; the second import takes them and keeps the ticks already there
            PathImport again = b.pathFiles().importFile(file, PathFile.Includes.ALL);
            assertThat(again.pathName()).isEqualTo(starterName + " (3)");
            assertThat(again.progress()).isEqualTo(new PathImport.Counts(0, 3, 0));
            assertThat(again.logs()).isEqualTo(new PathImport.Counts(0, 1, 0));
            assertThat(again.notes().added()).isEqualTo(2);
            assertThat(b.progress().unitNote(first.units().get(0).unitId())).contains("zygomorphic");
            assertThat(b.progress().logs(first.units().get(1).unitId())).hasSize(1);
        }
    }

    @Test
    void theLearnersOwnTicksNotesLogsAndPathsAreNeverChanged() throws Exception {
        Path file = files.resolve("starter.studypath");
        ExchangeFixture.UserData data;
        try (Services a = Services.open(sender, CLOCK)) {
            data = ExchangeFixture.addUserData(a);
            a.pathFiles().export(data.starterPathId(), PathFile.Includes.ALL, file);
        }
        try (Services b = Services.open(receiver, CLOCK)) {
            long starter = b.plans().paths().get(0).id();
            PlanItem first = b.plans().planned(starter).orElseThrow().path().items().get(0);
            long doneUnit = first.units().get(0).unitId();
            b.progress().setStates(List.of(new UnitState(doneUnit, UnitStatus.IN_PROGRESS, TODAY.minusDays(5))));
            b.progress().saveUnitNote(doneUnit, "my own note");
            b.progress().logTime(first.units().get(1).unitId(), TODAY.minusDays(2), 10);
            List<String> starterBefore = shape(b, starter);
            int resourcesBefore = b.catalog().snapshot().resources().size();
            String backupBefore = ExchangeFixture.withoutExportedAt(ExchangeFixture.backup(b));

            PathImport preview = b.pathFiles().preview(file);
            assertThat(ExchangeFixture.withoutExportedAt(ExchangeFixture.backup(b))).as("a preview changes nothing")
                    .isEqualTo(backupBefore);
            PathImport done = b.pathFiles().importFile(file, PathFile.Includes.ALL);
            assertThat(done).usingRecursiveComparison().isEqualTo(preview);
            assertThat(done.resourcesNew()).isEmpty();
            assertThat(b.catalog().snapshot().resources()).hasSize(resourcesBefore);
            assertThat(done.progress().kept()).isEqualTo(1);
            assertThat(done.notes().kept()).isEqualTo(1);
            assertThat(done.logs().kept()).isEqualTo(1);
            PlanItem after = b.plans().planned(starter).orElseThrow().path().items().get(0);
            assertThat(after.units().get(0).status()).isEqualTo(UnitStatus.IN_PROGRESS);
            assertThat(after.units().get(0).statusDate()).isEqualTo(TODAY.minusDays(5));
            assertThat(b.progress().unitNote(doneUnit)).isEqualTo("my own note");
            assertThat(b.progress().logs(first.units().get(1).unitId())).extracting(TimeLog::minutes).containsExactly(10);
            assertThat(shape(b, starter)).isEqualTo(starterBefore);
            assertThat(b.plans().paths()).hasSize(2);
        }
    }

    @Test
    void aPathStartedLongAgoStartsTodayWithItsTargetMovedAsFar() throws Exception {
        Path file = files.resolve("old.studypath");
        try (Services a = Services.open(sender, CLOCK)) {
            long path = a.plans().create("Old path", TODAY.minusDays(30));
            a.plans().addResources(path, List.of(1L));
            var availability = a.plans().planned(path).orElseThrow().path().availability();
            a.plans().saveAvailability(path, new org.studypath.domain.plan.Availability(availability.minutesPerWeekday(),
                    TODAY.minusDays(30), TODAY.plusDays(60), Set.of(TODAY.minusDays(3), TODAY.plusDays(4))));
            a.pathFiles().export(path, PathFile.Includes.NONE, file);
        }
        try (Services b = Services.open(receiver, CLOCK)) {
            PathImport done = b.pathFiles().importFile(file, PathFile.Includes.NONE);
            assertThat(done.start()).isEqualTo(TODAY);
            var availability = b.plans().planned(pathNamed(b, "Old path")).orElseThrow().path().availability();
            assertThat(availability.start()).isEqualTo(TODAY);
            assertThat(availability.target()).isEqualTo(TODAY.plusDays(90));
            assertThat(availability.daysOff()).containsExactly(TODAY.plusDays(4));
        }
    }
}
