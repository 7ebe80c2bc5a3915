package org.studypath.ui.exchange;

import org.studypath.domain.report.PlanReport;

/** Prints a report through the system's print dialog; false when the user cancelled or there is no printer. */
@FunctionalInterface
public interface ReportPrinter {
    PrintResult print(PlanReport report);

    enum PrintResult { PRINTED, CANCELLED, NO_PRINTER, FAILED }
}
