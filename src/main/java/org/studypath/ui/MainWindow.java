package org.studypath.ui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.studypath.ui.exchange.ExchangeViewModel;

/**
 * The main window: the File menu (export, backup, import, print), the pages, and a status strip that shows long
 * work with its progress and a Cancel button.
 */
public final class MainWindow extends BorderPane {
    public MainWindow(MainView pages, ExchangeViewModel exchange, Runnable showBackups, Runnable quit) {
        setId("mainWindow");
        MenuItem export = item("exportMenuItem", "Export…", new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN),
                exchange::export);
        MenuItem backup = item("backupMenuItem", "Back up everything…",
                new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), exchange::backup);
        MenuItem importItem = item("importMenuItem", "Import backup or catalog pack…",
                new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), exchange::importFile);
        MenuItem backups = item("backupsMenuItem", "Backups…",
                new KeyCodeCombination(KeyCode.B, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN), showBackups);
        MenuItem print = item("printMenuItem", "Print…", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                exchange::print);
        MenuItem quitItem = item("quitMenuItem", "Quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), quit);
        for (MenuItem item : new MenuItem[] {export, backup, importItem, backups, print}) {
            item.disableProperty().bind(exchange.busyProperty());
        }
        Menu file = new Menu("_File", null, export, backup, importItem, new SeparatorMenuItem(), backups,
                new SeparatorMenuItem(), print,
                new SeparatorMenuItem(), quitItem);
        file.setId("fileMenu");
        MenuBar menuBar = new MenuBar(file);
        menuBar.setId("menuBar");
        menuBar.setUseSystemMenuBar(true);
        setTop(menuBar);
        setCenter(pages);
        setBottom(statusStrip(exchange));
    }

    private static MenuItem item(String id, String text, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static HBox statusStrip(ExchangeViewModel exchange) {
        ProgressBar progress = new ProgressBar();
        progress.setId("exchangeProgress");
        progress.setPrefWidth(220);
        progress.progressProperty().bind(exchange.progressProperty());
        progress.visibleProperty().bind(exchange.busyProperty());
        progress.managedProperty().bind(exchange.busyProperty());
        Label text = new Label();
        text.setId("exchangeStatusText");
        text.textProperty().bind(exchange.statusProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button cancel = new Button("Cancel");
        cancel.setId("exchangeCancel");
        cancel.setOnAction(e -> exchange.cancel());
        cancel.visibleProperty().bind(exchange.cancellableProperty());
        cancel.managedProperty().bind(exchange.cancellableProperty());
        Button dismiss = new Button("✕");
        dismiss.setId("exchangeDismiss");
        dismiss.setAccessibleText("Hide this message");
        dismiss.getStyleClass().add("flat");
        dismiss.visibleProperty().bind(exchange.busyProperty().not());
        dismiss.managedProperty().bind(exchange.busyProperty().not());
        dismiss.setOnAction(e -> exchange.dismissStatus());
        HBox strip = new HBox(10, progress, text, cancel, dismiss);
        strip.setId("exchangeStatus");
        strip.setAlignment(Pos.CENTER_LEFT);
        strip.setPadding(new Insets(4, 10, 4, 10));
        strip.getStyleClass().add("status-strip");
        var shown = exchange.busyProperty().or(exchange.statusProperty().isNotEmpty());
        strip.visibleProperty().bind(shown);
        strip.managedProperty().bind(shown);
        return strip;
    }
}
