package org.studypath.ui.settings;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.studypath.app.Preferences;
import org.studypath.app.Services;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.TaskRunner;

/**
 * Settings: language, theme, first day of the week, the pace factors new plans use, where backups go, the
 * start-up notification, the gentle mode and Today's welcome. Saving checks the choices (a backup folder must exist and be writable), stores them in one
 * transaction off the FX thread, and then tells the window what changed so it can apply it at once.
 */
public final class SettingsViewModel {
    /** "Automatic" or one day; a record so a list of choices can hold "automatic" without a null item. */
    public record FirstDay(DayOfWeek day) {
    }

    /** Where the chosen settings go, and what happens once they are saved. */
    public interface Store {
        Preferences preferences();

        PaceFactors paceFactors();

        /** Saves both; the pace factors only when they changed. */
        void save(Preferences preferences, PaceFactors pace, boolean paceChanged);

        static Store of(Services services) {
            return new Store() {
                @Override
                public Preferences preferences() {
                    return services.preferences();
                }

                @Override
                public PaceFactors paceFactors() {
                    return services.plans().paceFactors();
                }

                @Override
                public void save(Preferences preferences, PaceFactors pace, boolean paceChanged) {
                    services.savePreferences(preferences, paceChanged ? pace : null); // one transaction
                }
            };
        }
    }

    private final Store store;
    private final TaskRunner runner;
    private final Messages messages;
    /** Called on the FX thread after a save, with the settings before and after. */
    private final BiConsumer<Preferences, Preferences> saved;

    private final ObjectProperty<Preferences.Language> language = new SimpleObjectProperty<>(Preferences.Language.SYSTEM);
    private final ObjectProperty<Preferences.Theme> theme = new SimpleObjectProperty<>(Preferences.Theme.SYSTEM);
    private final ObjectProperty<FirstDay> firstDay = new SimpleObjectProperty<>(new FirstDay(null));
    private final StringProperty backupFolder = new SimpleStringProperty("");
    private final BooleanProperty notification = new SimpleBooleanProperty(true);
    private final BooleanProperty gentle = new SimpleBooleanProperty(false);
    private final BooleanProperty welcome = new SimpleBooleanProperty(false);
    private final Map<ResourceType, DoubleProperty> pace = new EnumMap<>(ResourceType.class);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private Preferences before = Preferences.defaults();
    private PaceFactors paceBefore = PaceFactors.neutral();

    public SettingsViewModel(Store store, TaskRunner runner, Messages messages, BiConsumer<Preferences, Preferences> saved) {
        this.store = store;
        this.runner = runner;
        this.messages = messages;
        this.saved = saved;
        for (ResourceType type : ResourceType.values()) {
            pace.put(type, new SimpleDoubleProperty(1.0));
        }
    }

    /** Reads the current settings (off the FX thread) into the form; {@code then} runs once they are in. */
    public void load(Runnable then) {
        error.set("");
        busy.set(true);
        runner.run(messages.text("settings.loading"), () -> Map.entry(store.preferences(), store.paceFactors()), current -> {
            busy.set(false);
            before = current.getKey();
            paceBefore = current.getValue();
            language.set(before.language());
            theme.set(before.theme());
            firstDay.set(new FirstDay(before.firstDayOfWeek()));
            backupFolder.set(before.backupFolder() == null ? "" : before.backupFolder().toString());
            notification.set(before.startupNotification());
            gentle.set(before.gentle());
            welcome.set(before.welcome());
            for (ResourceType type : ResourceType.values()) {
                pace.get(type).set(paceBefore.factorFor(type, null));
            }
            then.run();
        }, failure -> {
            busy.set(false);
            error.set(messages.text("settings.loadFailed", messages.reason(failure)));
        });
    }

