package org.studypath.domain.backup;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One automatic copy of the database in the data folder's {@code backups/} folder. Its file name carries when it was
 * taken and why ({@code studypath-2026-11-25-173005-daily.db}), so listing and rotating need no other record.
 */
public record Snapshot(LocalDateTime takenAt, Reason reason) {
    /** Why a copy was taken. */
    public enum Reason {
        /** Once a day, when StudyPath is closed. */
        DAILY("daily"),
        /** Before the schema is migrated to a newer version. */
        BEFORE_UPGRADE("before-upgrade"),
        /** Before another backup replaced everything. */
        BEFORE_RESTORE("before-restore"),
        /** Asked for by the user. */
        MANUAL("manual");

        private final String tag;

        Reason(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }

        static Optional<Reason> ofTag(String tag) {
            for (Reason reason : values()) {
                if (reason.tag.equals(tag)) {
                    return Optional.of(reason);
                }
            }
            return Optional.empty();
        }
    }

    public static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile("studypath-(\\d{4}-\\d{2}-\\d{2}-\\d{6})-([a-z-]+)\\.db");

    public Snapshot {
        Objects.requireNonNull(takenAt);
        Objects.requireNonNull(reason);
        takenAt = takenAt.withNano(0);
    }

    public String fileName() {
        return "studypath-" + STAMP.format(takenAt) + "-" + reason.tag() + ".db";
    }

    /** The snapshot a file name stands for; other files (a partial copy, a user's own file) are not snapshots. */
    public static Optional<Snapshot> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDateTime at = LocalDateTime.parse(m.group(1), STAMP);
            return Reason.ofTag(m.group(2)).map(reason -> new Snapshot(at, reason));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
