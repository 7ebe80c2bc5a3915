package org.studypath.domain.plan;

/**
 * Where the learner stands with one unit. A skipped unit is left out of progress on both sides: it is neither
 * work to do nor work done.
 */
public enum UnitStatus {
    NOT_STARTED("Not started"),
    IN_PROGRESS("In progress"),
    DONE("Done"),
    SKIPPED("Skipped");

    private final String label;

    UnitStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