    /**
     * Checks and saves the form. Returns false (with {@link #errorProperty()} saying why) when a choice is not
     * valid; otherwise the save runs in the background and {@code done} is called once it is stored.
     */
    public boolean save(Runnable done) {
        error.set("");
        Path folder = null;
        String typed = backupFolder.get() == null ? "" : backupFolder.get().strip();
        if (!typed.isEmpty()) {
            try {
                folder = Path.of(typed);
            } catch (InvalidPathException e) {
                error.set(messages.text("settings.backupFolder.invalid", typed));
                return false;
            }
            if (!folder.isAbsolute()) {
                error.set(messages.text("settings.backupFolder.notAbsolute", typed));
                return false;
            }
        }
        PaceFactors chosenPace;
        try {
            EnumMap<ResourceType, Double> factors = new EnumMap<>(ResourceType.class);
            pace.forEach((type, value) -> factors.put(type, Math.round(value.get() * 100) / 100.0));
            chosenPace = new PaceFactors(factors);
        } catch (IllegalArgumentException e) {
            error.set(messages.text("settings.pace.invalid", messages.decimal(PaceFactors.MIN),
                    messages.decimal(PaceFactors.MAX)));
            return false;
        }
        Preferences chosen = new Preferences(language.get(), theme.get(), firstDay.get().day(), folder,
                notification.get(), gentle.get(), welcome.get());
        boolean paceChanged = !chosenPace.equals(paceBefore);
        Path checkFolder = folder;
        busy.set(true);
        runner.run(messages.text("settings.saving"), () -> {
            if (checkFolder != null && !(Files.isDirectory(checkFolder) && Files.isWritable(checkFolder))) {
                return messages.text(Files.isDirectory(checkFolder) ? "settings.backupFolder.readOnly"
                        : "settings.backupFolder.missing", checkFolder);
            }
            store.save(chosen, chosenPace, paceChanged);
            return "";
        }, problem -> {
            busy.set(false);
            if (!problem.isEmpty()) {
                error.set(problem);
                return;
            }
            Preferences old = before;
            before = chosen;
            paceBefore = chosenPace;
            done.run();
            saved.accept(old, chosen);
        }, failure -> {
            busy.set(false);
            error.set(messages.text("settings.saveFailed", messages.reason(failure)));
        });
        return true;
    }

    public List<Preferences.Language> languages() {
        return List.of(Preferences.Language.values());
    }

    public List<Preferences.Theme> themes() {
        return List.of(Preferences.Theme.values());
    }

    public List<FirstDay> firstDays() {
        return List.of(new FirstDay(null), new FirstDay(DayOfWeek.MONDAY), new FirstDay(DayOfWeek.SUNDAY),
                new FirstDay(DayOfWeek.SATURDAY));
    }

    /** How a choice reads in the form. */
    public String label(Preferences.Language value) {
        return messages.text("settings.language." + value.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String label(Preferences.Theme value) {
        return messages.text("settings.theme." + value.name().toLowerCase(java.util.Locale.ROOT));
    }

    public String label(FirstDay value) {
        if (value == null || value.day() == null) {
            return messages.text("settings.firstDay.automatic", java.time.temporal.WeekFields.of(messages.locale())
                    .getFirstDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, messages.locale()));
        }
        return value.day().getDisplayName(java.time.format.TextStyle.FULL, messages.locale());
    }

    public String label(ResourceType type) {
        return type.label().in(messages.locale());
    }

    public ObjectProperty<Preferences.Language> languageProperty() {
        return language;
    }

    public ObjectProperty<Preferences.Theme> themeProperty() {
        return theme;
    }

    public ObjectProperty<FirstDay> firstDayProperty() {
        return firstDay;
    }

    public StringProperty backupFolderProperty() {
        return backupFolder;
    }

    public BooleanProperty notificationProperty() {
        return notification;
    }

    /** The gentle mode: pages say what is next instead of how far behind. */
    public BooleanProperty gentleProperty() {
        return gentle;
    }

    /** Today's welcome shown (ticking it again brings a dismissed welcome back). */
    public BooleanProperty welcomeProperty() {
        return welcome;
    }

    public DoubleProperty paceProperty(ResourceType type) {
        return pace.get(type);
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
