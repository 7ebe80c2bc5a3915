package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.domain.progress.UnitState;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.store.Database;

/**
 * A child JVM ticks units in a loop and reports each committed tick; it is killed with SIGKILL at random moments,
 * {@value #KILLS} times. After every kill, every tick it reported is in the database, the integrity check passes,
 * and the next start sees the unclean shutdown.
 */
class CrashSafetyTest {
    static final int KILLS = 20;

    @TempDir
    Path dir;

    @Test
    void everyReportedTickSurvivesSigkill() throws Exception {
        try (Services setup = Services.open(dir)) {
            assertThat(setup.plans().paths()).isNotEmpty();
        }
        Random random = new Random(20261125L);
        Map<Long, UnitStatus> reported = new HashMap<>();
        int totalTicks = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            // the child writes to a file: what it printed before the kill is in the file, none of it is lost in a pipe
            Path log = dir.resolve("child-" + kill + ".log");
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            Process child = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    TickForever.class.getName(), dir.toString(), String.valueOf(kill))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int wanted = 1 + random.nextInt(40); // ticks to wait for; the kill then lands at a random point after them
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (ticks(log).size() < wanted && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(random.nextInt(20));
            child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String[]> ticks = ticks(log);
            assertThat(ticks.size()).as("ticks before kill %d; the child said %s", kill,
                    lines.stream().filter(l -> !l.startsWith("tick ")).toList()).isGreaterThanOrEqualTo(wanted);
            assertThat(lines.get(0)).as("the check after each kill closed the folder cleanly").isEqualTo("unclean false");
            for (String[] tick : ticks) {
                reported.put(Long.parseLong(tick[2]), UnitStatus.valueOf(tick[3]));
            }
            totalTicks += ticks.size();
            // the child may have committed one more tick after its last line and before the kill: that unit may
            // have moved on by one step, every other unit must be exactly as reported
            long unfinished = Long.parseLong(ticks.get(ticks.size() - 1)[4]);

            assertThat(integrityCheck()).as("after kill %d", kill).isEqualTo("ok");
            try (Services after = Services.open(dir)) {
                assertThat(after.uncleanStart()).as("the start after a kill knows it was killed").isTrue();
                long pathId = after.plans().paths().get(0).id();
                var planned = after.plans().planned(pathId).orElseThrow();
                for (Map.Entry<Long, UnitStatus> tick : reported.entrySet()) {
                    if (tick.getKey() == unfinished) {
                        assertThat(planned.units().get(tick.getKey()).status()).isIn(UnitStatus.DONE, UnitStatus.IN_PROGRESS);
                        reported.put(unfinished, planned.units().get(unfinished).status());
                    } else {
                        assertThat(planned.units().get(tick.getKey()).status()).as("unit %d after kill %d", tick.getKey(), kill)
                                .isEqualTo(tick.getValue());
                    }
                }
            }
        }
        assertThat(totalTicks).isGreaterThanOrEqualTo(KILLS);
    }

    /** The complete "tick i unit status next-unit" lines of a child's log (a line cut by the kill is left out). */
    private static List<String[]> ticks(Path log) throws java.io.IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        List<String[]> ticks = new ArrayList<>();
        for (String line : (end < 0 ? "" : text.substring(0, end)).split("\n")) {
            if (line.startsWith("tick ")) {
                ticks.add(line.strip().split(" "));
            }
        }
        return ticks;
    }

    private String integrityCheck() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Database.FILE_NAME));
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Run in a child JVM: ticks the starter path's units on and off, printing each tick once it is committed. */
    public static final class TickForever {
        public static void main(String[] args) {
            Path dataDir = Path.of(args[0]);
            int round = Integer.parseInt(args[1]);
            Services services = Services.open(dataDir);
            System.out.println("unclean " + services.uncleanStart());
            long pathId = services.plans().paths().get(0).id();
            List<Long> units = new ArrayList<>(services.plans().planned(pathId).orElseThrow().units().keySet());
            units.sort(null);
            LocalDate day = LocalDate.of(2026, 11, 25);
            for (long i = round * 1_000L; ; i++) {
                long unit = units.get((int) (i % units.size()));
                UnitStatus status = (i / units.size()) % 2 == 0 ? UnitStatus.DONE : UnitStatus.IN_PROGRESS;
                services.progress().setStates(List.of(new UnitState(unit, status, day)));
                long next = units.get((int) ((i + 1) % units.size()));
                System.out.println("tick " + i + " " + unit + " " + status + " " + next);
                System.out.flush();
            }
        }
    }
}
