package org.studypath.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import javafx.scene.control.ButtonBar;
import org.junit.jupiter.api.Test;

/** The dialogs' own buttons speak the UI's language, not the one JavaFX read when it started. */
class FxDialogServiceTest {
    @Test
    void okAndCancelAreInTheUiLanguage() {
        FxDialogService chinese = new FxDialogService(null, Messages.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese.ok().getText()).isEqualTo("确定");
        assertThat(chinese.ok().getButtonData()).isEqualTo(ButtonBar.ButtonData.OK_DONE);
        assertThat(chinese.cancel().getText()).isEqualTo("取消");
        assertThat(chinese.cancel().getButtonData()).isEqualTo(ButtonBar.ButtonData.CANCEL_CLOSE);

        FxDialogService english = new FxDialogService(null, Messages.of(Locale.UK));
        assertThat(english.ok().getText()).isEqualTo("OK");
        assertThat(english.cancel().getText()).isEqualTo("Cancel");
    }
}
