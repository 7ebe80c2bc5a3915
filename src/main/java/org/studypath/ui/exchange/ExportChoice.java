package org.studypath.ui.exchange;

import java.time.LocalTime;
import org.studypath.app.ExportFormat;

/** What the user chose in the export dialog: the format and its options. */
public record ExportChoice(ExportFormat format, boolean byteOrderMark, LocalTime dayStart) {
}
