package org.studypath.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.studypath.TestData;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.PathSummary;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;

/** Data folders with user data in them, and backups of them, for the export and import tests. */
final class ExchangeFixture {
    static final Instant NOW = Instant.parse("2026-01-14T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Clock LATER = Clock.fixed(NOW.plusSeconds(86_400 * 3 + 61), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 1, 14);
    static final String SECOND_PATH = "Evenings: calculus";
    static final String NOTE_WORD = "zygomorphic";

    /** What {@link #addUserData} created. */
    record UserData(long starterPathId, long secondPathId, long userResourceId, long doneUnitId, long loggedUnitId,
                    long timeLogId) {
    }

    private ExchangeFixture() {
    }

    /**
     * Ticks, a time log, notes, a resource of the user's own, a second path with a target, a day off, a pace override,
     * a unit left out and a prerequisite, pace factors and a setting: something in every table a learner writes.
     */
    static UserData addUserData(Services services) {
        PathSummary starter = services.plans().paths().get(0);
        var planned = services.plans().planned(starter.id()).orElseThrow();
        PlanItem first = planned.path().items().get(0);
        PlanItem second = planned.path().items().get(1);
        long doneUnit = first.units().get(0).unitId();
        long loggedUnit = first.units().get(1).unitId();
        services.progress().setStates(List.of(new UnitState(doneUnit, UnitStatus.DONE, TODAY.minusDays(1)),
                new UnitState(loggedUnit, UnitStatus.IN_PROGRESS, TODAY),
                new UnitState(first.units().get(2).unitId(), UnitStatus.SKIPPED, TODAY)));
        long log = services.progress().logTime(loggedUnit, TODAY, 25);
        services.progress().saveUnitNote(doneUnit, "Remember the " + NOTE_WORD + " picture of dx; 导数 is the slope");
        services.progress().saveResourceNote(second.resourceId(), "Watch at 1.5×, \"quotes\", back\\slash\nand a newline");

        long category = services.catalog().snapshot().categories().get(0).id();
        long mine = services.catalog().save(TestData.draft(category, "My own notes 我的笔记", 30, 45, 90));

        long path = services.plans().create(SECOND_PATH, TODAY);
        services.plans().addResources(path, List.of(first.resourceId(), mine));
        Availability availability = services.plans().planned(path).orElseThrow().path().availability();
        services.plans().saveAvailability(path, new Availability(availability.minutesPerWeekday(), TODAY,
                TODAY.plusMonths(3), Set.of(TODAY.plusDays(2), TODAY.plusDays(9))));
        services.plans().setPaceOverride(path, mine, 1.25);
        services.plans().setUnitIncluded(path, first.resourceId(), first.units().get(3).unitId(), false);
        services.plans().setPrerequisites(mine, Set.of(first.resourceId()));
        services.plans().savePaceFactors(services.plans().planned(path).orElseThrow().pace()
                .with(ResourceType.BOOK, 2.0).with(ResourceType.VIDEO_SERIES, 0.75));
        services.settings().put("test.setting", "value with ünïcödé");
        // spaced review: a rating of the unit done yesterday, and the second path's own review settings
        services.reviews().rate(doneUnit, org.studypath.domain.review.Rating.GOOD, TODAY, false);
        services.reviews().saveSettings(path, new org.studypath.domain.review.ReviewSettings(false, 45,
                org.studypath.domain.review.ReviewScope.RESOURCES, List.of(2, 5, 12)));
        return new UserData(starter.id(), path, mine, doneUnit, loggedUnit, log);
    }

    static byte[] backup(Services services) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.exchange().backup(out);
        return out.toByteArray();
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The backup without its "exported_at" line, the only line that differs between two backups of the same data. */
    static String withoutExportedAt(byte[] backup) {
        return text(backup).replaceFirst("(?m)^\"exported_at\":\"[^\"]*\",\n", "");
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content);
        return file;
    }

    static Path write(Path dir, String name, String content) throws IOException {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }
}
