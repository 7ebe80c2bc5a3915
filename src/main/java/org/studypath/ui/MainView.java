package org.studypath.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
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
 *
 * <p>A page is built the first time its tab is selected, not at start: a {@code TabPane} styles and lays out every
 * tab's content, shown or not, so building all six pages up front tripled the time to the first window.
 */
public final class MainView extends TabPane {
    /** How to build each page; each is called at most once, on the FX thread, when its tab is first selected. */
    public record Pages(Supplier<TodayView> today, Supplier<CatalogView> catalog, Supplier<PathsView> paths,
                        Supplier<ProgressView> progress, Supplier<ScheduleView> schedule,
                        Supplier<StatisticsView> statistics) {
    }

    private final Tab catalogTab;
    private CatalogView catalog;

    public MainView(Pages pages, PathsViewModel pathsViewModel, ProgressViewModel progress, BooleanProperty statisticsShown) {
        setId("mainTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        Tab todayTab = tab("todayTab", "Today", pages.today(), view -> { });
        catalogTab = tab("catalogTab", "Catalog", pages.catalog(), view -> catalog = view);
        Tab progressTab = tab("progressTab", "Progress", pages.progress(), view -> { });
        Tab statisticsTab = tab("statisticsTab", "Statistics", pages.statistics(), view -> { });
        getTabs().addAll(todayTab, catalogTab, tab("pathsTab", "Study paths", pages.paths(), view -> { }), progressTab,
                tab("scheduleTab", "Schedule", pages.schedule(), view -> { }), statisticsTab);
        // the statistics are computed only while their page is shown, not after every tick
        statisticsShown.bind(statisticsTab.selectedProperty());
        // Ctrl+1 … Ctrl+6 switch tabs; Ctrl+F searches and Ctrl+N adds a resource (in the catalog, from any page);
        // on Today and Progress, Ctrl+Z undoes the last progress change (text fields keep their own undo)
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                for (int i = 0; i < getTabs().size(); i++) {
                    int index = i;
                    scene.getAccelerators().put(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i + 1)),
                            KeyCombination.SHORTCUT_DOWN), () -> getSelectionModel().select(index));
                }
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        () -> showCatalog().focusSearch());
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        () -> showCatalog().addResource());
                scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), () -> {
                    Tab shown = getSelectionModel().getSelectedItem();
                    if ((shown == todayTab || shown == progressTab)
                            && !(scene.getFocusOwner() instanceof TextInputControl)) {
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

    private CatalogView showCatalog() {
        getSelectionModel().select(catalogTab);
        return catalog;
    }

    /** A tab whose content is built when the tab is first selected. */
    private static <T extends Node> Tab tab(String id, String text, Supplier<T> page, Consumer<T> built) {
        Tab tab = new Tab(text);
        tab.setId(id);
        tab.selectedProperty().addListener((o, was, selected) -> {
            if (selected && tab.getContent() == null) {
                T content = page.get();
                built.accept(content);
                tab.setContent(content);
            }
        });
        return tab;
    }
}
