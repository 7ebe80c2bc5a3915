package org.studypath.ui.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.app.CourseFiles;
import org.studypath.domain.Notice;
import org.studypath.domain.syllabus.LineProblem;
import org.studypath.domain.syllabus.ParsedCourse;
import org.studypath.domain.syllabus.ParsedUnit;
import org.studypath.domain.syllabus.SyllabusOptions;
import org.studypath.domain.syllabus.SyllabusParser;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * The paste area of the resource form: as the learner pastes or types a list of units (or picks a playlist file), it
 * is read ({@link SyllabusParser}, {@link CourseFiles}) and the preview shows what would be added, with every line
 * that could not be read and why. Nothing reaches the form until {@link #take()}, and nothing is saved until the form is.
 *
 * <p>A short list is read at each keystroke on the FX thread (it takes far less than a frame); a long one, and every
 * file, on the worker, and only the newest reading is shown.
 */
public final class PasteUnitsViewModel {
    /** Up to this many characters, a list is read at once; a longer one on the worker. */
    static final int INLINE_LIMIT = 20_000;

    /** One row of the preview: a unit to add, or a line that could not be read ({@code problem}). */
    public record PreviewRow(int line, String title, String time, boolean problem) {
    }

    private final Messages messages;
    private final TaskRunner runner;
    private final Supplier<SyllabusOptions> defaults;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final StringProperty pagesPerHour = new SimpleStringProperty(this, "pagesPerHour",
            Integer.toString(SyllabusOptions.DEFAULT_PAGES_PER_HOUR));
    private final BooleanProperty replace = new SimpleBooleanProperty(this, "replace", false);
    private final ObservableList<PreviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper addLabel = new ReadOnlyStringWrapper(this, "addLabel", "");
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source", "");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private ParsedCourse course;
    private int generation;

    /** {@code defaults}: the form's type and unit kind as reading options, asked at each reading. */
    public PasteUnitsViewModel(Messages messages, TaskRunner runner, Supplier<SyllabusOptions> defaults) {
        this.messages = messages;
        this.runner = runner;
        this.defaults = defaults;
        text.addListener((o, was, now) -> readText());
        pagesPerHour.addListener((o, was, now) -> readText());
        show(null, null);
    }

    /** Reads what is in the paste area now. */
    public void readText() {
        int mine = ++generation;
        source.set("");
        String pasted = text.get();
        SyllabusOptions options = options();
        if (options == null) {
            return;
        }
        if (pasted.length() <= INLINE_LIMIT) {
            try {
                show(SyllabusParser.parse(pasted, options), null);
            } catch (Notice.Refused e) {
                show(null, e.notice());
            }
            return;
        }
        busy.set(true);
        runner.run("read pasted units", () -> SyllabusParser.parse(pasted, options),
                parsed -> shownIf(mine, parsed, null), failure -> shownIf(mine, null, Notice.reasonOf(failure)));
    }

    /** Reads a playlist (or list) file into the preview, in place of what is pasted. */
    public void readFile(Path file) {
        int mine = ++generation;
        SyllabusOptions options = options();
        if (options == null) {
            return;
        }
        busy.set(true);
        source.set(messages.text("editor.paste.from", String.valueOf(file.getFileName())));
        runner.run("read units from a file", () -> CourseFiles.read(file, options),
                parsed -> shownIf(mine, parsed, null), failure -> shownIf(mine, null, Notice.reasonOf(failure)));
    }

    /** The reading options with the rate typed; null, with the preview saying why, when the rate is impossible. */
    private SyllabusOptions options() {
        String rate = pagesPerHour.get() == null ? "" : pagesPerHour.get().strip();
        int pages = rate.matches("\\d{1,4}") ? Integer.parseInt(rate) : -1;
        try {
            return defaults.get().withPagesPerHour(pages);
        } catch (Notice.Refused e) {
            show(null, e.notice());
            return null;
        }
    }

    private void shownIf(int mine, ParsedCourse parsed, Notice refused) {
        if (mine == generation) {
            show(parsed, refused);
        }
    }

    private void show(ParsedCourse parsed, Notice refused) {
        busy.set(false);
        course = refused == null ? parsed : null;
        List<PreviewRow> shown = new ArrayList<>();
        if (course != null) {
            for (ParsedUnit unit : course.units()) {
                shown.add(new PreviewRow(unit.line(), unit.title(),
                        Messages.plain(messages.duration(unit.minutes(), unit.estimated())), false));
            }
            for (LineProblem line : course.problems()) {
                shown.add(new PreviewRow(line.line(), messages.notice(line.reason()), "", true));
            }
            shown.sort(Comparator.comparingInt(PreviewRow::line));
        }
        rows.setAll(shown);
        int units = course == null ? 0 : course.units().size();
        problem.set(refused != null ? messages.notice(refused)
                : course != null && !course.problems().isEmpty()
                ? messages.text("editor.paste.problems", course.problems().size()) : "");
        if (course == null || units == 0) {
            summary.set(refused == null && course == null || course != null && course.problems().isEmpty()
                    ? messages.text("editor.paste.empty") : "");
        } else {
            String said = messages.text("editor.paste.summary", units, Messages.plain(messages.duration(
                    course.totalMinutes(), course.estimatedCount() > 0)), course.estimatedCount());
            summary.set(course.unavailable() == 0 ? said
                    : said + " " + messages.text("editor.paste.unavailable", course.unavailable()));
        }
        canAdd.set(course != null && course.addable());
        addLabel.set(messages.text("editor.paste.add", units));
    }

    /** The units to add, once the preview shows no problem; empty otherwise. */
    public java.util.Optional<ParsedCourse> take() {
        return canAdd.get() ? java.util.Optional.of(course) : java.util.Optional.empty();
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty pagesPerHourProperty() {
        return pagesPerHour;
    }

    /** True: the units replace the form's; false: they go after them. */
    public BooleanProperty replaceProperty() {
        return replace;
    }

    public ObservableList<PreviewRow> rows() {
        return rows;
    }

    /** "12 units, ≈ 8 h 30 min in all, 3 estimated (≈)." */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why nothing can be added yet: lines that could not be read, or a text or file refused whole. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** "Add 12 units". */
    public ReadOnlyStringProperty addLabelProperty() {
        return addLabel.getReadOnlyProperty();
    }

    /** "From playlist.json" while the preview shows a file. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Messages messages() {
        return messages;
    }
}
