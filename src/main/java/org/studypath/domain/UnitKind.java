package org.studypath.domain;

/** What a resource's units are called: a video series has episodes, a book chapters. */
public enum UnitKind {
    EPISODE("Episode", "集"),
    CHAPTER("Chapter", "章"),
    MODULE("Module", "模块"),
    LESSON("Lesson", "课"),
    UNIT("Unit", "单元"),
    PART("Part", "部分");

    private final LocalizedText label;

    UnitKind(String en, String zh) {
        this.label = new LocalizedText(en, zh);
    }

    public LocalizedText label() {
        return label;
    }
}
