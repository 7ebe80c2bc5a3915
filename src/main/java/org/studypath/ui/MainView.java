package org.studypath.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.studypath.ui.catalog.CatalogView;
import org.studypath.ui.path.PathsView;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.schedule.ScheduleView;

/** The main window's content: the catalog, the path editor and the schedule, one tab each. */
public final class MainView extends TabPane {
    public MainView(CatalogView catalog, PathsView paths, ScheduleView schedule, PathsViewModel pathsViewModel) {
        setId("mainTabs");
        Tab catalogTab = new Tab("Catalog", catalog);
        catalogTab.setId("catalogTab");
        Tab pathsTab = new Tab("Study paths", paths);
        pathsTab.setId("pathsTab");
        Tab scheduleTab = new Tab("Schedule", schedule);
        scheduleTab.setId("scheduleTab");
        getTabs().addAll(catalogTab, pathsTab, scheduleTab);
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        // Ctrl+1, Ctrl+2, Ctrl+3 switch tabs
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                for (int i = 0; i < getTabs().size(); i++) {
                    int index = i;
                    scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(
                            javafx.scene.input.KeyCode.getKeyCode(Integer.toString(i + 1)),
                            javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> getSelectionModel().select(index));
                }
            }
        });
        // the catalog may have changed (a resource deleted or hidden): refresh the plan when it is shown again
        getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab != catalogTab) {
                pathsViewModel.load();
            }
        });
    }
}
