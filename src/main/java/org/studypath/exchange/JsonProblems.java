package org.studypath.exchange;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.CharConversionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.studypath.domain.Notice;
import org.studypath.domain.SafeText;

/**
 * What is wrong with a file that is not valid JSON, in the learner's words. Jackson's own messages speak its
 * language ({@code VALUE_STRING}, {@code JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS}, {@code [Source: REDACTED …]})
 * and quote the file's bytes as they are, so they are never shown: each known kind of problem becomes a sentence of
 * ours, and anything else just "it is not valid JSON". Jackson's words are matched here and nowhere else, so an
 * upgrade that rewords them only ever makes a message vaguer, never leaks one.
 */
public final class JsonProblems {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern CODE = Pattern.compile("code (\\d+)");
    private static final Pattern UNEXPECTED = Pattern.compile("^Unexpected character \\('(.+?)' \\(code (\\d+)\\)\\)");

    private JsonProblems() {
    }

    /** The sentence for {@code e}, without where it is (see {@link #line} and {@link #column}). */
    public static Notice describe(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            if (message.contains("nesting depth")) {
                return Notice.of("json.tooDeep");
            }
            if (message.contains("Number value length")) {
                return Notice.of("json.numberTooLong");
            }
            if (message.contains("String value length")) {
                return Notice.of("json.textTooLong");
            }
            if (message.contains("Name length")) {
                return Notice.of("json.nameTooLong");
            }
            return Notice.of("json.tooBig");
        }
        if (message.startsWith("Duplicate field")) {
            return Notice.of("json.duplicateField", quoted(message));
        }
        if (message.contains("end-of-input")) {
            return Notice.of("json.truncated");
        }
        if (message.startsWith("Non-standard token")) {
            return Notice.of("json.notANumber", quoted(message));
        }
        if (message.startsWith("Unrecognized token")) {
            return Notice.of("json.unknownWord", quoted(message));
        }
        if (message.startsWith("Illegal unquoted character")) {
            return Notice.of("json.controlInText", character(code(message)));
        }
        if (message.startsWith("Illegal character")) {
            return Notice.of("json.controlOutside", character(code(message)));
        }
        if (message.startsWith("Unrecognized character escape") || message.contains("character escape sequence")) {
            return Notice.of("json.badEscape");
        }
        if (message.contains("numeric value") || message.contains("Leading zeroes") || message.contains("Numeric value")) {
            return Notice.of("json.badNumber");
        }
        if (message.startsWith("Unexpected close marker")) {
            return Notice.of("json.unbalanced");
        }
        if (message.startsWith("Invalid UTF-8") || message.contains("UTF-32") || message.contains("surrogate")) {
            return Notice.of("json.notUtf8");
        }
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.find()) {
            return Notice.of("json.unexpectedCharacter", character(unexpected.group(2)));
        }
        return Notice.of("json.invalid");
    }

    /** The sentence for a failure to decode the file's bytes as text. */
    public static Notice describe(CharConversionException e) {
        return Notice.of("json.notUtf8");
    }

    /** The problem's line (from 1), or -1 when Jackson does not know it. */
    public static int line(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1 ? -1 : location.getLineNr();
    }

    /** The problem's column (from 1), or -1 when Jackson does not know it. */
    public static int column(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        return location == null || location.getColumnNr() < 1 ? -1 : location.getColumnNr();
    }

    private static String character(String code) {
        try {
            int cp = Integer.parseInt(code);
            return Character.isValidCodePoint(cp) ? Character.toString(cp) : "?";
        } catch (NumberFormatException e) {
            return "?";
        }
    }

    private static String quoted(String message) {
        Matcher m = QUOTED.matcher(message);
        return m.find() ? SafeText.quote(m.group(1)) : "";
    }

    private static String code(String message) {
        Matcher m = CODE.matcher(message);
        return m.find() ? m.group(1) : "";
    }
}
