package org.studypath.domain;

/** What kind of learning resource something is. */
public enum ResourceType {
    VIDEO_SERIES("Video series", "视频系列"),
    SINGLE_VIDEO("Single video", "单个视频"),
    ONLINE_COURSE("Online course", "在线课程"),
    BOOK("Book", "书籍"),
    COURSE_NOTES("Course notes", "课程讲义");

    private final LocalizedText label;

    ResourceType(String en, String zh) {
        this.label = new LocalizedText(en, zh);
    }

    public LocalizedText label() {
        return label;
    }
}
