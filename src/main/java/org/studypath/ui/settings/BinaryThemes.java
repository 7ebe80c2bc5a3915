package org.studypath.ui.settings;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.css.Stylesheet;

/**
 * A build step (Maven's {@code process-classes}): writes AtlantaFX's light and dark themes in JavaFX's binary
 * stylesheet format beside the classes, so a start loads them instead of parsing 170 KB of CSS (about 110 ms of a cold
 * start here; JavaFX ships its own Modena theme the same way). {@link Themes} falls back to the CSS when they are
 * missing, as when the classes were built without Maven.
 */
public final class BinaryThemes {
    /** Where the binary themes go in the class path, and their names. */
    static final String FOLDER = "org/studypath/ui/themes/";
    static final String LIGHT = "primer-light.bss";
    static final String DARK = "primer-dark.bss";

    private BinaryThemes() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: BinaryThemes CLASSES_FOLDER");
            System.exit(2);
        }
        Path out = Path.of(args[0]).resolve(FOLDER);
        Files.createDirectories(out);
        convert(new PrimerLight().getUserAgentStylesheet(), out.resolve(LIGHT));
        convert(new PrimerDark().getUserAgentStylesheet(), out.resolve(DARK));
    }

    private static void convert(String resource, Path target) throws IOException {
        Path css = Files.createTempFile("studypath-theme", ".css");
        try (InputStream in = BinaryThemes.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("AtlantaFX's stylesheet " + resource + " is not on the class path");
            }
            Files.copy(in, css, StandardCopyOption.REPLACE_EXISTING);
            Stylesheet.convertToBinary(css.toFile(), target.toFile());
        } finally {
            Files.deleteIfExists(css);
        }
    }
}
