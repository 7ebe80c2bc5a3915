package org.studypath.ui.catalog;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * Columns of short texts that must be read whole ("≈ 1 h 30 min", "1 小时 30 分钟"): each cell measures its text in
 * its own font and widens the column's minimum to fit, so a constrained table gives the room to the other columns
 * and never cuts a time to "1 h 30 …".
 */
final class WholeTextColumns {
    private WholeTextColumns() {
    }

    static <S> void fitText(TableColumn<S, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                fit();
            }

            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                // measured again once styled: at updateItem the cell may still have the default font and no padding,
                // which measured "≈ 8 h 45 min" narrower than the theme draws it (the real window read "≈ 8 h 45…")
                fit();
            }

            private void fit() {
                String text = getText();
                if (isEmpty() || text == null || text.isEmpty()) {
                    return;
                }
                Text probe = new Text(text);
                probe.setFont(getFont());
                // a pixel to spare: the cell's own rounding must not bring back the "…"
                double need = Math.ceil(probe.getLayoutBounds().getWidth() + snappedLeftInset() + snappedRightInset() + 2);
                if (need > column.getMinWidth()) {
                    column.setMinWidth(need);
                    if (column.getPrefWidth() < need) {
                        column.setPrefWidth(need);
                    }
                }
            }
        });
    }
}
