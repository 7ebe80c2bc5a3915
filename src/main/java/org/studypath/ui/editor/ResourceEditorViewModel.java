package org.studypath.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.studypath.domain.Category;
import org.studypath.domain.Resource;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;
import org.studypath.ui.common.Messages;

/**
 * The add/edit resource form: fields as properties, validation messages per field, and the draft to save.
 * Messages appear for a field once the user has changed it, for a unit row once the learner has left it (or pressed
 * Enter on it), and for everything after a save attempt; a row added later starts quiet again.
 *
 * <p>Over 300 lines because each of the form's fields carries its value, its check and when its message may show;
 * the checks themselves are the domain's ({@code ResourceDraft}).
 */
public final class ResourceEditorViewModel {
    private final Messages messages;
    private final long resourceId;
    private final List<Category> categoryChoices;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty creators = new SimpleStringProperty(this, "creators", "");
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ObjectProperty<ResourceType> type = new SimpleObjectProperty<>(this, "type", ResourceType.VIDEO_SERIES);
    private final ObjectProperty<UnitKind> unitKind = new SimpleObjectProperty<>(this, "unitKind", UnitKind.EPISODE);
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>(this, "category");
    private final BooleanProperty free = new SimpleBooleanProperty(this, "free", true);
    private final StringProperty language = new SimpleStringProperty(this, "language", "en");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final Map<Topic, BooleanProperty> topics = new EnumMap<>(Topic.class);
    private final ObservableList<UnitRow> units = FXCollections.observableArrayList(
            row -> new Observable[] {row.titleProperty(), row.minutesProperty(), row.urlProperty()});

    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper(this, "titleError", "");
    private final ReadOnlyStringWrapper urlError = new ReadOnlyStringWrapper(this, "urlError", "");
    private final ReadOnlyStringWrapper categoryError = new ReadOnlyStringWrapper(this, "categoryError", "");
    private final ReadOnlyStringWrapper unitsError = new ReadOnlyStringWrapper(this, "unitsError", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", false);

    /** The book's PDF picked on this computer through "From a PDF book…", saved with the resource; null: none. */
    private String localFile;
    /** What reads a book's PDF, when the window provides it (null in a form shown without it). */
    private BookReading books;

    private final Set<String> touched = new java.util.HashSet<>();
    private boolean attempted;
    private org.studypath.ui.common.TaskRunner runner;

    private ResourceEditorViewModel(Messages messages, long resourceId, List<Category> categoryChoices) {
        this.messages = messages;
        this.resourceId = resourceId;
        this.categoryChoices = List.copyOf(categoryChoices);
        for (Topic topic : Topic.values()) {
            topics.put(topic, new SimpleBooleanProperty(this, topic.key(), false));
        }
    }

    /** A form for a new resource in {@code categoryId}, with one empty unit row to fill in. */
    public static ResourceEditorViewModel forNew(Messages messages, List<Category> categories, long categoryId) {
        ResourceEditorViewModel vm = new ResourceEditorViewModel(messages, 0, categories);
        vm.category.set(categories.stream().filter(c -> c.id() == categoryId).findFirst()
                .orElse(categories.isEmpty() ? null : categories.get(0)));
        vm.units.add(new UnitRow(0, "", "", ""));
        vm.listen();
        return vm;
    }

    /** A form filled with one of the user's own resources. */
    public static ResourceEditorViewModel forEdit(Messages messages, List<Category> categories, Resource resource) {
        List<ResourceDraft.UnitDraft> units = resource.units().stream()
                .map(u -> new ResourceDraft.UnitDraft(u.id(), u.title(), u.minutes(), u.url(), u.estimated(),
                        u.firstPage())).toList();
        return fromDraft(messages, categories, new ResourceDraft(resource.id(), resource.categoryId(), resource.title(),
                resource.creators(), resource.url(), resource.type(), resource.unitKind(), resource.free(),
                resource.language(), resource.topics(), resource.note().en(), units));
    }

    /** A form filled from a draft that could not be saved, so the user loses nothing. */
    public static ResourceEditorViewModel fromDraft(Messages messages, List<Category> categories, ResourceDraft draft) {
        ResourceEditorViewModel vm = new ResourceEditorViewModel(messages, draft.id(), categories);
        vm.title.set(draft.title());
        vm.creators.set(String.join(", ", draft.creators()));
        vm.url.set(draft.url());
        vm.type.set(draft.type());
        vm.unitKind.set(draft.unitKind());
        vm.category.set(categories.stream().filter(c -> c.id() == draft.categoryId()).findFirst().orElse(null));
        vm.free.set(draft.free());
        vm.language.set(draft.language());
        vm.note.set(draft.note());
        draft.topics().forEach(t -> vm.topics.get(t).set(true));
        draft.units().forEach(u -> vm.units.add(new UnitRow(u.id(), u.title(), Integer.toString(u.minutes()), u.url(),
                u.estimated(), u.firstPage())));
        vm.localFile = draft.localFile();
        vm.listen();
        return vm;
    }

    private void listen() {
        title.addListener((o, a, b) -> touch("title"));
        url.addListener((o, a, b) -> touch("url"));
        category.addListener((o, a, b) -> touch("category"));
        units.addListener((javafx.collections.ListChangeListener<UnitRow>) change -> touch("units"));
        validate();
    }

    private void touch(String field) {
        touched.add(field);
        validate();
    }

    /** Adds an empty unit row after the others and returns it. */
    public UnitRow addUnit() {
        UnitRow row = new UnitRow(0, "", "", "");
        units.add(row);
        return row;
    }

    /** The learner left the row: its problems are shown from now on. */
    public void touchUnit(UnitRow row) {
        if (units.contains(row) && !row.touched()) {
            row.touch();
            validate();
        }
    }

    /**
     * Enter on a row: it is checked, and the row to go to is the next one, or a new one after a filled last row
     * (so a course is entered title, Tab, minutes, Enter, and so on). Empty on a last row with nothing in it.
     */
    public Optional<UnitRow> enterOn(UnitRow row) {
        int at = units.indexOf(row);
        if (at < 0) {
            return Optional.empty();
        }
        touchUnit(row);
        if (at + 1 < units.size()) {
            return Optional.of(units.get(at + 1));
        }
        return row.isBlank() ? Optional.empty() : Optional.of(addUnit());
    }

    /** Long lists and playlist files are read by {@code runner}, off the FX thread; needed before {@link #pasteUnits}. */
    public ResourceEditorViewModel readingWith(org.studypath.ui.common.TaskRunner runner) {
        this.runner = runner;
        return this;
    }

    /** A paste area for this form, reading with the form's type and unit kind. */
    public PasteUnitsViewModel pasteUnits() {
        return new PasteUnitsViewModel(messages, java.util.Objects.requireNonNull(runner, "readingWith"), () -> org.studypath.domain.syllabus.SyllabusOptions.forType(
                type.get(), unitKind.get(), messages.chinese()));
    }

    /**
     * Puts the units of a paste or a playlist in the form, after its units or in their place ({@code replace}); a
     * playlist's title, address and creators fill the fields still empty. Nothing is saved until the form is.
     */
    public void addUnits(org.studypath.domain.syllabus.ParsedCourse course, boolean replace) {
        List<UnitRow> added = course.units().stream().map(u -> new UnitRow(0, u.title(), Integer.toString(u.minutes()),
                u.url(), u.estimated())).toList();
        if (replace) {
            units.setAll(added);
        } else {
            units.removeIf(UnitRow::isBlank);
            units.addAll(added);
        }
        if (title.get().isBlank() && !course.title().isBlank()) {
            title.set(course.title());
        }
        if (url.get().isBlank() && !course.url().isBlank()) {
            url.set(course.url());
        }
        if (creators.get().isBlank() && !course.creators().isEmpty()) {
            creators.set(String.join(", ", course.creators()));
        }
    }

    public void removeUnit(UnitRow row) {
        units.remove(row);
    }

    public void moveUnit(UnitRow row, int delta) {
        int from = units.indexOf(row);
        int to = from + delta;
        if (from < 0 || to < 0 || to >= units.size()) {
            return;
        }
        units.remove(from);
        units.add(to, row);
    }

    /**
     * Checks everything and shows every message; returns the draft to save when the form is valid.
     */
    public Optional<ResourceDraft> commit() {
        attempted = true;
        // a row added and left empty (Enter after the last unit, say) is not a unit with problems: it goes
        if (units.stream().anyMatch(r -> !r.isBlank())) {
            units.removeIf(UnitRow::isBlank);
        }
        units.forEach(UnitRow::touch);
        return validate();
    }

    private Optional<ResourceDraft> validate() {
        Map<String, String> problems = new HashMap<>();
        List<ResourceDraft.UnitDraft> unitDrafts = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            UnitRow row = units.get(i);
            int minutes = UnitChecks.parseMinutes(row.minutesProperty().get());
            if (minutes == UnitChecks.NOT_A_NUMBER) {
                problems.put(ResourceDraft.unitField(i, "minutes"),
                        messages.text("editor.unit.minutesNotNumber", i + 1));
                minutes = 1; // keep validating the other fields
            }
            unitDrafts.add(new ResourceDraft.UnitDraft(row.id(), row.titleProperty().get(), minutes, row.urlProperty().get(),
                    row.estimated(), row.firstPage()));
        }
        ResourceDraft draft = draft(unitDrafts);
        for (ResourceDraft.Problem problem : draft.problems()) {
            problems.putIfAbsent(problem.field(), messages.notice(problem.notice()));
        }
        titleError.set(shown("title", problems.get("title")));
        urlError.set(shown("url", problems.get("url")));
        categoryError.set(shown("category", problems.get("category")));
        unitsError.set(shown("units", problems.get("units")));
        for (int i = 0; i < units.size(); i++) {
            String rowProblems = UnitChecks.rowProblems(problems, i, messages.chinese());
            units.get(i).setError(units.get(i).touched() ? rowProblems : "");
        }
        valid.set(problems.isEmpty());
        return problems.isEmpty() ? Optional.of(draft) : Optional.empty();
    }

