package org.studypath.ui.start;

import java.util.Locale;
import org.studypath.app.Preferences;
import org.studypath.ui.common.Messages;

/** The UI's language: the one chosen in Settings, else the system's. */
final class StartLanguage {
    private StartLanguage() {
    }

    /**
     * Makes {@code language} the UI's language and returns its words. JavaFX's own texts (a text field's menu, for
     * example) follow the default locale, so it is set as well, before the first control is made.
     */
    static Messages use(Preferences.Language language, Locale systemLocale) {
        Locale locale = language.locale(systemLocale);
        Locale.setDefault(locale);
        return Messages.of(locale);
    }
}
