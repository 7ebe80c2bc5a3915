package org.studypath.domain.syllabus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studypath.domain.Durations;
import org.studypath.domain.Notice;
import org.studypath.domain.ResourceDraft;
import org.studypath.domain.SafeText;

/**
 * Reads a pasted list of units, one a line, as a learner copies it from a syllabus, a table of contents or a
 * playlist page: a time may end a line ("12:34", "1:02:03", "45 min", "1 h 30", "90 分钟", also in brackets or after
 * " - ", " | " or a tab), or a page range ("pp. 20–45", "第 20–45 页"), turned into minutes at a reading rate; a line
 * "12 lectures of 50 min" ("12 × 50 min", "12 讲，每讲 50 分钟") makes a whole course. A line with no time gets the
 * resource's default minutes. Both guesses are marked as estimates.
 *
 * <p>Bullets ("-", "*", "•") are dropped; numbering ("1.", "1)", "第1章") is the learner's and stays in the title.
 * A line that cannot be read is a {@link LineProblem} with its number; a text too big to be a list is refused whole
 * ({@link Notice.Refused}), before any line is read.
 */
public final class SyllabusParser {
    /** The most units one paste or file adds: more than any course, few enough for the form to show them all. */
    public static final int MAX_UNITS = 2_000;
    /** The longest unit, as for a time logged ({@link Durations#parse}): a longer one is a typing slip. */
    public static final int MAX_MINUTES = 24 * 60;
    /** The most characters of a list: 2,000 lines of 300 characters fit with room to spare. */
    public static final int MAX_CHARACTERS = 1_000_000;
    /** A line longer than a title may be is not read further (no pattern runs over a huge line). */
    private static final int MAX_LINE = 2 * ResourceDraft.MAX_TITLE_LENGTH;

    private static final String NUMBER = "\\d{1,6}(?:[.,]\\d{1,3})?";
    private static final String UNIT = "(?:hours|hour|hrs|hr|h|小时|minutes|minute|mins|min|m|分钟|分)";
    /** A time in words, as {@link Durations#parse} reads it: "45 min", "1h30m", "1 h 30", "1 小时 30 分". */
    static final String WORDS = NUMBER + "\\s*" + UNIT + "(?:\\s*" + NUMBER + "\\s*" + UNIT + ")*(?:\\s*\\d{1,2}(?!\\d))?";
    /** "12:34" (minutes and seconds, as video sites show them) or "1:02:03" (hours, minutes, seconds). */
    static final String CLOCK = "\\d{1,5}(?::\\d{1,2}){1,2}";
    static final String PAGES = "(?:pp?\\.?|pages?)\\s*\\d{1,5}\\s*(?:[-–—~]|to)\\s*\\d{1,5}"
            + "|第\\s*\\d{1,5}\\s*[-–—~至到]\\s*\\d{1,5}\\s*页";

