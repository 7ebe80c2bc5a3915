package org.studypath.domain;

/** Where a resource came from: the bundled catalog (hide-able, never destroyed) or the user (editable). */
public enum Origin {
    CATALOG,
    USER
}
