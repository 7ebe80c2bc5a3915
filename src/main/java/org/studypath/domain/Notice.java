package org.studypath.domain;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something the domain has to tell the learner (a plan that cannot be made, a prerequisite out of order, a duration
 * it cannot read), kept as a key and its arguments so the UI can say it in the learner's language. The sentences
 * are in {@code org/studypath/domain/notices.properties} (English) and {@code notices_zh.properties}; exports and
 * the command line use the English one ({@link #toString()}).
 *
 * <p>An argument may itself be a notice (the reason inside "Database change failed and was rolled back: {0}"); it is
 * said in the same language as the sentence around it. A {@code null} argument reads "null", as in string
 * concatenation.
 */
public record Notice(String key, List<Object> args) {
    public static final String BUNDLE = "org.studypath.domain.notices";
    /** The key of a notice that is only its one argument, said as it is: {@link #text(String)}. */
    public static final String TEXT = "text";

    public Notice {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, Arrays.asList(args));
    }

    /**
     * Text that has no translation (what SQLite or the operating system said, say), kept as it is in every language,
     * where a notice is expected.
     */
    public static Notice text(String text) {
        return of(TEXT, String.valueOf(text));
    }

    /**
     * What {@code failure} says: the notice it carries, else its message as it is ({@link #text}), else its kind.
     * The English of the result is always the failure's message.
     */
    public static Notice reasonOf(Throwable failure) {
        if (failure instanceof Carrier carrier && carrier.notice() != null) {
            return carrier.notice();
        }
        return text(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
    }

    /** The sentence in {@code locale}'s language (Chinese for any {@code zh} locale, English otherwise). */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Notice.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Object[] values = args.stream().map(arg -> shown(arg, locale)).toArray();
        return new MessageFormat(bundle.getString(key), locale).format(values);
    }

    /**
     * An argument as the sentence shows it: a nested notice in the same language, a number as it is (for the
     * sentence's number formats), anything else as text with what a terminal would obey escaped and cut short
     * ({@link SafeText#visible}), since arguments are where a file's text and a library's words come in.
     */
    private static Object shown(Object arg, Locale locale) {
        if (arg instanceof Notice nested) {
            return nested.in(locale);
        }
        if (arg == null || arg instanceof Number || arg instanceof java.util.Date) {
            return arg;
        }
        return SafeText.visible(arg.toString(), SafeText.ARGUMENT_LIMIT);
    }

    /** The English sentence. */
    @Override
    public String toString() {
        return in(Locale.UK);
    }

    /** Something that carries a notice (an exception, say), so the UI can say it in the learner's language. */
    public interface Carrier {
        Notice notice();
    }

    /** Input the domain refuses, with the reason as a notice; its message is the English sentence. */
    public static final class Refused extends IllegalArgumentException implements Carrier {
        private static final long serialVersionUID = 1L;
        private final transient Notice notice;

        public Refused(Notice notice) {
            super(notice.toString());
            this.notice = notice;
        }

        @Override
        public Notice notice() {
            return notice;
        }
    }
}