    private String shown(String field, String message) {
        return message != null && (attempted || touched.contains(field)) ? message : "";
    }

    private ResourceDraft draft(List<ResourceDraft.UnitDraft> unitDrafts) {
        List<String> creatorList = Arrays.stream(creators.get().split("[,;，；\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        Set<Topic> chosen = EnumSet.noneOf(Topic.class);
        topics.forEach((topic, selected) -> {
            if (selected.get()) {
                chosen.add(topic);
            }
        });
        Category chosenCategory = category.get();
        return new ResourceDraft(resourceId, chosenCategory == null ? 0 : chosenCategory.id(), title.get(), creatorList,
                url.get(), type.get(), unitKind.get(), free.get(), language.get(), chosen, note.get(), unitDrafts,
                localFile);
    }

    /** Lets the form read a book's PDF ("From a PDF book…"). */
    public void useBooks(BookReading books) {
        this.books = books;
    }

    public Optional<BookReading> books() {
        return Optional.ofNullable(books);
    }

    /**
     * Fills the form from a book's PDF: the title when it is empty, the type Book, and one unit per part after the
     * units already typed (empty rows give way); the file is remembered as picked here. Nothing is saved until Save.
     */
    public void applyBook(String bookTitle, List<org.studypath.domain.book.BookPart> parts, String file) {
        if (title.get().isBlank() && bookTitle != null) {
            title.set(bookTitle.length() > ResourceDraft.MAX_TITLE_LENGTH
                    ? bookTitle.substring(0, ResourceDraft.MAX_TITLE_LENGTH) : bookTitle);
        }
        type.set(ResourceType.BOOK);
        unitKind.set(UnitKind.CHAPTER);
        units.removeIf(UnitRow::isBlank);
        for (org.studypath.domain.book.BookPart part : parts) {
            units.add(new UnitRow(0, part.title(), Integer.toString(part.minutes()), "", true, part.firstPage()));
        }
        localFile = file;
        validate();
    }

    /** The book's PDF this form will save as picked on this computer, or null. */
    public String localFile() {
        return localFile;
    }

    /** The UI's words, for the dialog. */
    public Messages messages() {
        return messages;
    }

    public boolean isNew() {
        return resourceId == 0;
    }

    public List<Category> categoryChoices() {
        return categoryChoices;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty creatorsProperty() {
        return creators;
    }

    public StringProperty urlProperty() {
        return url;
    }

    public ObjectProperty<ResourceType> typeProperty() {
        return type;
    }

    public ObjectProperty<UnitKind> unitKindProperty() {
        return unitKind;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public BooleanProperty freeProperty() {
        return free;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public BooleanProperty topicProperty(Topic topic) {
        return topics.get(topic);
    }

    public ObservableList<UnitRow> units() {
        return units;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty urlErrorProperty() {
        return urlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty categoryErrorProperty() {
        return categoryError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty unitsErrorProperty() {
        return unitsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
