package org.studypath.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.studypath.app.Services;
import org.studypath.domain.report.PlanReport;
import org.studypath.ui.common.Messages;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The printed report laid out headless (Monocle): its words and dates follow the UI's language. */
class FxReportPrinterTest {
    @TempDir
    Path home;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theReportIsWordedInTheUiLanguage() throws Exception {
        PlanReport report;
        try (Services services = Services.open(home.resolve("data"), ExchangeViewModelTest.CLOCK)) {
            report = services.exchange().report(services.plans().paths().get(0).id());
        }
        List<String> english = texts(report, Messages.of(Locale.UK));
        assertThat(english).contains("Whole path", "By resource", "Week by week", "Exported Tue 1 Dec 2026");
        assertThat(english).anyMatch(t -> t.matches("Week of Mon \\d+ \\w{3} 202\\d · .+"));

        List<String> chinese = texts(report, Messages.of(Locale.SIMPLIFIED_CHINESE));
        assertThat(chinese).contains("整条学习路径", "按资源", "逐周计划", "导出于 2026年12月1日 周二");
        assertThat(chinese).anyMatch(t -> t.matches("202\\d年\\d+月\\d+日 周一 起的一周 · .+"));
        assertThat(chinese).anyMatch(t -> t.matches("\\d+月\\d+日 周.") );
    }

    private static List<String> texts(PlanReport report, Messages messages) throws Exception {
        List<VBox> pages = WaitForAsyncUtils.asyncFx(() -> new FxReportPrinter(null, messages).pages(report, 500, 700))
                .get(10, TimeUnit.SECONDS);
        List<String> texts = new ArrayList<>();
        pages.forEach(page -> collect(page, texts));
        return texts;
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Label label) {
            texts.add(label.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, texts));
        }
    }
}
