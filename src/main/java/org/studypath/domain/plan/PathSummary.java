package org.studypath.domain.plan;

/** A study path as the path list shows it. */
public record PathSummary(long id, String name, int resourceCount) {
}
