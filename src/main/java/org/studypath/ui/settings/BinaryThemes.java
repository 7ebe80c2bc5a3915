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
 * stylesheet format beside the classes, so a start loads them instead of parsing the themes' CSS on the FX thread
 * before the first frame (JavaFX ships its own Modena theme the same way; docs/decisions/0004-binary-stylesheets.md).
 * {@link Themes} falls back to the CSS when they are missing, as when the classes were built without Maven.
 * StudyPath's own {@code studypath.css} is written as {@code studypath.bss} beside it, which JavaFX loads in its place
 * (and a build without Maven simply parses the CSS).
 */
public final class BinaryThemes {
    /** Where the binary themes go in the class path, and their names. */
    static final String FOLDER = "org/studypath/ui/themes/";
    static final String LIGHT = "primer-light.bss";
    static final String DARK = "primer-dark.bss";
    /** StudyPath's own stylesheet, and its binary form written beside it. */
    static final String OWN_CSS = "org/studypath/ui/studypath.css";
    static final String OWN_BSS = "studypath.bss";

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
        // StudyPath's own stylesheet: JavaFX loads a .bss found beside a .css it is given (unless -Dbinary.css=false)
        Path own = Path.of(args[0]).resolve(OWN_CSS);
        if (Files.isRegularFile(own)) {
            Stylesheet.convertToBinary(own.toFile(), own.resolveSibling(OWN_BSS).toFile());
        }
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
