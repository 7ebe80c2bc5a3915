package org.studypath.domain;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the learner stopped in a unit: a page of a book or of course notes, or a time in a video. Exactly one of the
 * two is set. {@link #text()} is the form every export writes and {@link #parse} reads back: "p. 43", "12:34",
 * "1:02:03".
 */
public record ResumePoint(Integer page, Integer seconds) {
    /** Highest page taken: no book has more, and a bigger number is a slip of the keyboard. */
    public static final int MAX_PAGE = 100_000;
    /** Longest time taken, 100 hours: no lecture is longer. */
    public static final int MAX_SECONDS = 100 * 3600;

    private static final Pattern PAGE = Pattern.compile(
            "(?:(?:p|pp|pg|page)\\s*\\.?\\s*)?(-?\\d+)|第\\s*(-?\\d+)\\s*页|(-?\\d+)\\s*页");
    private static final Pattern TIME = Pattern.compile("(-?\\d+):(\\d+)(?::(\\d+))?");

    public ResumePoint {
        if ((page == null) == (seconds == null)) {
            throw new IllegalArgumentException("a resume point is a page or a time: " + page + ", " + seconds);
        }
        if (page != null && (page < 1 || page > MAX_PAGE)) {
            throw new IllegalArgumentException("page " + page);
        }
        if (seconds != null && (seconds < 0 || seconds > MAX_SECONDS)) {
            throw new IllegalArgumentException("seconds " + seconds);
        }
    }

    public static ResumePoint page(int page) {
        return new ResumePoint(page, null);
    }

    public static ResumePoint time(int seconds) {
        return new ResumePoint(null, seconds);
    }

    public boolean isPage() {
        return page != null;
    }

    /** "p. 43", "12:34" or "1:02:03": the same in every language, so a CSV or a backup reads the same anywhere. */
    public String text() {
        if (page != null) {
            return "p. " + page;
        }
        int h = seconds / 3600;
        int m = seconds / 60 % 60;
        int s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    /**
     * Reads what the learner typed: a page ("p. 43", "page 43", "43", "第 43 页", "43页") or a time ("12:34",
     * "1:02:03", also with a full-width colon). Anything else is refused with one sentence saying why.
     */
    public static ResumePoint parse(String typed) {
        String text = typed == null ? "" : typed.replace('：', ':').replace('\u00A0', ' ').replace('\u3000', ' ')
                .strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            throw new Notice.Refused(Notice.of("resume.empty"));
        }
        String shown = typed.strip();
        Matcher time = TIME.matcher(text);
        if (time.matches()) {
            return parseTime(time, shown);
        }
        Matcher page = PAGE.matcher(text);
        if (page.matches()) {
            String digits = page.group(1) != null ? page.group(1) : page.group(2) != null ? page.group(2) : page.group(3);
            if (digits.startsWith("-") || digits.length() > 6 || Integer.parseInt(digits) < 1) {
                throw new Notice.Refused(Notice.of("resume.pageRange", shown, MAX_PAGE));
            }
            int number = Integer.parseInt(digits);
            if (number > MAX_PAGE) {
                throw new Notice.Refused(Notice.of("resume.pageRange", shown, MAX_PAGE));
            }
            return page(number);
        }
        throw new Notice.Refused(Notice.of("resume.unreadable", shown));
    }

    private static ResumePoint parseTime(Matcher time, String shown) {
        if (time.group(1).startsWith("-")) {
            throw new Notice.Refused(Notice.of("resume.timeNegative", shown));
        }
        if (time.group(1).length() > 3 || time.group(2).length() != 2
                || time.group(3) != null && time.group(3).length() != 2) {
            throw new Notice.Refused(Notice.of("resume.unreadable", shown));
        }
        int first = Integer.parseInt(time.group(1));
        int second = Integer.parseInt(time.group(2));
        int seconds;
        if (time.group(3) == null) {
            if (second >= 60) {
                throw new Notice.Refused(Notice.of("resume.sixty", shown));
            }
            seconds = first * 60 + second;
        } else {
            int third = Integer.parseInt(time.group(3));
            if (second >= 60 || third >= 60) {
                throw new Notice.Refused(Notice.of("resume.sixty", shown));
            }
            seconds = first * 3600 + second * 60 + third;
        }
        if (seconds > MAX_SECONDS) {
            throw new Notice.Refused(Notice.of("resume.timeTooLong", shown));
        }
        return time(seconds);
    }
}
