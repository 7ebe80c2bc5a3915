package org.studypath.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.ColorScheme;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.studypath.app.Preferences;

/**
 * Light and dark: AtlantaFX's Primer themes as JavaFX's user-agent stylesheet, with StudyPath's own stylesheet on
 * top using only their looked-up colours, so switching is one stylesheet swap. The scene's root also carries
 * {@code theme-dark} or {@code theme-light} for the few rules that differ.
 */
public final class Themes {
    private Themes() {
    }

    /** Whether {@code theme} means dark, given what the system prefers (empty: it did not say, so light). */
    public static boolean dark(Preferences.Theme theme, Optional<Boolean> systemPrefersDark) {
        return switch (theme) {
            case LIGHT -> false;
            case DARK -> true;
            case SYSTEM -> systemPrefersDark.orElse(false);
        };
    }

    /**
     * What the system prefers, as JavaFX reads it from the desktop (on Linux the GTK theme's colours, Windows' app mode,
     * macOS's appearance); light where the desktop does not say. FX thread.
     */
    public static Optional<Boolean> systemPrefersDark() {
        return Optional.of(Platform.getPreferences().getColorScheme() == ColorScheme.DARK);
    }

    /** Runs {@code onChange} on the FX thread whenever the system switches between light and dark. */
    public static void whenSystemSchemeChanges(Runnable onChange) {
        Platform.getPreferences().colorSchemeProperty().addListener((o, was, now) -> onChange.run());
    }

    /** Applies the theme to every window (FX thread). */
    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(stylesheet(dark));
    }

    /**
     * The theme's stylesheet: the binary one the build wrote ({@link BinaryThemes}), which loads without parsing,
     * else AtlantaFX's CSS.
     */
    public static String stylesheet(boolean dark) {
        var binary = Themes.class.getResource("/" + BinaryThemes.FOLDER + (dark ? BinaryThemes.DARK : BinaryThemes.LIGHT));
        if (binary != null) {
            return binary.toExternalForm();
        }
        return dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet();
    }

    /** Marks {@code scene}'s root for the rules that differ between light and dark. */
    public static void mark(Scene scene, boolean dark) {
        if (scene != null && scene.getRoot() != null) {
            scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
            scene.getRoot().getStyleClass().add(dark ? "theme-dark" : "theme-light");
        }
    }
}
