package org.studypath.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The product's name and version, as built. */
public final class AppInfo {
    public static final String NAME = "StudyPath";

    private AppInfo() {
    }

    public static String version() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/studypath/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One library inside StudyPath, with its licence. */
    public record Library(String name, String version, String licence, String url) {
    }

    /** The libraries StudyPath is built with (Help → About), read from the list the build fills in. */
    public static java.util.List<Library> libraries() {
        try (InputStream in = AppInfo.class.getResourceAsStream("/org/studypath/libraries.tsv")) {
            if (in == null) {
                return java.util.List.of();
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t"))
                    .filter(cells -> cells.length == 4)
                    .map(cells -> new Library(cells[0], cells[1], cells[2], cells[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
