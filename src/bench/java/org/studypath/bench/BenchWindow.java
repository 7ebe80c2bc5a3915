package org.studypath.bench;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.studypath.WindowAssembly;
import org.studypath.app.Services;
import org.studypath.ui.MainView;
import org.studypath.ui.catalog.CatalogViewModel;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.TaskRunner;
import org.studypath.ui.exchange.ExchangeViewModel;
import org.studypath.ui.path.PathsViewModel;

/**
 * StudyPath's main window built by the application's own {@link WindowAssembly}, except that the dialogs and the
 * task runner are passed in: a headless harness cannot answer a native file chooser, so it hands in a
 * {@link DialogService} that names the file and says yes, and it may wrap the real
 * {@link org.studypath.ui.common.FxTaskRunner} to time the work. Links open nowhere; Quit does nothing.
 */
record BenchWindow(Scene scene, MainView pages, CatalogViewModel catalog, PathsViewModel paths, ExchangeViewModel exchange) {

    /** Builds the window on {@code stage} (FX thread), shows it and starts loading the catalog and paths. */
    static BenchWindow show(Stage stage, Services services, TaskRunner runner, DialogService dialogs) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        WindowAssembly window = WindowAssembly.build(stage, services, org.studypath.ui.common.Messages.of(java.util.Locale.UK),
                runner, dialogs, uri -> { }, new WindowAssembly.Shell(() -> { }, (before, after) -> { }, null, folder -> { }));
        stage.setTitle("StudyPath (bench)");
        stage.show();
        window.load();
        return new BenchWindow(window.scene(), window.pages(), window.catalog(), window.paths(), window.exchange());
    }
}
