package org.studypath.domain;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something the domain has to tell the learner (a plan that cannot be made, a prerequisite out of order, a duration
 * it cannot read), kept as a key and its arguments so the UI can say it in the learner's language. The sentences
 * are in {@code org/studypath/domain/notices.properties} (English) and {@code notices_zh.properties}; exports and
 * the command line use the English one ({@link #toString()}).
 */
public record Notice(String key, List<Object> args) {
    public static final String BUNDLE = "org.studypath.domain.notices";

    public Notice {
        args = List.copyOf(args);
    }

    public static Notice of(String key, Object... args) {
        return new Notice(key, Arrays.asList(args));
    }

    /** The sentence in {@code locale}'s language (Chinese for any {@code zh} locale, English otherwise). */
    public String in(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Notice.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args.toArray());
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
