package org.studypath.ui.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.studypath.app.ProgressService;
import org.studypath.domain.ResumeLinks;
import org.studypath.domain.ResumePoint;
import org.studypath.domain.plan.DoneShare;
import org.studypath.domain.plan.PlanItem;
import org.studypath.domain.plan.UnitStatus;
import org.studypath.domain.progress.UnitState;
import org.studypath.ui.common.DialogService;
import org.studypath.ui.common.LinkOpener;
import org.studypath.ui.common.Messages;
import org.studypath.ui.progress.ProgressViewModel.Row;

/**
 * Where the learner stopped in a unit and how much of it is done: the two fields of the progress page's detail
 * ({@code ResumePane}), the "Stopped at…" and part ticks of Today, and Open at the point where the learner stopped.
 * Every change is saved in the background through {@link ProgressChanges}, so an undo puts back exactly what was
 * there. What cannot be read is said in one sentence and changes nothing. Touches no control.
 */
public final class UnitProgressEdits {
    private final ProgressService progress;
    private final ProgressChanges changes;
    private final DialogService dialogs;
    private final Messages messages;
    private final Supplier<LocalDate> tickDay;
    private final Function<Long, Optional<PlanItem.PlanUnit>> units;
    private final StringProperty resumeInput = new SimpleStringProperty(this, "resumeInput", "");
    private final ReadOnlyStringWrapper resumeError = new ReadOnlyStringWrapper(this, "resumeError", "");
    private final StringProperty shareInput = new SimpleStringProperty(this, "shareInput", "");
    private final ReadOnlyStringWrapper shareError = new ReadOnlyStringWrapper(this, "shareError", "");
    private final ReadOnlyStringWrapper shareText = new ReadOnlyStringWrapper(this, "shareText", "");
    private LinkOpener links = link -> { };
    private PlanItem.PlanUnit shown;

    UnitProgressEdits(ProgressService progress, ProgressChanges changes, DialogService dialogs, Messages messages,
                      Supplier<LocalDate> tickDay, Function<Long, Optional<PlanItem.PlanUnit>> units) {
        this.progress = progress;
        this.changes = changes;
        this.dialogs = dialogs;
        this.messages = messages;
        this.tickDay = tickDay;
        this.units = units;
    }

    /** The browser Open uses; nothing opens until the window gives it one. */
    public void connectLinks(LinkOpener opener) {
        this.links = opener == null ? link -> { } : opener;
    }

    /** Shows the selected row's point and share; a reload of the same unit refreshes them with what was saved. */
    void show(Row row) {
        PlanItem.PlanUnit unit = row == null || row.isResource() ? null : row.unit();
        boolean other = unit == null || shown == null || unit.unitId() != shown.unitId();
        boolean changed = other || unit.share() != shown.share() || !java.util.Objects.equals(unit.resume(), shown.resume());
        shown = unit;
        if (changed) {
            resumeInput.set(unit == null || unit.resume() == null ? "" : unit.resume().text());
            shareInput.set("");
            resumeError.set("");
            shareError.set("");
        }
        shareText.set(unit == null ? "" : messages.text("progress.share.now", (int) Math.floor(unit.share() * 100)));
    }

    /** Saves the point typed for the shown unit; an empty field clears it. */
    public void saveResume() {
        if (shown == null) {
            return;
        }
        String typed = resumeInput.get() == null ? "" : resumeInput.get().strip();
        try {
            setResume(shown.unitId(), shown.title(), typed.isEmpty() ? null : ResumePoint.parse(typed));
            resumeError.set("");
        } catch (IllegalArgumentException e) {
            resumeError.set(messages.reason(e));
        }
    }

    /** Asks where the learner stopped in a unit (Today's "Stopped at…"); what cannot be read is said, nothing saved. */
    public void askResume(long unitId) {
        Optional<PlanItem.PlanUnit> unit = units.apply(unitId);
        if (unit.isEmpty()) {
            return;
        }
        String current = unit.get().resume() == null ? "" : unit.get().resume().text();
        Optional<String> typed = dialogs.askText(messages.text("resume.ask.title", unit.get().title()),
                messages.text("resume.ask.prompt"), current);
        if (typed.isEmpty()) {
            return;
        }
        try {
            setResume(unitId, unit.get().title(), ResumePoint.parse(typed.get()));
        } catch (IllegalArgumentException e) {
            dialogs.showError(messages.text("resume.error.title"), messages.reason(e));
        }
    }

    private void setResume(long unitId, String title, ResumePoint point) {
        String description = point == null ? messages.text("progress.change.resumeCleared", title)
                : messages.text("progress.change.resume", title, words(point));
        changes.save(description, () -> progress.setResume(unitId, point),
                before -> before.equals(Optional.ofNullable(point)) ? null
                        : () -> progress.setResume(unitId, before.orElse(null)), ignored -> { });
    }

    /** Saves how much of the shown unit is done, typed as minutes or a percentage, on the tick date. */
    public void saveShare() {
        if (shown == null) {
            return;
        }
        try {
            double share = DoneShare.parse(shareInput.get(), shown.minutes());
            shareError.set("");
            setShare(shown, share, tickDay.get());
        } catch (IllegalArgumentException e) {
            shareError.set(messages.reason(e));
        }
    }

    /**
     * Sets the share done of a unit on {@code day}: done at 1, not started at 0 (a unit in progress stays in
     * progress), else in progress. Today's part ticks come here.
     */
    public void setShare(long unitId, double share, LocalDate day) {
        units.apply(unitId).ifPresent(unit -> setShare(unit, share, day));
    }

    private void setShare(PlanItem.PlanUnit unit, double share, LocalDate day) {
        UnitState state = UnitState.atShare(unit.unitId(), share, day, unit.status() == UnitStatus.IN_PROGRESS);
        if (state.status() == unit.status() && state.share() == unit.doneShare()) {
            return; // nothing would change: nothing to save or undo
        }
        String description = switch (state.status()) {
            case DONE -> messages.text("progress.change.done", unit.title());
            case NOT_STARTED -> messages.text("progress.change.notStarted", unit.title());
            default -> messages.text("progress.change.share", unit.title(), (int) Math.floor(state.share() * 100));
        };
        List<UnitState> change = List.of(state);
        changes.tick(description, () -> progress.setStates(change),
                before -> before.equals(change) ? null : () -> progress.setStates(before));
    }

    /** Opens a unit's link, a YouTube video at the time the learner stopped; a unit without a link opens nothing. */
    public void open(long unitId) {
        units.apply(unitId).flatMap(unit -> ResumeLinks.open(unit.url(), unit.resume())).ifPresent(links::open);
    }

    /** "p. 43" or "12:34" in the UI's language ("第 43 页"). */
    public String words(ResumePoint point) {
        return point.isPage() ? messages.text("resume.page", point.page()) : point.text();
    }

    public StringProperty resumeInputProperty() {
        return resumeInput;
    }

    /** Why the typed point was not saved, or "". */
    public ReadOnlyStringProperty resumeErrorProperty() {
        return resumeError.getReadOnlyProperty();
    }

    public StringProperty shareInputProperty() {
        return shareInput;
    }

    public ReadOnlyStringProperty shareErrorProperty() {
        return shareError.getReadOnlyProperty();
    }

    /** "40 % done" for the shown unit. */
    public ReadOnlyStringProperty shareTextProperty() {
        return shareText.getReadOnlyProperty();
    }
}
