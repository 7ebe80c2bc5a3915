package org.studypath.ui.about;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.app.AppInfo;
import org.studypath.ui.common.Messages;

/**
 * Help → About StudyPath: the version, the data folder (with a button that shows it in the file manager) and the
 * libraries inside StudyPath with their licences.
 */
public final class AboutDialog {
    private final Window owner;
    private final Messages messages;
    private final Path dataDir;
    private final Consumer<Path> openFolder;
    private final Consumer<String> openLink;

    public AboutDialog(Window owner, Messages messages, Path dataDir, Consumer<Path> openFolder, Consumer<String> openLink) {
        this.owner = owner;
        this.messages = messages;
        this.dataDir = dataDir;
        this.openFolder = openFolder;
        this.openLink = openLink;
    }

    public void show() {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("about.title"));
        dialog.getDialogPane().setId("aboutDialog");
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("common.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));

        Label name = new Label(AppInfo.NAME);
        name.getStyleClass().add("detail-title");
        Label version = new Label(messages.text("about.version", AppInfo.version()));
        version.setId("aboutVersion");
        Label blurb = new Label(messages.text("about.blurb"));
        blurb.setWrapText(true);
        VBox heading = new VBox(4, name, version, blurb);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox top = new HBox(16, heading);
        var icon = AboutDialog.class.getResource("/org/studypath/ui/icons/studypath-64.png");
        if (icon != null) {
            top.getChildren().add(0, new ImageView(new Image(icon.toExternalForm())));
        }

        Label folderLabel = new Label(messages.text("about.dataFolder"));
        folderLabel.getStyleClass().add("section-heading");
        TextField folder = new TextField(dataDir == null ? "" : dataDir.toString());
        folder.setId("aboutDataFolder");
        folder.setEditable(false);
        folderLabel.setLabelFor(folder);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button open = new Button(messages.text("about.openFolder"), new FontIcon("mdi2f-folder-open-outline"));
        open.setId("aboutOpenFolder");
        open.setDisable(dataDir == null);
        open.setOnAction(e -> openFolder.accept(dataDir));
        HBox folderRow = new HBox(6, folder, open);

        Label librariesLabel = new Label(messages.text("about.libraries"));
        librariesLabel.getStyleClass().add("section-heading");
        TableView<AppInfo.Library> libraries = new TableView<>(
                javafx.collections.FXCollections.observableArrayList(AppInfo.libraries()));
        libraries.setId("aboutLibraries");
        libraries.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        libraries.getColumns().add(column(messages.text("about.library"), 250, AppInfo.Library::name));
        libraries.getColumns().add(column(messages.text("about.libraryVersion"), 80, AppInfo.Library::version));
        libraries.getColumns().add(column(messages.text("about.licence"), 250, AppInfo.Library::licence));
        TableColumn<AppInfo.Library, AppInfo.Library> web = new TableColumn<>(messages.text("about.website"));
        web.setCellValueFactory(c -> new javafx.beans.property.SimpleObjectProperty<>(c.getValue()));
        web.setCellFactory(c -> new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(AppInfo.Library library, boolean empty) {
                super.updateItem(library, empty);
                if (empty || library == null) {
                    setGraphic(null);
                    return;
                }
                Hyperlink link = new Hyperlink(library.url().replaceFirst("^https?://", "").replaceFirst("/$", ""));
                link.setOnAction(e -> openLink.accept(library.url()));
                setGraphic(link);
            }
        });
        libraries.getColumns().add(web);
        libraries.setPrefHeight(300);
        libraries.setPrefWidth(880);

        VBox content = new VBox(12, top, folderLabel, folderRow, librariesLabel, libraries);
        content.setPadding(new Insets(16, 20, 8, 20));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(940);
        dialog.getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        dialog.setResizable(true);
        dialog.show();
    }

    private static TableColumn<AppInfo.Library, String> column(String title, double width,
                                                              java.util.function.Function<AppInfo.Library, String> value) {
        TableColumn<AppInfo.Library, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 80));
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }
}
