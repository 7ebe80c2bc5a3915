package org.studypath.ui.start;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.app.Background;

/**
 * The window's icons, and the icon font, made ready off the FX thread while the data folder opens (the toolkit is up
 * before {@code init}): the window gets its icons as soon as they are decoded, and its first icon does not have to
 * load the font on the FX thread while the window is built.
 */
public final class WindowIcons {
    private final CompletableFuture<List<Image>> images;

    private WindowIcons(CompletableFuture<List<Image>> images) {
        this.images = images;
    }

    /** Starts reading the icons and loading the icon font on {@code background}. */
    public static WindowIcons readIn(Background background) {
        background.execute(() -> {
            try {
                new FontIcon("mdi2c-chevron-left"); // a node in no scene may be made on any thread
            } catch (RuntimeException e) {
                // the window makes its icons anyway; only the head start is lost
            }
        });
        return new WindowIcons(background.supply(WindowIcons::decode));
    }

    /** Gives {@code stage} the icons once they are read (at once, if they are). */
    void applyTo(Stage stage) {
        images.thenAccept(read -> Platform.runLater(() -> stage.getIcons().setAll(read)));
    }

    /** The icon in three sizes; the system picks one. */
    private static List<Image> decode() {
        List<Image> read = new ArrayList<>();
        for (int size : new int[] {32, 64, 256}) {
            var icon = WindowIcons.class.getResource("/org/studypath/ui/icons/studypath-" + size + ".png");
            if (icon != null) {
                read.add(new Image(icon.toExternalForm()));
            }
        }
        return read;
    }
}
