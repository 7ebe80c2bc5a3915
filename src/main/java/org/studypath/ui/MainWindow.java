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
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.studypath.ui.common.Keys;
import org.studypath.ui.common.Messages;
import org.studypath.ui.exchange.ExchangeViewModel;

/**
 * The main window: the menus (File, Go, Help), the pages, and a status strip that shows long work with its progress
 * and a Cancel button.
 */
public final class MainWindow extends BorderPane {
    /** What the menus open that lives outside the pages. */
    public record Actions(Runnable showBackups, Runnable showSettings, Runnable showShortcuts, Runnable showAbout,
                          Runnable quit, Runnable openLogFolder, Runnable exportNotes, Runnable exportPath,
                          Runnable importPath, Runnable exportCards) {
        public Actions(Runnable showBackups, Runnable showSettings, Runnable showShortcuts, Runnable showAbout,
                       Runnable quit, Runnable openLogFolder, Runnable exportNotes) {
            this(showBackups, showSettings, showShortcuts, showAbout, quit, openLogFolder, exportNotes, () -> { }, () -> { },
                    () -> { });
        }

        public Actions(Runnable showBackups, Runnable showSettings, Runnable showShortcuts, Runnable showAbout,
                       Runnable quit, Runnable openLogFolder) {
            this(showBackups, showSettings, showShortcuts, showAbout, quit, openLogFolder, () -> { });
        }
    }

    public MainWindow(MainView pages, ExchangeViewModel exchange, Messages messages, Actions actions) {
        setId("mainWindow");
        MenuItem export = item("exportMenuItem", messages.text("main.menu.export"), "mdi2e-export", Keys.EXPORT,
                exchange::export);
        // every note as Markdown files (an Obsidian vault), beside the plan's export
        MenuItem exportNotes = item("exportNotesMenuItem", messages.text("main.menu.exportNotes"), "mdi2n-notebook-outline",
                null, actions.exportNotes());
        MenuItem cards = item("exportCardsMenuItem", messages.text("main.menu.exportCards"), "mdi2c-cards-outline", null,
                actions.exportCards());
        MenuItem backup = item("backupMenuItem", messages.text("main.menu.backUp"), "mdi2c-content-save-all-outline",
                Keys.BACK_UP, exchange::backup);
        MenuItem importItem = item("importMenuItem", messages.text("main.menu.import"), "mdi2i-import", Keys.IMPORT,
                exchange::importFile);
        MenuItem backups = item("backupsMenuItem", messages.text("main.menu.backups"), "mdi2b-backup-restore",
                Keys.BACKUPS, actions.showBackups());
        MenuItem print = item("printMenuItem", messages.text("main.menu.print"), "mdi2p-printer-outline", Keys.PRINT,
                exchange::print);
        MenuItem settings = item("settingsMenuItem", messages.text("main.menu.settings"), "mdi2c-cog-outline",
                Keys.SETTINGS, actions.showSettings());
        MenuItem quitItem = item("quitMenuItem", messages.text("main.menu.quit"), null, Keys.QUIT, actions.quit());
        // a study path as one file to hand to a friend (ui.exchange.PathFileViewModel)
        MenuItem exportPath = item("exportPathMenuItem", messages.text("main.menu.exportPath"), "mdi2f-file-export-outline",
                null, actions.exportPath());
        MenuItem importPath = item("importPathMenuItem", messages.text("main.menu.importPath"), "mdi2f-file-import-outline",
                null, actions.importPath());
        for (MenuItem item : new MenuItem[] {export, backup, importItem, exportPath, importPath, backups, print}) {
            item.disableProperty().bind(exchange.busyProperty());
        }
        Menu file = new Menu(messages.text("main.menu.file"), null, export, exportNotes, cards, backup, importItem, new SeparatorMenuItem(),
                exportPath, importPath, new SeparatorMenuItem(),
                backups, new SeparatorMenuItem(), print, new SeparatorMenuItem(), settings, new SeparatorMenuItem(),
                quitItem);
        file.setId("fileMenu");

        Menu go = new Menu(messages.text("main.menu.go"));
        go.setId("goMenu");
        for (int i = 0; i < pages.getTabs().size(); i++) {
            int index = i;
            go.getItems().add(item("goPage" + (i + 1), pages.getTabs().get(i).getText(), null, Keys.page(i),
                    () -> pages.showPage(index)));
        }
        go.getItems().addAll(new SeparatorMenuItem(),
                item("previousDayMenuItem", messages.text("main.menu.previousDay"), "mdi2c-chevron-left",
                        Keys.PREVIOUS_DAY, pages::previousDay),
                item("nextDayMenuItem", messages.text("main.menu.nextDay"), "mdi2c-chevron-right", Keys.NEXT_DAY,
                        pages::nextDay),
                item("backToTodayMenuItem", messages.text("main.menu.backToToday"), "mdi2c-calendar-today",
                        Keys.BACK_TO_TODAY, pages::backToToday));

        Menu help = new Menu(messages.text("main.menu.help"), null,
                item("shortcutsMenuItem", messages.text("main.menu.shortcuts"), "mdi2k-keyboard-outline", Keys.SHORTCUTS,
                        actions.showShortcuts()),
                new SeparatorMenuItem(),
                item("openLogsMenuItem", messages.text("main.menu.openLogs"), "mdi2f-folder-open-outline", null,
                        actions.openLogFolder()),
                item("aboutMenuItem", messages.text("main.menu.about"), "mdi2i-information-outline", null,
                        actions.showAbout()));
        help.setId("helpMenu");
        MenuBar menuBar = new MenuBar(file, go, help);
        menuBar.setId("menuBar");
        menuBar.setUseSystemMenuBar(true);
        setTop(menuBar);
        setCenter(pages);
        setBottom(statusStrip(exchange, messages));
    }

    private static MenuItem item(String id, String text, String icon, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        if (icon != null) {
            item.setGraphic(new FontIcon(icon));
        }
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(e -> action.run());
        return item;
    }

    private static HBox statusStrip(ExchangeViewModel exchange, Messages messages) {
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
        Button cancel = new Button(messages.text("common.cancel"));
        cancel.setId("exchangeCancel");
        cancel.setOnAction(e -> exchange.cancel());
        cancel.visibleProperty().bind(exchange.cancellableProperty());
        cancel.managedProperty().bind(exchange.cancellableProperty());
        Button dismiss = new Button(null, new FontIcon("mdi2c-close"));
        dismiss.setId("exchangeDismiss");
        dismiss.setAccessibleText(messages.text("main.status.dismiss"));
        dismiss.setTooltip(new javafx.scene.control.Tooltip(messages.text("main.status.dismiss")));
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
