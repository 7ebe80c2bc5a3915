package org.studypath.ui.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.studypath.ui.common.Keys;
import org.studypath.ui.common.Messages;

class ShortcutsTest {
    @Test
    void theHelpTableNamesEveryShortcutInBothLanguagesAndNoKeysAreUsedTwice() {
        for (Locale locale : List.of(Locale.UK, Locale.SIMPLIFIED_CHINESE)) {
            List<ShortcutsDialog.Row> rows = ShortcutsDialog.rows(Messages.of(locale));
            assertThat(rows).hasSize(Keys.table().size());
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.action()).isNotBlank();
                assertThat(row.keys()).isNotBlank();
            });
            assertThat(rows.stream().map(ShortcutsDialog.Row::keys)).doesNotHaveDuplicates();
        }
        List<ShortcutsDialog.Row> chinese = ShortcutsDialog.rows(Messages.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese).contains(new ShortcutsDialog.Row("将所选单元标为已完成（今天、进度）", "空格"));
    }

    @Test
    void theFrequentActionsHaveTheirShortcuts() {
        assertThat(Keys.table().stream().map(Keys.Shortcut::actionKey)).contains("shortcuts.search", "shortcuts.newPath",
                "shortcuts.tick", "shortcuts.undo", "shortcuts.previousDay", "shortcuts.nextDay", "shortcuts.export",
                "shortcuts.settings", "shortcuts.help");
        assertThat(Keys.SEARCH.getName()).isEqualTo("Shortcut+F");
        assertThat(Keys.EXPORT.getName()).isEqualTo("Shortcut+E");
    }
}
