package org.studypath.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import org.studypath.ui.common.Keys;
import org.studypath.ui.catalog.CatalogView;
import org.studypath.ui.common.Messages;
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

    /** Moving the Today page through the days: Alt+Left, Alt+Right, Alt+Home. */
    public interface Days {
        void previous();

        void next();

        void today();
    }

    private final Tab todayTab;
    private final Tab catalogTab;
    private final Tab pathsTab;
    private final Days days;
    private CatalogView catalog;
    private TodayView today;
    /** The control each page starts the keyboard on (Today and the catalog have their own rules, see {@link #showPage}). */
    private static final String[] FIRST_CONTROL = {null, null, "#pathList", "#progressTree", "#agendaList",
            "#statsPathChoice"};

    public MainView(Pages pages, PathsViewModel pathsViewModel, ProgressViewModel progress, BooleanProperty statisticsShown,
                    Days days, Messages messages) {
        this.days = days;
        setId("mainTabs");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        todayTab = tab("todayTab", messages.text("main.tab.today"), pages.today(), view -> today = view);
        catalogTab = tab("catalogTab", messages.text("main.tab.catalog"), pages.catalog(), view -> catalog = view);
        pathsTab = tab("pathsTab", messages.text("main.tab.paths"), pages.paths(), view -> { });
        Tab progressTab = tab("progressTab", messages.text("main.tab.progress"), pages.progress(), view -> { });
        Tab statisticsTab = tab("statisticsTab", messages.text("main.tab.statistics"), pages.statistics(), view -> { });
        getTabs().addAll(todayTab, catalogTab, pathsTab, progressTab,
                tab("scheduleTab", messages.text("main.tab.schedule"), pages.schedule(), view -> { }), statisticsTab);
        // the statistics are computed only while their page is shown, not after every tick
        statisticsShown.bind(statisticsTab.selectedProperty());
        // Ctrl+1 … Ctrl+6 (the Go menu) switch tabs; Ctrl+F searches and Ctrl+N adds a resource (in the catalog, from
        // any page); Ctrl+Shift+N starts a new study path; on Today and Progress, Ctrl+Z undoes the last progress
        // change (text fields keep their own undo)
        sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) {
                scene.getAccelerators().put(Keys.SEARCH, () -> showCatalog().focusSearch());
                scene.getAccelerators().put(Keys.ADD_RESOURCE, () -> showCatalog().addResource());
                scene.getAccelerators().put(Keys.NEW_PATH, () -> {
                    getSelectionModel().select(pathsTab);
                    pathsViewModel.createPath();
                });
                scene.getAccelerators().put(Keys.UNDO, () -> {
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
        // at the start (and after a language switch) the scene gives the focus to its first control, the tab pane:
        // once the plan is shown, it goes into the page, unless the learner has moved it already
        javafx.beans.value.ChangeListener<Object> firstPlan = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<?> o, Object was, Object now) {
                if (now == null) {
                    return;
                }
                pathsViewModel.plannedProperty().removeListener(this);
                javafx.scene.Scene scene = getScene();
                if (scene != null && (scene.getFocusOwner() == null || scene.getFocusOwner() == MainView.this)) {
                    focusAfterNextPulse(getSelectionModel().getSelectedIndex());
                }
            }
        };
        pathsViewModel.plannedProperty().addListener(firstPlan);
        // the catalog may have changed (a resource deleted or hidden): refresh the plan when it is shown again
        getSelectionModel().selectedItemProperty().addListener((o, old, tab) -> {
            if (tab != catalogTab) {
                pathsViewModel.load();
            }
        });
    }

    /**
     * Shows the page at {@code index} (Ctrl+1 … Ctrl+6) with the keyboard inside it: on Today's first check box, in
     * the catalog's search field, else on the page's main list or first control. Left on the tab's name, the focus made
     * Down and the arrow keys switch pages instead of moving through the page.
     */
    public void showPage(int index) {
        getSelectionModel().select(index);
        focusAfterNextPulse(index);
    }

    private void focusAfterNextPulse(int index) {
        // after the next pulse: the page is shown by then, and the scene has already moved the focus off the page
        // that was hidden (it does so at the start of a pulse, and moved it to the tab pane after this request when
        // the request came first)
        javafx.scene.Scene scene = getScene();
        if (scene == null) {
            return;
        }
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            javafx.application.Platform.runLater(() -> focusInside(index));
        };
        scene.addPostLayoutPulseListener(once[0]);
        javafx.application.Platform.requestNextPulse();
    }

    private void focusInside(int index) {
        if (getSelectionModel().getSelectedIndex() != index) {
            return;
        }
        if (index == 0 && today != null) {
            today.focusFirst();
            return;
        }
        if (index == 1 && catalog != null) {
            catalog.focusSearch();
            return;
        }
        Node page = getTabs().get(index).getContent();
        if (page == null) {
            return;
        }
        Node first = FIRST_CONTROL[index] == null ? null : page.lookup(FIRST_CONTROL[index]);
        if (first == null || !canTakeFocus(first)) {
            first = firstFocusable(page);
        }
        if (first != null) {
            first.requestFocus();
        }
    }

    private static boolean canTakeFocus(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible() || n.isDisabled()) {
                return false;
            }
        }
        return node.isFocusTraversable();
    }

    /** The first control in {@code node} that Tab would reach, depth first (null: none). */
    private static Node firstFocusable(Node node) {
        if (node.isFocusTraversable() && canTakeFocus(node)) {
            return node;
        }
        if (node instanceof javafx.scene.Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstFocusable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The Today page, one day back (Alt+Left). */
    public void previousDay() {
        getSelectionModel().select(todayTab);
        days.previous();
    }

    /** The Today page, one day on (Alt+Right). */
    public void nextDay() {
        getSelectionModel().select(todayTab);
        days.next();
    }

    /** The Today page, back on today (Alt+Home). */
    public void backToToday() {
        getSelectionModel().select(todayTab);
        days.today();
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
