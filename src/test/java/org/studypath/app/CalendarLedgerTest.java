package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.app.ExchangeFixture.CLOCK;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;

/**
 * What the calendar exports sent out is remembered (table calendar_event): it is not learner data, so it is not in
 * the backup, and it outlives a restore, so an export after a restore still cancels what is no longer planned.
 */
class CalendarLedgerTest {
    @TempDir
    Path dir;
    @TempDir
    Path files;

    private static String ics(Services services, long path) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        services.exchange().export(path, ExportFormat.ICS, new ExchangeService.ExportOptions(false, LocalTime.of(19, 0),
                ZoneOffset.UTC), out);
        return out.toString(StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    @Test
    void aSkippedUnitIsCancelledAlsoAfterARestore() throws Exception {
        try (Services services = Services.open(dir, CLOCK)) {
            long path = services.plans().paths().get(0).id();
            long unit = services.plans().planned(path).orElseThrow().path().items().get(0).units().get(0).unitId();
            String uid = "UID:path-" + path + "-unit-" + unit + "-part-1@studypath";
            Path backup = ExchangeFixture.write(files, "before.json", ExchangeFixture.backup(services));
            assertThat(new String(ExchangeFixture.backup(services), StandardCharsets.UTF_8))
                    .as("not learner data: not in the backup").doesNotContain("calendar_event");

            assertThat(ics(services, path)).contains(uid).doesNotContain("STATUS:CANCELLED");
            services.exchange().restore(backup, WorkProgress.NONE);
            services.progress().setStates(List.of(new UnitState(unit, UnitStatus.SKIPPED, ExchangeFixture.TODAY)));

            String after = ics(services, path);
            int at = after.indexOf(uid);
            assertThat(at).as("the skipped unit's event is sent again").isPositive();
            String event = after.substring(after.lastIndexOf("BEGIN:VEVENT", at), after.indexOf("END:VEVENT", at));
            assertThat(event).contains("STATUS:CANCELLED", "SUMMARY:Cancelled: ");
            assertThat(ics(services, path)).as("and in every later export").contains(uid);
        }
    }
}
