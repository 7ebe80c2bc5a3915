package org.studypath.ui.path;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.plan.PathSummary;

/**
 * The learner's paths and the one chosen, which every page follows: loading them (keeping the choice, remembering it
 * for the next start), planning the chosen one, and creating, renaming, duplicating and deleting paths.
 */
final class PathList {
    private final PathWork work;
    private final Supplier<LocalDate> today;
    private final Consumer<PlannedPath> show;
    private final ObservableList<PathSummary> paths = FXCollections.observableArrayList();
    private final ObjectProperty<PathSummary> selected = new SimpleObjectProperty<>(this, "selectedPath");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    /** True while the list is replaced: path choosers clear their value for a moment, which is not a choice. */
    private boolean replacing;

    /** {@code show} gets the chosen path as planned, or null when there is none. */
    PathList(PathWork work, Supplier<LocalDate> today, Consumer<PlannedPath> show) {
        this.work = work;
        this.today = today;
        this.show = show;
        work.reloadWith(() -> load(null));
        selected.addListener((o, old, now) -> {
            if (!replacing) {
                plan(now == null ? null : now.id());
                if (now != null) {
                    remember(now.id());
                }
            }
        });
    }

    /** Reads the paths again and shows {@code select} (null: keep the choice). */
    void load(Long select) {
        work.runner.run("Load paths", () -> new Listed(work.plans.paths(), work.plans.currentPath().orElse(null)), listed -> {
            List<PathSummary> list = listed.paths();
            // the path asked for, else the one shown, else the one the learner worked on last time (the window was
            // just built: a start, a language switch), else the first
            Long keep = select != null ? select : Optional.ofNullable(selected.get()).map(PathSummary::id)
                    .orElse(listed.remembered());
            PathSummary next = list.stream().filter(p -> keep != null && p.id() == keep).findFirst()
                    .orElse(list.isEmpty() ? null : list.get(0));
            if (next != null && !Long.valueOf(next.id()).equals(listed.remembered())) {
                // a restore brought another remembered path, or the remembered one is gone: what is shown is kept
                remember(next.id());
            }
            replacing = true;
            try {
                if (!paths.equals(list)) {
                    paths.setAll(list);
                }
                selected.set(next);
            } finally {
                replacing = false;
            }
            plan(next == null ? null : next.id());
            loaded.set(true);
        }, work::fail);
    }

    /** The paths, and the one remembered as the learner's current path (null: none). */
    private record Listed(List<PathSummary> paths, Long remembered) {
    }

    /** Remembers the path shown, which every page follows, for the next start (off the FX thread). */
    private void remember(long pathId) {
        work.runner.run("Remember path", () -> {
            work.plans.rememberCurrentPath(pathId);
            return null;
        }, ignored -> { }, error -> {
            // only the memory of the choice is lost: the path is shown, and the next choice is saved again
        });
    }

    private void plan(Long pathId) {
        if (pathId == null) {
            show.accept(null);
            return;
        }
        work.runner.run("Plan path", () -> work.plans.planned(pathId).orElse(null), show, work::fail);
    }

    void create() {
        work.dialogs.askText(text("paths.create.title"), text("paths.name.prompt"), freeName(text("paths.create.defaultName")))
                .ifPresent(name -> work.runner.run("Create path", () -> work.plans.create(name, today.get()), id -> {
                    work.tell(work.messages.text("paths.create.done", name));
                    load(id);
                }, work::fail));
    }

    /** {@code base}, or "base (2)"… whichever no loaded path uses yet. */
    String freeName(String base) {
        Set<String> taken = new HashSet<>();
        paths.forEach(p -> taken.add(p.name().toLowerCase(Locale.ROOT)));
        String name = base;
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            name = work.messages.text("paths.name.numbered", base, n);
        }
        return name;
    }

    void rename() {
        PathSummary path = selected.get();
        if (path != null) {
            work.dialogs.askText(text("paths.rename.title"), text("paths.name.prompt"), path.name()).ifPresent(name ->
                    work.change("Rename path", () -> work.plans.rename(path.id(), name),
                            work.messages.text("paths.rename.done", name)));
        }
    }

    void duplicate() {
        PathSummary path = selected.get();
        if (path == null) {
            return;
        }
        work.dialogs.askText(text("paths.duplicate.title"), text("paths.duplicate.prompt"),
                freeName(work.messages.text("paths.duplicate.defaultName", path.name()))).ifPresent(name ->
                work.runner.run("Duplicate path", () -> work.plans.duplicate(path.id(), name), id -> {
                    work.tell(work.messages.text("paths.duplicate.done", name));
                    load(id);
                }, work::fail));
    }

    void delete() {
        PathSummary path = selected.get();
        if (path == null || !work.dialogs.confirm(work.messages.text("paths.delete.title", path.name()),
                text("paths.delete.message"), text("common.delete"))) {
            return;
        }
        work.runner.run("Delete path", () -> {
            work.plans.delete(path.id());
            return null;
        }, ignored -> {
            work.tell(work.messages.text("paths.delete.done", path.name()));
            selected.set(null);
            load(null);
        }, work::fail);
    }

    /** Adds catalog resources to a path (any path: the catalog page chooses its own) and shows that path. */
    void addResources(long pathId, List<Long> resourceIds) {
        work.runner.run("Add to path", () -> work.plans.addResources(pathId, resourceIds), added -> {
            work.tell(added == 0 ? text("paths.add.already") : work.messages.text("paths.add.done", added));
            load(pathId);
        }, work::fail);
    }

    private String text(String key) {
        return work.messages.text(key);
    }

    ObservableList<PathSummary> paths() {
        return paths;
    }

    ObjectProperty<PathSummary> selectedProperty() {
        return selected;
    }

    ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }
}
