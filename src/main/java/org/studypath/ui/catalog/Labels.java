package org.studypath.ui.catalog;

import java.util.Locale;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;

/** How the catalog screens write types and topics for the user's locale. */
public final class Labels {
    private Labels() {
    }

    public static String type(ResourceType type, Locale locale) {
        return type == null ? "All types" : type.label().in(locale);
    }

    public static String topic(Topic topic, Locale locale) {
        return topic == null ? "All topics" : topic.label().in(locale);
    }
}
