package org.studypath.app;

import java.util.Locale;
import java.util.Optional;
import org.studypath.store.SettingsRepository;

/** The main window's size and position, remembered between runs. */
public record WindowPlacement(double x, double y, double width, double height, boolean maximized) {
    static final String KEY = "window.main";
    public static final double MIN_WIDTH = 720;
    public static final double MIN_HEIGHT = 480;
    /** Beyond any screen or set of screens. */
    static final double MAX_COORDINATE = 100_000;

    public static Optional<WindowPlacement> load(SettingsRepository settings) {
        return settings.get(KEY).flatMap(WindowPlacement::parse);
    }

    public void save(SettingsRepository settings) {
        settings.put(KEY, format());
    }

    String format() {
        return String.format(Locale.ROOT, "%.0f,%.0f,%.0f,%.0f,%b", x, y, width, height, maximized);
    }

    static Optional<WindowPlacement> parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 5) {
            return Optional.empty();
        }
        try {
            double width = Double.parseDouble(parts[2]);
            double height = Double.parseDouble(parts[3]);
            if (width < MIN_WIDTH || height < MIN_HEIGHT) {
                return Optional.empty();
            }
            // a setting may come from a file: no NaN, no infinity, nothing bigger than any screen
            for (int i = 0; i < 4; i++) {
                double value = Double.parseDouble(parts[i]);
                if (!Double.isFinite(value) || Math.abs(value) > MAX_COORDINATE) {
                    return Optional.empty();
                }
            }
            if (!parts[4].equals("true") && !parts[4].equals("false")) {
                return Optional.empty();
            }
            return Optional.of(new WindowPlacement(Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), width,
                    height, Boolean.parseBoolean(parts[4])));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
