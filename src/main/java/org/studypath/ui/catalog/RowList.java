package org.studypath.ui.catalog;

import java.util.List;
import javafx.collections.ObservableListBase;

/**
 * The catalog table's rows: a read-only observable list whose rows are replaced all at once. {@link #show} swaps in
 * a list computed elsewhere (on the worker thread, for a search) and tells the listeners with one change that names
 * the old rows as removed (JavaFX copies them into the change) and the new ones as added, instead of copying the new
 * rows in as {@code ObservableList.setAll} does; a list holding the same rows as before changes nothing. Changed only
 * on the FX thread. A table clears its selection on such a change and selects the row again when it is still shown.
 */
final class RowList<E> extends ObservableListBase<E> {
    private List<E> rows = List.of();

    /** Shows {@code shown}, which must not change afterwards; true when the rows changed. */
    boolean show(List<E> shown) {
        List<E> old = rows;
        if (sameRows(old, shown)) {
            return false;
        }
        rows = shown;
        beginChange();
        nextReplace(0, shown.size(), old);
        endChange();
        return true;
    }

    private static <E> boolean sameRows(List<E> a, List<E> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public E get(int index) {
        return rows.get(index);
    }

    @Override
    public int size() {
        return rows.size();
    }
}
