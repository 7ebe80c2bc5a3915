package org.studypath.ui.editor;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** How the form reads a unit row's minutes and puts a row's problems into one message. */
final class UnitChecks {
    static final int NOT_A_NUMBER = Integer.MIN_VALUE;
    private static final List<String> FIELD_ORDER = List.of("title", "minutes", "url");

    private UnitChecks() {
    }

    /** Whole minutes; blank counts as 0 (reported as "must be positive"), anything else unreadable is flagged. */
    static int parseMinutes(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return 0;
        }
        if (!value.matches("-?\\d{1,6}")) {
            return NOT_A_NUMBER;
        }
        return Integer.parseInt(value);
    }

    /** Row {@code i}'s problems among {@code problems}, title before minutes before address, as one message. */
    static String rowProblems(Map<String, String> problems, int i, boolean chinese) {
        String prefix = "units[" + i + "].";
        return problems.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .sorted(Comparator.comparingInt(e -> FIELD_ORDER.indexOf(e.getKey().substring(prefix.length()))))
                .map(Map.Entry::getValue)
                .collect(Collectors.joining(chinese ? "" : " ")); // Chinese sentences follow each other without a space
    }
}
