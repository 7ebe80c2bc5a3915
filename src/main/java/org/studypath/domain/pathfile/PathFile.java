package org.studypath.domain.pathfile;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.studypath.domain.LocalizedText;
import org.studypath.domain.ResourceType;
import org.studypath.domain.Topic;
import org.studypath.domain.UnitKind;
import org.studypath.domain.plan.Availability;
import org.studypath.domain.plan.UnitStatus;

/**
 * One study path as a file to hand to someone else (a {@code .studypath} file): the path's name, its study time and
 * pace, its resources in order with everything a resource has, prerequisites among them, and, only when the sender
 * asked for them, their progress, notes and time logs. Resources are referred to by a reference local to the file
 * ({@link FileResource#ref()}), units by their index in their resource. A local file is never part of it.
 *
 * @param paceFactors the sender's pace factor per resource type (types not listed: 1)
 * @param items       the path's resources, in path order
 * @param includes    what the sender chose to include beyond the path itself
 */
public record PathFile(String name, Availability availability, Map<ResourceType, Double> paceFactors,
                       List<FileResource> resources, List<Item> items, Includes includes) {
    public static final String FORMAT = "studypath-path";
    public static final int VERSION = 1;
    /** The file's extension, without the dot. */
    public static final String EXTENSION = "studypath";

    /** Far beyond any real path (the seed catalog has 12 resources), small enough that a preview stays quick. */
    public static final int MAX_RESOURCES = 500;
    public static final int MAX_UNITS_PER_RESOURCE = 5_000;
    public static final int MAX_UNITS = 50_000;
    public static final int MAX_LOGS_PER_UNIT = 1_000;
    public static final int MAX_LOGS = 100_000;
    public static final int MAX_CREATORS = 50;

    public PathFile {
        Objects.requireNonNull(name);
        Objects.requireNonNull(availability);
        paceFactors = Map.copyOf(paceFactors);
        resources = List.copyOf(resources);
        items = List.copyOf(items);
        Objects.requireNonNull(includes);
    }

    /** What a file holds beyond the path itself; each goes in only when the sender asks for it. */
    public record Includes(boolean progress, boolean notes, boolean logs) {
        public static final Includes NONE = new Includes(false, false, false);
        public static final Includes ALL = new Includes(true, true, true);

        /** What both this and {@code other} include: what a file holds and the learner agreed to take. */
        public Includes and(Includes other) {
            return new Includes(progress && other.progress, notes && other.notes, logs && other.logs);
        }

        public boolean any() {
            return progress || notes || logs;
        }
    }

    /** A resource's category as the sender has it: its catalog key ("" for none) and its name. */
    public record FileCategory(String key, LocalizedText name) {
        public FileCategory {
            key = key == null ? "" : key;
            Objects.requireNonNull(name);
        }
    }

    /**
     * A resource with everything it has. {@code key} and {@code catalogId} are "" for the sender's own resources;
     * {@code requires} holds the refs of the resources (in this file) it needs first; {@code myNote} is the sender's
     * own note on it ("" when notes are not included).
     */
    public record FileResource(String ref, String key, String catalogId, FileCategory category, String title,
                               String titleZh, List<String> creators, String url, ResourceType type, UnitKind unitKind,
                               boolean free, String language, Set<Topic> topics, LocalizedText note,
                               LocalizedText durationNote, List<String> requires, String myNote, List<FileUnit> units) {
        public FileResource {
            key = key == null ? "" : key;
            catalogId = catalogId == null ? "" : catalogId;
            titleZh = titleZh == null ? "" : titleZh;
            url = url == null ? "" : url;
            creators = List.copyOf(creators);
            topics = Set.copyOf(topics);
            requires = List.copyOf(requires);
            myNote = myNote == null ? "" : myNote;
            units = List.copyOf(units);
        }

        /** Whether it came from a catalog (a key and a catalog id), not from the sender's own typing. */
        public boolean fromCatalog() {
            return !key.isEmpty() && !catalogId.isEmpty();
        }
    }

    /**
     * A unit with everything it has. A new field of a unit goes here, in {@code PathFileWriter} and in
     * {@code PathFileReader}, optional in the file so earlier files still read: {@code firstPage} is the first one
     * (the page a book's unit starts on; null when not known).
     *
     * @param key      the unit's catalog key, "" for a unit the sender typed in
     * @param progress the sender's status and its day; null when not started or not included
     * @param note     the sender's note on it, "" when none or not included
     * @param logs     the time the sender logged on it, empty when none or not included
     */
    public record FileUnit(String key, String title, int minutes, boolean estimated, String url, Integer firstPage,
                           UnitProgress progress, String note, List<TimeSpent> logs) {
        public FileUnit {
            key = key == null ? "" : key;
            url = url == null ? "" : url;
            note = note == null ? "" : note;
            logs = List.copyOf(logs);
        }

        public FileUnit(String key, String title, int minutes, boolean estimated, String url) {
            this(key, title, minutes, estimated, url, null, null, "", List.of());
        }
    }

    /** A unit's status and the day it was reached; never {@link UnitStatus#NOT_STARTED}. */
    public record UnitProgress(UnitStatus status, LocalDate date) {
        public UnitProgress {
            Objects.requireNonNull(status);
            Objects.requireNonNull(date);
            if (status == UnitStatus.NOT_STARTED) {
                throw new IllegalArgumentException("a unit not started has no progress to share");
            }
        }
    }

    /** Minutes spent on a unit on one day. */
    public record TimeSpent(LocalDate day, int minutes) {
    }

    /**
     * One resource of the path: its ref, its own pace factor (null: its type's) and the indexes of the units left
     * out of the path.
     */
    public record Item(String resource, Double paceOverride, Set<Integer> excludedUnits) {
        public Item {
            Objects.requireNonNull(resource);
            excludedUnits = Set.copyOf(excludedUnits);
        }
    }

    /** The resource with {@code ref}, if the file has one. */
    public java.util.Optional<FileResource> resource(String ref) {
        return resources.stream().filter(r -> r.ref().equals(ref)).findFirst();
    }

    /** How many units the file's resources hold. */
    public int unitCount() {
        return resources.stream().mapToInt(r -> r.units().size()).sum();
    }

    /** The units with progress in the file. */
    public int progressCount() {
        return (int) resources.stream().flatMap(r -> r.units().stream()).filter(u -> u.progress() != null).count();
    }

    /** The notes in the file: the resources' own and their units'. */
    public int noteCount() {
        return (int) (resources.stream().filter(r -> !r.myNote().isEmpty()).count()
                + resources.stream().flatMap(r -> r.units().stream()).filter(u -> !u.note().isEmpty()).count());
    }

    /** The time logs in the file. */
    public int logCount() {
        return resources.stream().flatMap(r -> r.units().stream()).mapToInt(u -> u.logs().size()).sum();
    }
}
