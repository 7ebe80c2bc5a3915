package org.studypath.ui.catalog;

import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;
import org.studypath.ui.common.Messages;

/**
 * How the catalog screens write types, topics, unit counts and the bilingual names of the data (category names,
 * titles, notes): the UI language's text first, the other language's as a second line.
 */
public final class Labels {
    private Labels() {
    }

    public static String type(ResourceType type, Messages messages) {
        return type == null ? messages.text("catalog.filter.allTypes") : type.label().in(messages.locale());
    }

    public static String topic(Topic topic, Messages messages) {
        return topic == null ? messages.text("catalog.filter.allTopics") : topic.label().in(messages.locale());
    }

    /** The text in the UI's language ({@link Messages#chinese()}), or the other one when that is blank. */
    public static String first(LocalizedText text, Messages messages) {
        boolean chinese = messages.chinese();
        String preferred = chinese ? text.zh() : text.en();
        return preferred.isBlank() ? (chinese ? text.en() : text.zh()) : preferred;
    }

    /** The text in the other language, to show under {@link #first}; blank when it would only repeat it. */
    public static String second(LocalizedText text, Messages messages) {
        String other = messages.chinese() ? text.en() : text.zh();
        return other.isBlank() || other.equals(first(text, messages)) ? "" : other;
    }

    /** "12 episodes" / "12 集": how many units a resource has, called what they are. */
    public static String unitCount(UnitKind kind, int count, Messages messages) {
        return switch (kind == null ? UnitKind.UNIT : kind) {
            case EPISODE -> messages.text("catalog.detail.count.episode", count);
            case CHAPTER -> messages.text("catalog.detail.count.chapter", count);
            case MODULE -> messages.text("catalog.detail.count.module", count);
            case LESSON -> messages.text("catalog.detail.count.lesson", count);
            case UNIT -> messages.text("catalog.detail.count.unit", count);
            case PART -> messages.text("catalog.detail.count.part", count);
        };
    }

    /** "Episodes" / "各集": the heading over a resource's units. */
    public static String unitHeading(UnitKind kind, Messages messages) {
        return switch (kind == null ? UnitKind.UNIT : kind) {
            case EPISODE -> messages.text("catalog.detail.heading.episode");
            case CHAPTER -> messages.text("catalog.detail.heading.chapter");
            case MODULE -> messages.text("catalog.detail.heading.module");
            case LESSON -> messages.text("catalog.detail.heading.lesson");
            case UNIT -> messages.text("catalog.detail.heading.unit");
            case PART -> messages.text("catalog.detail.heading.part");
        };
    }
}
