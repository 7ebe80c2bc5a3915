package org.studypath.ui.progress;

import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.PlanService.PlannedPath;
import org.studypath.domain.Category;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.progress.Standing;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PlanWording;

/**
 * The path as a whole, above the progress tree: how much is done, how it stands against the plan, and how far each
 * category has got. Touches no control.
 */
public final class ProgressSummary {
    /** Progress of one category of the path. */
    public record CategoryProgress(String name, Progress progress) {
    }

    private final Messages messages;
    private final PlanWording wording;
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper ratio = new ReadOnlyDoubleWrapper(this, "ratio");
    private final ReadOnlyStringWrapper standingText = new ReadOnlyStringWrapper(this, "standingText", "");
    private final ReadOnlyStringWrapper standingState = new ReadOnlyStringWrapper(this, "standingState", "");
    private final BooleanProperty gentle = new SimpleBooleanProperty(this, "gentle", false);
    private final ObservableList<CategoryProgress> categories = FXCollections.observableArrayList();
    private PlannedPath shown;

    public ProgressSummary(Messages messages) {
        this.messages = messages;
        this.wording = new PlanWording(messages);
        gentle.addListener((o, old, now) -> show(shown));
    }

    /** Sums up {@code path}; null (no path) leaves everything empty. */
    public void show(PlannedPath path) {
        shown = path;
        if (path == null) {
            progressText.set("");
            ratio.set(0);
            standingText.set("");
            standingState.set("");
            categories.clear();
            return;
        }
        Progress total = path.progress();
        progressText.set(wording.progress(total));
        ratio.set(total.ratio());
        boolean quiet = gentle.get() && path.standing().state() == Standing.State.BEHIND;
        standingText.set(wording.standing(path.standing(), path.today(), gentle.get()));
        standingState.set(quiet ? "" : path.standing().state().name()); // the gentle mode: not styled as behind
        Map<Category, Progress> byCategory = Progress.by(path.path().items(), path.pace(), PlanItem::category);
        List<CategoryProgress> rows = byCategory.entrySet().stream().map(e -> new CategoryProgress(
                e.getKey() == null ? messages.text("progress.category.other") : categoryName(e.getKey().name()),
                e.getValue())).toList();
        categories.setAll(rows);
    }

    /** The progress of one resource of the path shown. */
    public Progress progressOf(PlanItem item) {
        return shown == null ? Progress.NONE : shown.progress(item);
    }

    /** Both names of a category, the UI's language first: "Maths · 数学" or "数学 · Maths". */
    String categoryName(LocalizedText name) {
        String first = messages.chinese() ? name.zh() : name.en();
        String second = messages.chinese() ? name.en() : name.zh();
        if (first.isBlank() || second.isBlank() || first.equals(second)) {
            return name.in(messages.locale());
        }
        return messages.text("progress.category.bothNames", first, second);
    }

    /** The whole path's progress in words, beside its bar. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty ratioProperty() {
        return ratio.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty standingTextProperty() {
        return standingText.getReadOnlyProperty();
    }

    /** The standing's state name (BEHIND, AHEAD…), for styling; empty in the gentle mode when behind. */
    public ReadOnlyStringProperty standingStateProperty() {
        return standingState.getReadOnlyProperty();
    }

    /** The gentle mode of Settings: the standing never says how far behind. */
    public BooleanProperty gentleProperty() {
        return gentle;
    }

    public ObservableList<CategoryProgress> categories() {
        return categories;
    }
}
