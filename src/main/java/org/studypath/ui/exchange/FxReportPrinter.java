package org.studypath.ui.exchange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.print.PageLayout;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Window;
import org.studypath.domain.progress.Progress;
import org.studypath.domain.report.PlanReport;
import org.studypath.ui.common.Messages;
import org.studypath.ui.common.PlanWording;

/**
 * File → Print through JavaFX printing: the system print dialog, then the report laid out page by page to fit the
 * chosen paper (progress bars, then the plan week by week).
 */
public final class FxReportPrinter implements ReportPrinter {
    private final Window owner;
    private final Messages messages;
    private final java.util.function.Supplier<java.time.DayOfWeek> weekStart;
    private final PlanWording wording;

    /** Weeks from Monday. */
    public FxReportPrinter(Window owner, Messages messages) {
        this(owner, messages, () -> java.time.DayOfWeek.MONDAY);
    }

    /** With the weeks starting on the day {@code weekStart} gives when printing (the window's, from Settings). */
    public FxReportPrinter(Window owner, Messages messages, java.util.function.Supplier<java.time.DayOfWeek> weekStart) {
        this.weekStart = java.util.Objects.requireNonNull(weekStart);
        this.owner = owner;
        this.messages = messages;
        this.wording = new PlanWording(messages);
    }

    @Override
    public PrintResult print(PlanReport report) {
        if (Printer.getDefaultPrinter() == null && Printer.getAllPrinters().isEmpty()) {
            return PrintResult.NO_PRINTER;
        }
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            return PrintResult.NO_PRINTER;
        }
        if (!job.showPrintDialog(owner)) {
            job.cancelJob();
            return PrintResult.CANCELLED;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        for (VBox page : pages(report, layout.getPrintableWidth(), layout.getPrintableHeight())) {
            if (!job.printPage(layout, page)) {
                job.cancelJob();
                return PrintResult.FAILED;
            }
        }
        return job.endJob() ? PrintResult.PRINTED : PrintResult.FAILED;
    }

    /** The report as pages of the given printable size, each a laid-out node. */
    List<VBox> pages(PlanReport report, double width, double height) {
        List<Node> blocks = new ArrayList<>();
        Label title = new Label(report.pathName());
        title.setFont(Font.font(null, FontWeight.BOLD, 16));
        blocks.add(title);
        blocks.add(small(report.standingText()));
        blocks.add(small(report.target() == null ? messages.text("exchange.print.exported", messages.date(report.today()))
                : messages.text("exchange.print.exportedTarget", messages.date(report.today()),
                        messages.date(report.target()))));
        blocks.add(bar(messages.text("exchange.print.wholePath"), report.progress(), width));
        if (!report.categories().isEmpty()) {
            blocks.add(heading(messages.text("exchange.print.byCategory")));
            for (PlanReport.Group group : report.categories()) {
                blocks.add(bar(group.detail().isBlank() ? group.name() : group.name() + " · " + group.detail(),
                        group.progress(), width));
            }
        }
        blocks.add(heading(messages.text("exchange.print.byResource")));
        report.resources().forEach(group -> blocks.add(bar(group.name(), group.progress(), width)));
        blocks.add(heading(messages.text("exchange.print.weekByWeek")));
        for (Map.Entry<LocalDate, List<PlanReport.Row>> week : report.byWeek(weekStart.get()).entrySet()) {
            int minutes = week.getValue().stream().mapToInt(PlanReport.Row::minutes).sum();
            Label label = new Label(messages.text("exchange.print.weekOf", messages.date(week.getKey()),
                    messages.duration(minutes)));
            label.setFont(Font.font(null, FontWeight.BOLD, 10));
            label.setPadding(new Insets(6, 0, 2, 0));
            blocks.add(label);
            for (PlanReport.Row row : week.getValue()) {
                blocks.add(row(row, width));
            }
        }
        // lay the blocks out once, off screen, to learn their heights at this width
        VBox measuring = newPage(width);
        measuring.getChildren().addAll(blocks);
        new javafx.scene.Scene(measuring);
        measuring.applyCss();
        measuring.layout();
        double[] heights = blocks.stream().mapToDouble(b -> Math.max(b.getLayoutBounds().getHeight(), 10)).toArray();
        measuring.getChildren().clear();

        List<VBox> pages = new ArrayList<>();
        VBox page = newPage(width);
        double used = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Node block = blocks.get(i);
            double h = heights[i];
            if (used + h > height && !page.getChildren().isEmpty()) {
                pages.add(page);
                page = newPage(width);
                used = 0;
            }
            page.getChildren().add(block);
            used += h + page.getSpacing();
        }
        pages.add(page);
        return pages;
    }

    private static VBox newPage(double width) {
        VBox page = new VBox(2);
        page.setPrefWidth(width);
        page.setMaxWidth(width);
        return page;
    }

    private static Label small(String text) {
        Label label = new Label(text);
        label.setFont(Font.font(9));
        return label;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.setFont(Font.font(null, FontWeight.BOLD, 12));
        label.setPadding(new Insets(8, 0, 2, 0));
        return label;
    }

    private Node bar(String name, Progress progress, double width) {
        Label label = new Label(name);
        label.setFont(Font.font(9));
        label.setPrefWidth(width * 0.45);
        label.setMinWidth(width * 0.45);
        ProgressBar bar = new ProgressBar(progress.ratio());
        bar.setPrefWidth(width * 0.25);
        bar.setPrefHeight(8);
        Label text = new Label(wording.progress(progress));
        text.setFont(Font.font(9));
        HBox line = new HBox(6, label, bar, text);
        line.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return line;
    }

    private Node row(PlanReport.Row row, double width) {
        GridPane grid = new GridPane();
        grid.setHgap(6);
        Label box = small(row.done() ? "☑" : "☐");
        Label day = small(messages.shortDate(row.date()));
        Label resource = small(row.resource());
        Label unit = small(unitText(row));
        Label time = small(messages.duration(row.minutes()));
        day.setPrefWidth(width * 0.12);
        resource.setPrefWidth(width * 0.28);
        resource.setMaxWidth(width * 0.28);
        unit.setMaxWidth(width * 0.45);
        GridPane.setHgrow(unit, Priority.ALWAYS);
        grid.addRow(0, box, day, resource, unit, time);
        return grid;
    }

    /** "Limits (part 2 of 3) (skipped)": the unit's title, the part when it is split, and its status. */
    String unitText(PlanReport.Row row) {
        if (row.isReview()) {
            return row.kind() == org.studypath.domain.plan.SessionKind.RESOURCE_REVIEW
                    ? messages.text("exchange.print.resourceReview") : messages.text("exchange.print.review", row.unit());
        }
        String unit = row.isSplit() ? messages.text("exchange.print.part", row.unit(), row.part(), row.parts()) : row.unit();
        return switch (row.status()) {
            case SKIPPED -> messages.text("exchange.print.skipped", unit);
            case IN_PROGRESS -> messages.text("exchange.print.inProgress", unit);
            default -> unit;
        };
    }
}
