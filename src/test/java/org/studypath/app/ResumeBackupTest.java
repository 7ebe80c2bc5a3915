package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.studypath.app.BackupHostileInputTest.catchExchange;
import static org.studypath.app.ExchangeFixture.CLOCK;
import static org.studypath.app.ExchangeFixture.LATER;
import static org.studypath.app.ExchangeFixture.TODAY;
import static org.studypath.app.ExchangeFixture.backup;
import static org.studypath.app.ExchangeFixture.text;
import static org.studypath.app.ExchangeFixture.write;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.ResumePoint;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;

/**
 * Backup format 2: the share done and the resume points travel and come back exactly; a version-1 backup (written by
 * the app before format 2, src/test/resources/org/studypath/backup/backup-v1.json) still restores, with the new
 * fields at their defaults; values the app never writes are refused in one sentence.
 */
class ResumeBackupTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REFUSED = "The backup could not be restored, nothing was changed: ";

    @TempDir
    Path dirA;
    @TempDir
    Path dirB;
    @TempDir
    Path files;

    private static byte[] versionOne() throws Exception {
        try (InputStream in = ResumeBackupTest.class.getResourceAsStream("/org/studypath/backup/backup-v1.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aVersionOneBackupRestoresWithTheNewFieldsAtTheirDefaults() throws Exception {
        byte[] v1 = versionOne();
        assertThat(text(v1)).contains("\"version\":1,").doesNotContain("done_share").doesNotContain("unit_resume");
        Path file = write(files, "v1.json", v1);
        try (Services b = Services.open(dirB, LATER)) {
            long unit = b.plans().planned(b.plans().paths().get(0).id()).orElseThrow().path().items().get(0).units()
                    .get(0).unitId();
            b.progress().setResume(unit, ResumePoint.page(9)); // replaced by the restore like everything else
            b.exchange().restore(file, WorkProgress.NONE);
            var starter = b.plans().planned(b.plans().paths().stream()
                    .filter(p -> p.name().equals(PlanService.STARTER_PATH_NAME)).findFirst().orElseThrow().id()).orElseThrow();
            var units = starter.path().items().get(0).units();
            assertThat(units.get(0).status()).isEqualTo(UnitStatus.DONE);
            assertThat(units.get(1).status()).isEqualTo(UnitStatus.IN_PROGRESS);
            assertThat(units.get(1).doneShare()).as("nothing of a unit in progress was counted in version 1").isZero();
            assertThat(units).allMatch(u -> u.resume() == null);
            assertThat(b.progress().resume(unit)).isEmpty();
            String again = text(backup(b));
            assertThat(again).contains("\"version\":2,").contains("\"done_share\":0.0").contains("\"unit_resume\":[");
        }
    }

    @Test
    void theShareAndTheResumePointsComeBackExactly() throws Exception {
        byte[] original;
        long page;
        long time;
        try (Services a = Services.open(dirA, CLOCK)) {
            ExchangeFixture.UserData data = ExchangeFixture.addUserData(a);
            var units = a.plans().planned(data.starterPathId()).orElseThrow().path().items().get(1).units();
            page = units.get(0).unitId();
            time = units.get(1).unitId();
            a.progress().setStates(List.of(new UnitState(page, UnitStatus.IN_PROGRESS, TODAY, 1.0 / 3),
                    new UnitState(time, UnitStatus.IN_PROGRESS, TODAY, 0.125)));
            a.progress().setResume(page, ResumePoint.page(43));
            a.progress().setResume(time, ResumePoint.time(754));
            original = backup(a);
        }
        assertThat(text(original)).contains("\"done_share\":0.3333").contains("\"page\":43,\"seconds\":null")
                .contains("\"page\":null,\"seconds\":754");
        Path file = write(files, "backup.json", original);
        try (Services b = Services.open(dirB, LATER)) {
            b.exchange().restore(file, WorkProgress.NONE);
            assertThat(b.progress().resume(page)).hasValue(ResumePoint.page(43));
            assertThat(b.progress().resume(time)).hasValue(ResumePoint.time(754));
            assertThat(ExchangeFixture.withoutExportedAt(backup(b))).isEqualTo(ExchangeFixture.withoutExportedAt(original));
        }
    }

    @Test
    void valuesTheAppNeverWritesAreRefusedAndChangeNothing() throws Exception {
        String valid;
        try (Services a = Services.open(dirA, CLOCK)) {
            ExchangeFixture.UserData data = ExchangeFixture.addUserData(a);
            a.progress().setResume(data.loggedUnitId(), ResumePoint.time(60));
            valid = text(backup(a));
        }
        try (Services b = Services.open(dirB, CLOCK)) {
            byte[] before = backup(b);
            assertThat(refused(b, before, valid, "unit_progress", "IN_PROGRESS", row -> row.put("done_share", 1.5)))
                    .contains("\"done_share\" is 1.5, but a share done goes from 0 up to, not including, 1");
            assertThat(refused(b, before, valid, "unit_progress", "DONE", row -> row.put("done_share", 0.5)))
                    .contains("only a unit in progress has a share done, not one that is DONE");
            assertThat(refused(b, before, valid, "unit_resume", null, row -> row.put("page", 0).putNull("seconds")))
                    .contains("\"page\" is 0; a page goes from 1 to 100000");
            assertThat(refused(b, before, valid, "unit_resume", null, row -> row.put("seconds", -1)))
                    .contains("\"seconds\" is -1; a time goes from 0 to 360000 seconds");
            assertThat(refused(b, before, valid, "unit_resume", null, row -> row.put("page", 3)))
                    .contains("a resume point has \"page\" or \"seconds\", exactly one of them");
            // a version-2 backup without a version-2 table is not whole
            ObjectNode tree = (ObjectNode) JSON.readTree(valid);
            ((ObjectNode) tree.get("tables")).remove("unit_resume");
            ExchangeException e = catchExchange(() -> b.exchange().restore(write(files, "no-table.json",
                    JSON.writeValueAsBytes(tree)), WorkProgress.NONE));
            assertThat(e.getMessage()).contains("unit_resume").doesNotContain("\n");
            assertThat(backup(b)).isEqualTo(before);
        }
    }

    private String refused(Services b, byte[] before, String valid, String table, String status,
                           java.util.function.Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode tree = (ObjectNode) JSON.readTree(valid);
        ArrayNode rows = (ArrayNode) tree.get("tables").get(table);
        ObjectNode row = null;
        for (var node : rows) {
            if (status == null || node.get("status").asText().equals(status)) {
                row = (ObjectNode) node;
                break;
            }
        }
        assertThat(row).as("a row of " + table).isNotNull();
        breakIt.accept(row);
        ExchangeException e = catchExchange(() -> b.exchange().restore(write(files, "broken.json",
                JSON.writeValueAsBytes(tree)), WorkProgress.NONE));
        assertThat(backup(b)).as("the store is unchanged").isEqualTo(before);
        assertThat(e.getMessage()).doesNotContain("\n").startsWith(REFUSED);
        return e.getMessage();
    }
}
