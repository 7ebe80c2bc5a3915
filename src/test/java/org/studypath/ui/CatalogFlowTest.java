package org.studypath.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import org.studypath.app.Services;
import org.studypath.domain.ResourceSummary;

/** The real window, headless (Monocle): what a new user does first. */
class CatalogFlowTest extends AppWindowTest {
    @BeforeEach
    void catalogLoaded() throws Exception {
        waitUntil(() -> lookup("#todayView").tryQuery().map(javafx.scene.Node::isVisible).orElse(false));
        clickOn("#catalogTab");
        waitUntil(() -> table().getItems().size() == 12);
    }

    private TableView<ResourceSummary> table() {
        return lookup("#resourceTable").queryTableView();
    }

    /** The visible row showing {@code title} (a table keeps spare row cells around, so not just "the first"). */
    private javafx.scene.Node row(String title) {
        return from(lookup("#resourceTable")).lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<ResourceSummary> r) -> r.isVisible() && r.getItem() != null
                        && r.getItem().title().equals(title))
                .query();
    }

    private String text(String query) {
        return lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void windowIsTitledStudyPathAndShowsTheCatalog() {
        assertThat(listWindows()).anySatisfy(w -> assertThat(((javafx.stage.Stage) w).getTitle()).isEqualTo("StudyPath"));
        assertThat(table().getItems().get(0).title()).isEqualTo("Essence of calculus");
        assertThat(text("#statusLabel")).isEqualTo("12 resources shown of 12");
    }

    @Test
    void everyRowStartsOnAWholePixel() throws Exception {
        // the first row's height, rounded up, is fixed for all rows, so none starts at a fraction of a pixel
        waitUntil(() -> table().getFixedCellSize() > 0);
        double rowHeight = table().getFixedCellSize();
        assertThat(rowHeight).isEqualTo(Math.rint(rowHeight));
        java.util.List<Double> tops = lookup(".table-row-cell").queryAllAs(javafx.scene.control.TableRow.class).stream()
                .filter(row -> row.getItem() != null).map(row -> row.getLayoutY()).sorted().toList();
        assertThat(tops).hasSizeGreaterThan(2).allSatisfy(y -> assertThat(y % 1.0).isZero());
        assertThat(tops.get(1) - tops.get(0)).isEqualTo(rowHeight);
    }

    @Test
    void ctrlFSearchesTheCatalogFromAnyPage() throws Exception {
        clickOn("#scheduleTab");
        WaitForAsyncUtils.waitForFxEvents();
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        TextField search = lookup("#searchField").queryAs(TextField.class);
        assertThat(lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().getSelectedItem()
                .getId()).isEqualTo("catalogTab");
        assertThat(search.isFocused()).isTrue();
        write("calculus");
        waitUntil(() -> !table().getItems().isEmpty() && table().getItems().size() < 12);
        assertThat(table().getItems()).extracting(ResourceSummary::title).contains("Essence of calculus");
    }

    @Test
    void pagesAreBuiltWhenTheirTabIsFirstShown() {
        javafx.scene.control.TabPane tabs = lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class);
        javafx.scene.control.Tab statistics = tabs.getTabs().stream().filter(t -> "statisticsTab".equals(t.getId()))
                .findFirst().orElseThrow();
        assertThat(statistics.getContent()).isNull();
        clickOn("#statisticsTab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(statistics.getContent()).isNotNull();
        assertThat(lookup("#resourceTable").tryQuery()).isPresent();
    }

    @Test
    void pickACategorySearchAndOpenAResource() throws Exception {
        clickOn("Deep-learning-specific math");
        waitUntil(() -> table().getItems().size() == 3);

        clickOn("#searchField").write("multivariate");
        waitUntil(() -> table().getItems().size() == 1);
        assertThat(table().getItems().get(0).title()).isEqualTo("Mathematics for Machine Learning: Multivariate Calculus");

        clickOn(row("Mathematics for Machine Learning: Multivariate Calculus"));
        waitUntil(() -> "Mathematics for Machine Learning: Multivariate Calculus".equals(text("#detailTitle")));
        TableView<?> units = lookup("#unitTable").queryTableView();
        assertThat(units.getItems()).hasSize(6);
        assertThat(lookup("#detailLink").queryAs(javafx.scene.control.Hyperlink.class).getText())
                .isEqualTo("https://www.youtube.com/watch?v=QpwTEsO51tU");

        // Chinese search, set directly (the headless robot types ASCII)
        interact(() -> lookup("#searchField").queryAs(TextField.class).setText("线性代数"));
        clickOn("All resources");
        waitUntil(() -> table().getItems().stream().map(ResourceSummary::title).toList().containsAll(java.util.List.of(
                "Essence of linear algebra", "Linear algebra", "Computational Linear Algebra", "Deep Learning")));
        assertThat(table().getItems()).extracting(ResourceSummary::title).doesNotContain("Calculus 1", "Neural Networks");

        interact(() -> lookup("#searchField").queryAs(TextField.class).setText("no such thing"));
        waitUntil(() -> table().getItems().isEmpty());
        assertThat(text("#resourceEmptyState")).contains("Nothing matches “no such thing”");
    }

    @Test
    void hideAResourceAndShowItAgain() throws Exception {
        clickOn(row("Essence of calculus"));
        waitUntil(() -> "Essence of calculus".equals(text("#detailTitle")));
        clickOn("#hideButton");
        waitUntil(() -> table().getItems().size() == 11);
        clickOn("#showHiddenToggle");
        waitUntil(() -> table().getItems().size() == 12);
    }

    @Test
    void addAResourceWithValidation() throws Exception {
        clickOn("#addResourceButton");
        waitUntil(() -> lookup("#saveResourceButton").tryQuery().isPresent());
        clickOn("#saveResourceButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#titleError")).isEqualTo("Enter a title.");
        assertThat(lookup("#titleError").query().isVisible()).isTrue();

        clickOn("#titleField").write("My linear algebra notes");
        clickOn("#urlField").write("not a link");
        clickOn("#unitTitle-0").write("Chapter 1");
        clickOn("#unitMinutes-0").write("45");
        clickOn("#saveResourceButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text("#urlError")).contains("http:// or https://");
        assertThat(lookup("#titleError").query().isVisible()).isFalse();

        TextField url = lookup("#urlField").queryAs(TextField.class);
        clickOn(url).push(KeyCode.CONTROL, KeyCode.A).write("https://example.org/notes");
        clickOn("#saveResourceButton");
        waitUntil(() -> table().getItems().size() == 13);
        waitUntil(() -> "My linear algebra notes".equals(text("#detailTitle")));
        assertThat(lookup("#editButton").query().isVisible()).isTrue();
        assertThat(lookup("#hideButton").query().isVisible()).isFalse();

        // it is in the database, not only on screen
        close();
        try (Services services = Services.open(dataDir)) {
            assertThat(org.studypath.TestSearch.find(services.catalog(), "linear algebra notes")).hasSize(1);
        }
        launch();
        clickOn("#catalogTab");
        waitUntil(() -> table().getItems().size() == 13);
    }

    /** Scene bounds of a node. */
    private static javafx.geometry.Bounds onScreen(javafx.scene.Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** Adding a 10-unit course took ten click-and-scroll rounds: now Add unit and Enter lead from row to row. */
    @Test
    void unitsAreEnteredRowAfterRowFromTheKeyboard() throws Exception {
        clickOn("#addResourceButton");
        waitUntil(() -> lookup("#saveResourceButton").tryQuery().isPresent());
        clickOn("#titleField").write("Ten lectures");
        javafx.scene.control.ScrollPane form = lookup("#resourceEditor .scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        for (int i = 1; i <= 6; i++) {
            clickOn("#addUnitButton");
            WaitForAsyncUtils.waitForFxEvents();
            String id = "#unitTitle-" + i;
            TextField title = lookup(id).queryAs(TextField.class);
            assertThat(title.isFocused()).as("focus in " + id).isTrue();
            javafx.geometry.Bounds shown = onScreen(form);
            assertThat(onScreen(title).getMaxY()).as(id + " scrolled into view").isLessThanOrEqualTo(shown.getMaxY());
            assertThat(onScreen(title).getMinY()).as(id + " scrolled into view").isGreaterThanOrEqualTo(shown.getMinY());
            // typed with spaces: Add unit is not pressed again
            write("Lecture " + i);
            assertThat(title.getText()).isEqualTo("Lecture " + i);
            // an untouched row, even one being typed in, shows no problems
            assertThat(lookup("#unitError-" + i).query().isVisible()).isFalse();
        }
        assertThat(lookup("#unitTitle-7").tryQuery()).isEmpty();
        // Enter on a row checks it (no minutes yet) and goes to the next one
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#unitError-6").query().isVisible()).isTrue();
        assertThat(text("#unitError-6")).contains("positive number of minutes");
        TextField next = lookup("#unitTitle-7").queryAs(TextField.class);
        assertThat(next.isFocused()).isTrue();
        assertThat(lookup("#unitError-7").query().isVisible()).isFalse();
        // the row left by Enter is fixed in place: its message follows the typing
        clickOn("#unitMinutes-6").write("40");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#unitError-6").query().isVisible()).isFalse();
        // Enter in the minutes goes on too, and never saves the form
        type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lookup("#unitTitle-7").queryAs(TextField.class).isFocused()).isTrue();
        assertThat(lookup("#saveResourceButton").tryQuery()).isPresent();
    }

    /** The text a cell shows on screen (its Text node: what is left after "…" cutting). */
    private static String shown(javafx.scene.Node cell) {
        return cell.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text && n.isVisible())
                .map(n -> ((javafx.scene.text.Text) n).getText()).reduce("", String::concat);
    }

    /** At 1180×720 a unit's time read "1 h 30 …", and two rows read "Mathematics for Mac…" alike. */
    @Test
    void timesAreWholeAndSameTitledResourcesAreToldApartAt1180By720() throws Exception {
        javafx.stage.Window window = lookup("#resourceTable").query().getScene().getWindow();
        interact(() -> {
            window.setWidth(1180);
            window.setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TableView<org.studypath.domain.Unit> units = lookup("#unitTable").queryTableView();
        int checked = 0;
        for (ResourceSummary resource : java.util.List.copyOf(table().getItems())) {
            interact(() -> table().getSelectionModel().select(resource));
            waitUntil(() -> resource.title().equals(text("#detailTitle")) && !units.getItems().isEmpty());
            WaitForAsyncUtils.waitForFxEvents();
            for (javafx.scene.Node cell : from(units).lookup(".table-cell").queryAll()) {
                javafx.scene.control.TableCell<?, ?> c = (javafx.scene.control.TableCell<?, ?>) cell;
                if (c.getTableColumn() == units.getColumns().get(2) && !c.isEmpty() && c.getItem() != null) {
                    assertThat(shown(cell)).as(resource.title()).isEqualTo(c.getItem()).doesNotContain("…");
                    checked++;
                }
            }
            // and the columns fit the table: the widened time did not push the link out of sight
            double columns = units.getColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
            assertThat(columns).as(resource.title() + ": columns within the table").isLessThanOrEqualTo(units.getWidth());
        }
        assertThat(checked).isGreaterThan(12);

        // the book and the course of one title: each row says whose it is
        clickOn("#searchField").write("mathematics for machine");
        waitUntil(() -> table().getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        java.util.List<String> rows = new java.util.ArrayList<>();
        for (ResourceSummary resource : table().getItems()) {
            javafx.scene.Node titleCell = from(row(resource.title())).lookup(".table-cell").query();
            rows.add(shown(titleCell));
        }
        assertThat(rows.get(0)).isNotEqualTo(rows.get(1));
        assertThat(rows).allSatisfy(r -> assertThat(r).startsWith("Mathematics for Machine Learning"));
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Deisenroth")).anySatisfy(r -> assertThat(r).contains("Cooper"));
    }

    /** At 1180×720 the detail's buttons read "Add to …", "…" and "De…" when they shared one row; now they wrap. */
    @Test
    void theDetailsButtonsKeepTheirWholeLabelsAt1180By720() throws Exception {
        javafx.stage.Window window = lookup("#resourceTable").query().getScene().getWindow();
        interact(() -> {
            window.setWidth(1180);
            window.setHeight(720);
        });
        clickOn("#addResourceButton");
        waitUntil(() -> lookup("#saveResourceButton").tryQuery().isPresent());
        clickOn("#titleField").write("My linear algebra notes");
        clickOn("#unitTitle-0").write("Chapter 1");
        clickOn("#unitMinutes-0").write("45");
        clickOn("#saveResourceButton");
        waitUntil(() -> "My linear algebra notes".equals(text("#detailTitle")));
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#addToPathButton", "#editButton", "#deleteButton"}) {
            javafx.scene.control.Control button = lookup(id).queryAs(javafx.scene.control.Control.class);
            assertThat(button.getWidth()).as(id).isGreaterThanOrEqualTo(button.prefWidth(-1) - 0.5);
            javafx.scene.text.Text label = (javafx.scene.text.Text) button.lookup(".text");
            if (label != null) {
                assertThat(label.getText()).as(id).doesNotContain("…");
            }
        }
    }

    /** The search's placeholder was nearly invisible in the dark theme: it must read at 4.5:1 in both. */
    @Test
    void theSearchPlaceholderIsReadableInBothThemes() throws Exception {
        clickOn("#resourceTable");
        try {
            for (boolean dark : new boolean[] {false, true}) {
                interact(() -> org.studypath.ui.settings.Themes.apply(dark));
                WaitForAsyncUtils.waitForFxEvents();
                TextField search = lookup("#searchField").queryAs(TextField.class);
                javafx.scene.paint.Color text = (javafx.scene.paint.Color) from(search).lookup(".text")
                        .match((javafx.scene.text.Text t) -> search.getPromptText().equals(t.getText()))
                        .queryAs(javafx.scene.text.Text.class).getFill();
                javafx.scene.paint.Color background = (javafx.scene.paint.Color) search.getBackground().getFills()
                        .get(search.getBackground().getFills().size() - 1).getFill();
                assertThat(contrast(text, background)).as(dark ? "dark" : "light").isGreaterThanOrEqualTo(4.5);
            }
        } finally {
            interact(() -> org.studypath.ui.settings.Themes.apply(false));
        }
    }

    /** The category sidebar drew the separators of its empty rows below the categories. */
    @Test
    void theCategorySidebarDrawsNothingBelowItsCategories() {
        java.util.Set<javafx.scene.Node> empty = from(lookup("#categoryList")).lookup(".list-cell")
                .match((javafx.scene.control.ListCell<?> cell) -> cell.isVisible() && cell.isEmpty()).queryAll();
        assertThat(empty).as("the list is taller than its categories").isNotEmpty();
        for (javafx.scene.Node node : empty) {
            javafx.scene.layout.Region cell = (javafx.scene.layout.Region) node;
            boolean painted = cell.getBackground() != null && cell.getBackground().getFills().stream()
                    .anyMatch(fill -> !javafx.scene.paint.Color.TRANSPARENT.equals(fill.getFill()));
            boolean bordered = cell.getBorder() != null && cell.getBorder().getStrokes().stream()
                    .anyMatch(stroke -> !javafx.scene.paint.Color.TRANSPARENT.equals(stroke.getBottomStroke()));
            assertThat(painted || bordered).as("an empty row draws a line or a fill").isFalse();
        }
    }

    private static double contrast(javafx.scene.paint.Color a, javafx.scene.paint.Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(javafx.scene.paint.Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
