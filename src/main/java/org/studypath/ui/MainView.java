package org.studypath.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.studypath.ui.catalog.CatalogView;
import org.studypath.ui.path.PathsView;
import org.studypath.ui.path.PathsViewModel;
import org.studypath.ui.progress.ProgressView;
import org.studypath.ui.progress.ProgressViewModel;
import org.studypath.ui.schedule.ScheduleView;
import org.studypath.ui.stats.StatisticsView;
import org.studypath.ui.today.TodayView;

/**
 * The main window's content, one tab each: Today (the landing page once a path exists), the catalog, the path
 * editor, progress, the schedule and statistics.
 */
public final class MainView extends TabPane {
    /** The pages the main window shows, built by the composition root. */
    public record Pages(TodayView today, CatalogView catalog, PathsView paths, ProgressView progress, ScheduleView schedule,
                        StatisticsView statistics) {
    }

    public MainView(Pages pages, PathsViewModel pathsViewModel, ProgressViewModel progress,
                    javafx.beans.property.BooleanProperty statisticsShown) {
        setId("mainTabs");
        Tab todayTab = tab("todayTab", "Today", pages.today());
        Tab catalogTab = tab("catalogTab", "Catalog", pages.catalog());
        Tab progressTab = tab("progressTab", "Progress", pages.progress());
        Tab statisticsTab = tab("statisticsTab", "Statistics", pages.statistics());
        getTabs().addAll(todayTab, catalogTab, tab("pathsTab", "Study paths", pages.paths()), progressTab,
                tab("scheduleTab", "Schedule", pages.schedule()), statisticsTab);
        // the statistics are computed only while their page is shown, not after every tick
        statisticsShown.bind(statisticsTab.selectedProperty());
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        // Ctrl+1 … Ctrl+6 switch tabs; on Today and Progress, Ctrl+Z undoes the last progress change (text fields keep
        // their own undo)
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                for (int i = 0; i < getTabs().size(); i++) {
                    int index = i;
                    scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(
                            javafx.scene.input.KeyCode.getKeyCode(Integer.toString(i + 1)),
                            javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> getSelectionModel().select(index));
                }
                scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                        javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> {
                    Tab shown = getSelectionModel().getSelectedItem();
                    if ((shown == todayTab || shown == progressTab)
                            && !(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                        progress.undo();
                    }
                });
            }
        });
        // Today is the landing page once a path exists; with no path yet, start in the catalog
        pathsViewModel.loadedProperty().addListener((o, was, loaded) -> {
            if (loaded && pathsViewModel.paths().isEmpty() && getSelectionModel().getSelectedItem() == todayTab) {
                getSelectionModel().select(catalogTab);
            }
        });
        // the catalog may have changed (a resource deleted or hidden): refresh the plan when it is shown again
        getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab != catalogTab) {
                pathsViewModel.load();
            }
        });
    }

    private static Tab tab(String id, String text, javafx.scene.Node content) {
        Tab tab = new Tab(text, content);
        tab.setId(id);
        return tab;
    }
}
