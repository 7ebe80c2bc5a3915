package org.studypath.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/**
 * Dialogs as JavaFX alerts owned by the main window. Their buttons carry the texts of {@code messages}, not JavaFX's
 * own {@link ButtonType#OK}/{@link ButtonType#CANCEL}, whose words are fixed in the language StudyPath started in.
 */
public final class FxDialogService implements DialogService {
    private final Window owner;
    private final Messages messages;
    /** The folder of the last file chosen, where the next file dialog opens. */
    private java.io.File lastFolder;

    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    /** The OK button, in the UI's language. */
    ButtonType ok() {
        return new ButtonType(messages.text("common.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    /** The Cancel button, in the UI's language. */
    ButtonType cancel() {
        return new ButtonType(messages.text("common.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public boolean confirmDestructive(String title, String message, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OTHER);
        ButtonType cancel = cancel();
        Alert alert = new Alert(Alert.AlertType.WARNING, message, confirm, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
        alert.getDialogPane().lookupButton(cancel).requestFocus();
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public java.util.Optional<String> askText(String title, String prompt, String initial) {
        javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog(initial);
        dialog.initOwner(owner);
        dialog.getDialogPane().getButtonTypes().setAll(ok(), cancel());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.setContentText(prompt);
        dialog.getEditor().setId("textInput");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    @Override
    public boolean confirmList(String title, String message, java.util.List<String> lines, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, confirm, cancel());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(
                javafx.collections.FXCollections.observableArrayList(lines));
        list.setId("confirmList");
        // each line wraps at the list's width: a long title reads whole, with no sideways scrolling
        list.setCellFactory(view -> new javafx.scene.control.ListCell<>() {
            private final javafx.scene.control.Label line = new javafx.scene.control.Label();

            {
                // the line wraps at the list's width: a long title reads whole, with no sideways scrolling
                line.setWrapText(true);
                line.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                line.maxWidthProperty().bind(view.widthProperty().subtract(40));
                line.prefWidthProperty().bind(line.maxWidthProperty());
                setPrefWidth(0);
                setPadding(new javafx.geometry.Insets(4, 6, 4, 6));
            }

            @Override
            protected double computePrefHeight(double width) {
                // the wrapped height at the width the line is given, whatever width the cell was first measured at
                if (getGraphic() == null) {
                    return super.computePrefHeight(width);
                }
                return line.prefHeight(Math.max(40, view.getWidth() - 40)) + snappedTopInset() + snappedBottomInset();
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                line.setText(item);
                setGraphic(empty || item == null ? null : line);
            }
        });
        list.setPrefHeight(300);
        list.setMinHeight(120);
        javafx.scene.control.Label summary = new javafx.scene.control.Label(message);
        summary.setId("confirmListMessage");
        summary.setWrapText(true);
        summary.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, summary, list);
        javafx.scene.layout.VBox.setVgrow(list, javafx.scene.layout.Priority.ALWAYS);
        alert.getDialogPane().setExpandableContent(null);
        alert.getDialogPane().setContent(content);
        // wide enough for a date move and a title, but never wider than the window it belongs to (720 px at least)
        double width = owner == null || owner.getWidth() <= 0 ? 680 : Math.min(680, owner.getWidth() - 40);
        alert.getDialogPane().setPrefWidth(width);
        alert.getDialogPane().setMinWidth(Math.min(width, 420));
        alert.setResizable(true);
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String title, String message) {
        tell(Alert.AlertType.ERROR, title, message);
    }

    private void tell(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message, ok());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseSaveFile(String title, String suggestedName, String description,
                                                                 String extension) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(description, "*." + extension));
        initialFolder(chooser);
        java.io.File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return java.util.Optional.empty();
        }
        lastFolder = file.getParentFile();
        // some desktops return the name as typed: add the extension the user chose
        String name = file.getName();
        return java.util.Optional.of(name.contains(".") ? file.toPath() : file.toPath().resolveSibling(name + "." + extension));
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseOpenFile(String title, String description,
                                                                 java.util.List<String> extensions) {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(description,
                extensions.stream().map(e -> "*." + e).toList()));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter(messages.text("common.allFiles"), "*.*"));
        initialFolder(chooser);
        java.io.File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return java.util.Optional.empty();
        }
        lastFolder = file.getParentFile();
        return java.util.Optional.of(file.toPath());
    }

    @Override
    public java.util.Optional<java.nio.file.Path> chooseFolder(String title) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        java.io.File start = lastFolder != null && lastFolder.isDirectory() ? lastFolder
                : new java.io.File(System.getProperty("user.home"));
        if (start.isDirectory()) {
            chooser.setInitialDirectory(start);
        }
        java.io.File folder = chooser.showDialog(owner);
        if (folder == null) {
            return java.util.Optional.empty();
        }
        lastFolder = folder;
        return java.util.Optional.of(folder.toPath());
    }

    private void initialFolder(javafx.stage.FileChooser chooser) {
        java.io.File folder = lastFolder != null && lastFolder.isDirectory() ? lastFolder
                : new java.io.File(System.getProperty("user.home"));
        if (folder.isDirectory()) {
            chooser.setInitialDirectory(folder);
        }
    }

    @Override
    public void showInfo(String title, String message) {
        tell(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public int choose(String title, String header, String message, java.util.List<String> options) {
        java.util.List<ButtonType> buttons = new java.util.ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            buttons.add(new ButtonType(options.get(i), i == 0 ? ButtonBar.ButtonData.OK_DONE
                    : i == options.size() - 1 ? ButtonBar.ButtonData.CANCEL_CLOSE : ButtonBar.ButtonData.OTHER));
        }
        Alert alert = new Alert(Alert.AlertType.WARNING, message, buttons.toArray(ButtonType[]::new));
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(600);
        ButtonType answer = alert.showAndWait().orElse(buttons.get(buttons.size() - 1));
        return buttons.indexOf(answer);
    }
}