    private static final Pattern CLOCK_TAIL = tail(CLOCK);
    private static final Pattern WORDS_TAIL = tail(WORDS);
    private static final Pattern PAGES_TAIL = tail(PAGES);
    private static final Pattern PAGE_NUMBERS = Pattern.compile("(\\d{1,5})\\D+?(\\d{1,5})");
    private static final Pattern BULLET = Pattern.compile("^[-*•·▪●◦‣+>]+\\s*");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-–—|·•:：,，、]+$");
    private static final String COUNT_DURATION = "(" + WORDS + "|\\d{1,4})";
    private static final Pattern COUNT_WORDS = Pattern.compile("^(\\d{1,6})\\s*(lectures?|units?|episodes?|videos?"
            + "|chapters?|lessons?|modules?|parts?|sessions?|classes|class)\\s*(?:(?:of|at|x|×|\\*|,)\\s*)?"
            + COUNT_DURATION + "(?:\\s+each)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_TIMES = Pattern.compile("^(\\d{1,6})\\s*[x×*]\\s*" + COUNT_DURATION + "$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_CHINESE = Pattern.compile("^(\\d{1,6})\\s*(讲|课|集|章|节|单元|个视频|个单元|次课)"
            + "\\s*[,，、]?\\s*每\\s*(?:讲|课|集|章|节|单元|个|次)?\\s*" + COUNT_DURATION + "$");

    private SyllabusParser() {
    }

    /** A time (group "a" in brackets, group "b" bare) ending a line, after a title (group "title"). */
    private static Pattern tail(String time) {
        return Pattern.compile("^(?<title>.*?)\\s*(?:[(（\\[]\\s*(?<a>" + time + ")\\s*[)）\\]]"
                + "|(?<![\\d:.,A-Za-z])(?<b>" + time + "))$", Pattern.CASE_INSENSITIVE);
    }

    /**
     * The units of {@code text}, and the lines that could not be read.
     *
     * @throws Notice.Refused when the text is too big to be a list of units (nothing of it is read)
     */
    public static ParsedCourse parse(String text, SyllabusOptions options) {
        String all = text == null ? "" : text;
        if (all.length() > MAX_CHARACTERS) {
            throw new Notice.Refused(Notice.of("syllabus.tooBig", all.length(), MAX_CHARACTERS));
        }
        String[] lines = all.split("\\r\\n|\\r|\\n|\\u2028|\\u2029", -1);
        long filled = java.util.Arrays.stream(lines).filter(l -> !l.isBlank()).count();
        if (filled > MAX_UNITS) {
            throw new Notice.Refused(Notice.of("syllabus.tooManyLines", filled, MAX_UNITS));
        }
        List<ParsedUnit> units = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            read(i + 1, lines[i], options, units, problems);
            if (units.size() > MAX_UNITS) {
                throw new Notice.Refused(Notice.of("syllabus.tooManyUnits", MAX_UNITS));
            }
        }
        return ParsedCourse.of(units, problems);
    }

    private static void read(int number, String raw, SyllabusOptions options, List<ParsedUnit> units,
                             List<LineProblem> problems) {
        // what a copy from a web page brings along: no-break and ideographic spaces, zero-width marks
        String line = raw.replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u3000', ' ')
                .replace("\uFEFF", "").replace("\u200B", "").strip();
        if (line.isEmpty()) {
            return;
        }
        if (SafeText.problem(line.replace('\t', ' '), true).isPresent()) {
            problems.add(new LineProblem(number, Notice.of("syllabus.oddCharacters")));
            return;
        }
        if (line.length() > MAX_LINE) {
            problems.add(new LineProblem(number, Notice.of("syllabus.titleTooLong", ResourceDraft.MAX_TITLE_LENGTH)));
            return;
        }
        line = BULLET.matcher(line).replaceFirst("");
        if (count(number, line, options, units, problems)) {
            return;
        }
        try {
            ParsedUnit unit = unit(number, line, options);
            if (unit.title().isEmpty()) {
                problems.add(new LineProblem(number, Notice.of("syllabus.noTitle")));
            } else if (unit.title().length() > ResourceDraft.MAX_TITLE_LENGTH) {
                problems.add(new LineProblem(number, Notice.of("syllabus.titleTooLong", ResourceDraft.MAX_TITLE_LENGTH)));
            } else {
                units.add(unit);
            }
        } catch (Notice.Refused e) {
            problems.add(new LineProblem(number, e.notice()));
        }
    }

    private static ParsedUnit unit(int number, String line, SyllabusOptions options) {
        Matcher clock = CLOCK_TAIL.matcher(line);
        if (clock.matches()) {
            return new ParsedUnit(number, title(clock), clockMinutes(time(clock)), false, "");
        }
        Matcher words = WORDS_TAIL.matcher(line);
        if (words.matches()) {
            return new ParsedUnit(number, title(words), words(time(words)), false, "");
        }
        Matcher pages = PAGES_TAIL.matcher(line);
        if (pages.matches()) {
            return new ParsedUnit(number, title(pages), pageMinutes(time(pages), options.pagesPerHour()), true, "");
        }
        return new ParsedUnit(number, line, options.defaultMinutes(), true, "");
    }

    /** A time in words, read by {@link Durations#parse}, with what is wrong said for a unit rather than a time logged. */
    private static int words(String time) {
        try {
            return Durations.parse(time);
        } catch (Notice.Refused e) {
            switch (e.notice().key()) {
                case "duration.tooLong" -> throw new Notice.Refused(
                        Notice.of("syllabus.unitTooLong", time, MAX_MINUTES / 60));
                case "duration.tooShort" -> throw new Notice.Refused(Notice.of("syllabus.noTime", time));
                default -> throw e;
            }
        }
    }

    private static String time(Matcher m) {
        return m.group("a") != null ? m.group("a") : m.group("b");
    }

    private static String title(Matcher m) {
        return SEPARATORS.matcher(m.group("title")).replaceFirst("").strip();
    }

    /** "12:34" is minutes and seconds, "1:02:03" hours too; seconds are rounded to the nearest minute, at least 1. */
    static int clockMinutes(String clock) {
        String[] parts = clock.split(":");
        long seconds;
        if (parts.length == 2) {
            int secs = Integer.parseInt(parts[1]);
            if (secs >= 60 || parts[1].length() != 2) {
                throw new Notice.Refused(Notice.of("syllabus.badClock", clock));
            }
            seconds = Long.parseLong(parts[0]) * 60 + secs;
        } else {
            int mins = Integer.parseInt(parts[1]);
            int secs = Integer.parseInt(parts[2]);
            if (mins >= 60 || secs >= 60 || parts[1].length() != 2 || parts[2].length() != 2) {
                throw new Notice.Refused(Notice.of("syllabus.badClock", clock));
            }
            seconds = Long.parseLong(parts[0]) * 3600 + mins * 60L + secs;
        }
        return minutesOf(seconds, clock);
    }

    /** Seconds as whole minutes (a 20-second clip is a minute of the plan); none, or more than a day, is refused. */
    public static int minutesOf(long seconds, String shown) {
        if (seconds <= 0) {
            throw new Notice.Refused(Notice.of("syllabus.noTime", shown));
        }
        long minutes = Math.max(1, Math.round(seconds / 60.0));
        if (minutes > MAX_MINUTES) {
            throw new Notice.Refused(Notice.of("syllabus.unitTooLong", shown, MAX_MINUTES / 60));
        }
        return (int) minutes;
    }

    private static int pageMinutes(String range, int pagesPerHour) {
        Matcher numbers = PAGE_NUMBERS.matcher(range);
        if (!numbers.find()) {
            throw new Notice.Refused(Notice.of("syllabus.badPages", range));
        }
        int first = Integer.parseInt(numbers.group(1));
        int last = Integer.parseInt(numbers.group(2));
        if (last < first) {
            throw new Notice.Refused(Notice.of("syllabus.pagesBackwards", range));
        }
        long pages = last - first + 1L;
        return minutesOf(Math.round(pages * 3600.0 / pagesPerHour), range);
    }

    /** A line that makes a whole course ("12 lectures of 50 min"): its units are added; false for any other line. */
    private static boolean count(int number, String line, SyllabusOptions options, List<ParsedUnit> units,
                                 List<LineProblem> problems) {
        Matcher m;
        Optional<String> word;
        if ((m = COUNT_WORDS.matcher(line)).matches()) {
            word = Optional.of(m.group(2));
        } else if ((m = COUNT_CHINESE.matcher(line)).matches()) {
            word = Optional.of(m.group(2));
        } else if ((m = COUNT_TIMES.matcher(line)).matches()) {
            word = Optional.empty();
        } else {
            return false;
        }
        long how = Long.parseLong(m.group(1));
        String duration = m.group(m.groupCount());
        if (how < 1) {
            problems.add(new LineProblem(number, Notice.of("syllabus.noUnits")));
            return true;
        }
        if (how > MAX_UNITS) {
            throw new Notice.Refused(Notice.of("syllabus.tooManyUnits", MAX_UNITS));
        }
        int minutes;
        try {
            minutes = words(duration);
        } catch (Notice.Refused e) {
            problems.add(new LineProblem(number, e.notice()));
            return true;
        }
        for (int n = 1; n <= how; n++) {
            units.add(new ParsedUnit(number, numbered(word, n, options), minutes, false, ""));
        }
        return true;
    }

    /** "Lecture 3" for "12 lectures …", "第 3 讲" for "12 讲 …", else the resource's unit kind ("Unit 3", "第 3 单元"). */
    private static String numbered(Optional<String> word, int n, SyllabusOptions options) {
        if (word.isEmpty()) {
            return options.chinese() ? "第 " + n + " " + options.kind().label().zh()
                    : options.kind().label().en() + " " + n;
        }
        String said = word.get();
        if (said.chars().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            String name = said.startsWith("个") ? said.substring(1) : said.startsWith("次") ? "课" : said;
            return "第 " + n + " " + name;
        }
        String singular = said.toLowerCase(Locale.ROOT);
        if (singular.equals("classes")) {
            singular = "class";
        } else if (singular.endsWith("s")) {
            singular = singular.substring(0, singular.length() - 1);
        }
        return Character.toUpperCase(singular.charAt(0)) + singular.substring(1) + " " + n;
    }
}
