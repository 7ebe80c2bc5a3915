package org.studypath.ui.start;

import javafx.scene.Scene;
import org.studypath.ui.MainView;
import org.studypath.ui.progress.ProgressViewModel;
import org.studypath.ui.schedule.ScheduleViewModel;
import org.studypath.ui.today.TodayViewModel;

/**
 * The main window's content as the window's life needs it: its scene, its pages, and the view models whose state
 * outlives a rebuild (the page shown, a running timer) or follows Settings. The composition root builds it.
 */
public interface WindowContent {
    Scene scene();

    MainView pages();

    TodayViewModel today();

    ScheduleViewModel schedule();

    ProgressViewModel progress();

    /** Starts loading the catalog and the paths in the background. */
    void load();
}
