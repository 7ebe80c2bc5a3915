package org.studypath.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;

/**
 * A child JVM started by {@link PerfMain} for the repaint measurement: a window of StudyPath's size, styled by its
 * theme, filled with 150 controls whose backgrounds have several fills (buttons, check boxes, fields, toggles, combo
 * boxes), repainted whole at every frame (a rectangle behind them moves by a pixel) with the animation running at full
 * speed ({@code -Djavafx.animation.fullspeed=true}). Prints {@code PROBE repaint <ms per frame>} over 500 frames after
 * 100 warm-up frames, then exits. The harness runs it with JavaFX's region cache on and off
 * ({@code -Dprism.disableRegionCaching}), which StudyPath's launcher switches off (see {@code Launcher.chooseRendering}).
 */
public final class RepaintProbe {
    static final String RESULT = "PROBE repaint";
    private static final int WARM_UP = 100;
    private static final int FRAMES = 500;

    private RepaintProbe() {
    }

    public static void main(String[] args) {
        // launched through a class that is not the Application, as JavaFX on the class path requires
        Application.launch(Window.class, args);
    }

    /** The window of controls, repainted at every frame. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            repaintEveryFrame(stage);
        }
    }

    private static void repaintEveryFrame(Stage stage) {
        Application.setUserAgentStylesheet(RepaintProbe.class.getResource("/org/studypath/ui/themes/primer-light.bss")
                .toExternalForm());
        FlowPane controls = new FlowPane(6, 6);
        for (int i = 0; i < 150; i++) {
            Node control = switch (i % 5) {
                case 0 -> new Button("Button " + i);
                case 1 -> new CheckBox("Tick " + i);
                case 2 -> new TextField("Field " + i);
                case 3 -> new ToggleButton("Toggle " + i);
                default -> new ComboBox<String>();
            };
            controls.getChildren().add(control);
        }
        Rectangle behind = new Rectangle(1180, 720);
        behind.setStyle("-fx-fill: -color-bg-default;");
        stage.setScene(new Scene(new StackPane(behind, controls), 1180, 720));
        stage.setTitle("Repaint probe");
        stage.show();
        new AnimationTimer() {
            private int frames;
            private long start;

            @Override
            public void handle(long now) {
                behind.setTranslateX(frames % 2); // the whole window is drawn again at every frame
                frames++;
                if (frames == WARM_UP) {
                    start = System.nanoTime();
                } else if (frames == WARM_UP + FRAMES) {
                    System.out.printf(java.util.Locale.ROOT, "%s %.2f%n", RESULT, (System.nanoTime() - start) / 1e6 / FRAMES);
                    System.out.flush();
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
}
