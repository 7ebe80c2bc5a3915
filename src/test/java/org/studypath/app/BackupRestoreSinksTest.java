package org.studypath.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.studypath.domain.Notice;
import org.studypath.domain.backup.BackupFormat;
import org.studypath.domain.backup.BackupSink;

/** The pieces a restore reads a backup through: the settings check, the cancel check and the one-line reason. */
class BackupRestoreSinksTest {
    private static final BackupFormat.Table SETTING = BackupFormat.table("setting").orElseThrow();
    private static final BackupFormat.Table UNIT = BackupFormat.table("unit").orElseThrow();

    /** Records what reaches it. */
    private static final class Recording implements BackupSink {
        final List<String> calls = new ArrayList<>();

        @Override
        public void startTable(BackupFormat.Table table) {
            calls.add("start " + table.name());
        }

        @Override
        public void row(Object[] values) {
            calls.add("row " + values[0]);
        }

        @Override
        public void endTable(BackupFormat.Table table) {
            calls.add("end " + table.name());
        }
    }

    @Test
    void aSettingTheWindowWouldRefuseIsLeftOutWithAWarning() throws Exception {
        Recording recording = new Recording();
        List<Notice> warnings = new ArrayList<>();
        BackupSink sink = BackupRestore.checkingSettings(recording, warnings);
        sink.startTable(SETTING);
        sink.row(new Object[] {Preferences.WELCOME, "perhaps"});
        sink.row(new Object[] {"some.newer.setting", "kept"});
        sink.endTable(SETTING);
        sink.startTable(UNIT);
        sink.row(new Object[] {7L, "not a setting, passed on whatever it holds"});
        sink.endTable(UNIT);
        assertThat(recording.calls).containsExactly("start setting", "row some.newer.setting", "end setting",
                "start unit", "row 7", "end unit");
        assertThat(warnings).singleElement().satisfies(w -> assertThat(w.key()).isEqualTo("settings.badValue"));
    }

    @Test
    void aCancelStopsTheReadAtTheNextTableOrEveryFewRows() throws Exception {
        boolean[] cancelled = {false};
        WorkProgress progress = new WorkProgress() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return cancelled[0];
            }
        };
        Recording recording = new Recording();
        BackupSink sink = BackupRestore.cancelling(recording, progress);
        sink.startTable(UNIT);
        cancelled[0] = true;
        // rows are passed on between checks, so a cancel is noticed within the next batch of rows
        assertThatThrownBy(() -> {
            for (long i = 0; i < 5000; i++) {
                sink.row(new Object[] {i});
            }
        }).isInstanceOf(CancellationException.class);
        assertThat(recording.calls.size()).isBetween(2, 1 + 1024);
        assertThatThrownBy(() -> sink.startTable(SETTING)).isInstanceOf(CancellationException.class);
    }

    @Test
    void aFailureIsSaidOnItsFirstLine() {
        assertThat(BackupRestore.firstLine(new RuntimeException("first\nsecond"))).isEqualTo(Notice.text("first"));
        assertThat(BackupRestore.firstLine(new RuntimeException((String) null))).isEqualTo(Notice.of("import.unknownError"));
    }
}
