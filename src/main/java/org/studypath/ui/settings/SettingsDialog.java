package org.studypath.ui.settings;

import java.io.File;
import java.util.function.Function;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.domain.ResourceType;
import org.studypath.domain.plan.PaceFactors;
import org.studypath.ui.common.Messages;

/** File → Settings… (Ctrl+,): the form over {@link SettingsViewModel}. OK saves; the dialog stays open on a problem. */
public final class SettingsDialog {
    private final Window owner;
    private final Messages messages;

    public SettingsDialog(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    public void show(SettingsViewModel model) {
        model.load(() -> open(model));
    }

    private void open(SettingsViewModel model) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("settings.title"));
        dialog.setHeaderText(null);
        dialog.getDialogPane().setId("settingsDialog");
        ButtonType ok = new ButtonType(messages.text("common.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        form.setPadding(new Insets(16, 20, 8, 20));
        form.getColumnConstraints().addAll(new ColumnConstraints(), columnThatGrows());
        int row = 0;

        ComboBox<org.studypath.app.Preferences.Language> language = combo("settingsLanguage", model.languages(),
                model::label);
        language.valueProperty().bindBidirectional(model.languageProperty());
        form.addRow(row++, label(messages.text("settings.language"), language), language);

        ComboBox<org.studypath.app.Preferences.Theme> theme = combo("settingsTheme", model.themes(), model::label);
        theme.valueProperty().bindBidirectional(model.themeProperty());
        form.addRow(row++, label(messages.text("settings.theme"), theme), theme);

        ComboBox<SettingsViewModel.FirstDay> firstDay = combo("settingsFirstDay", model.firstDays(), model::label);
        firstDay.valueProperty().bindBidirectional(model.firstDayProperty());
        form.addRow(row++, label(messages.text("settings.firstDay"), firstDay), firstDay);

        Label paceHeading = new Label(messages.text("settings.pace"));
        paceHeading.getStyleClass().add("section-heading");
        form.add(paceHeading, 0, row++, 2, 1);
        for (ResourceType type : ResourceType.values()) {
            Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(PaceFactors.MIN,
                    PaceFactors.MAX, model.paceProperty(type).get(), 0.05));
            spinner.setId("settingsPace-" + type.name());
            spinner.setEditable(true);
            spinner.setPrefWidth(110);
            spinner.getValueFactory().setConverter(new StringConverter<>() {
                @Override
                public String toString(Double value) {
                    return value == null ? "" : "× " + messages.decimal(value);
                }

                @Override
                public Double fromString(String text) {
                    try {
                        return Double.valueOf(text.replace("×", "").replace(',', '.').strip());
                    } catch (NumberFormatException e) {
                        return model.paceProperty(type).get();
                    }
                }
            });
            spinner.valueProperty().addListener((o, was, now) -> {
                if (now != null) {
                    model.paceProperty(type).set(now);
                }
            });
            form.addRow(row++, label(model.label(type), spinner), spinner);
        }
        Label paceHint = new Label(messages.text("settings.pace.hint"));
        paceHint.getStyleClass().add("hint");
        paceHint.setWrapText(true);
        paceHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // as tall as its wrapped lines
        form.add(paceHint, 1, row++);

        TextField folder = new TextField();
        folder.setId("settingsBackupFolder");
        folder.setPromptText(messages.text("settings.backupFolder.default"));
        folder.textProperty().bindBidirectional(model.backupFolderProperty());
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button browse = new Button(null, new FontIcon("mdi2f-folder-open-outline"));
        browse.setId("settingsBackupBrowse");
        browse.setAccessibleText(messages.text("settings.backupFolder.choose"));
        browse.setTooltip(new javafx.scene.control.Tooltip(messages.text("settings.backupFolder.choose")));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.text("settings.backupFolder.choose"));
            File chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                model.backupFolderProperty().set(chosen.getAbsolutePath());
            }
        });
        Button reset = new Button(messages.text("settings.backupFolder.reset"));
        reset.setId("settingsBackupReset");
        reset.setOnAction(e -> model.backupFolderProperty().set(""));
        HBox folderRow = new HBox(6, folder, browse, reset);
        form.addRow(row++, label(messages.text("settings.backupFolder"), folder), folderRow);

        form.add(check("settingsNotification", "settings.notification", model.notificationProperty()), 1, row++);
        form.add(check("settingsGentle", "settings.gentle", model.gentleProperty()), 1, row++);
        Label gentleNote = new Label(messages.text("settings.gentle.note"));
        gentleNote.getStyleClass().add("detail-muted");
        gentleNote.setWrapText(true);
        gentleNote.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // as tall as its wrapped lines
        form.add(gentleNote, 1, row++);
        form.add(check("settingsWelcome", "settings.welcome", model.welcomeProperty()), 1, row++);

        Label error = new Label();
        error.setId("settingsError");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.textProperty().bind(model.errorProperty());
        error.visibleProperty().bind(model.errorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        form.add(error, 0, row, 2, 1);

        // the form scrolls when the screen is too low for it (the 720 × 480 window): Save and Cancel stay in reach
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("edge-to-edge");
        dialog.getDialogPane().setContent(scroll);
        dialog.getDialogPane().setPrefWidth(600);
        dialog.setResizable(true);
        dialog.setOnShown(e -> fitOnScreen(dialog));
        Button save = (Button) dialog.getDialogPane().lookupButton(ok);
        save.setId("settingsSave");
        save.disableProperty().bind(model.busyProperty());
        save.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume(); // the dialog closes once the settings are stored, not before
            model.save(() -> {
                dialog.setResult(ok);
                dialog.close();
            });
        });
        dialog.show();
        language.requestFocus();
    }

    /** Shrinks the dialog to the screen it opened on, when it is taller; its form then scrolls. */
    private void fitOnScreen(Dialog<?> dialog) {
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getScreensForRectangle(owner.getX(), owner.getY(),
                        Math.max(1, owner.getWidth()), Math.max(1, owner.getHeight())).stream().findFirst()
                .orElse(javafx.stage.Screen.getPrimary()).getVisualBounds();
        if (dialog.getHeight() > screen.getHeight()) {
            dialog.setHeight(screen.getHeight());
            dialog.setY(screen.getMinY());
        } else if (dialog.getY() + dialog.getHeight() > screen.getMaxY()) {
            dialog.setY(screen.getMaxY() - dialog.getHeight());
        }
    }

    /** A field's label, which screen readers read with the field. */
    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setLabelFor(field);
        label.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return label;
    }

    private static ColumnConstraints columnThatGrows() {
        ColumnConstraints grow = new ColumnConstraints();
        grow.setHgrow(Priority.ALWAYS);
        grow.setFillWidth(true);
        return grow;
    }

    private static <T> ComboBox<T> combo(String id, java.util.List<T> items, Function<T, String> label) {
        ComboBox<T> combo = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(items));
        combo.setId(id);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        });
        return combo;
    }

    /** A check box bound to {@code property}: a long sentence in either language wraps, as tall as its lines. */
    private CheckBox check(String id, String textKey, javafx.beans.property.BooleanProperty property) {
        CheckBox box = new CheckBox(messages.text(textKey));
        box.setId(id);
        box.setWrapText(true);
        box.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        box.selectedProperty().bindBidirectional(property);
        return box;
    }
}
