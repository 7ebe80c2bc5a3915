package org.studypath.domain;

import java.util.Locale;

/** A short text in English and Simplified Chinese; either may be blank, and each falls back to the other. */
public record LocalizedText(String en, String zh) {
    public LocalizedText {
        en = en == null ? "" : en;
        zh = zh == null ? "" : zh;
    }

    public static LocalizedText of(String text) {
        return new LocalizedText(text, "");
    }

    /** The text for the locale's language, falling back to the other language when that one is blank. */
    public String in(Locale locale) {
        boolean chinese = locale != null && "zh".equals(locale.getLanguage());
        String preferred = chinese ? zh : en;
        return preferred.isBlank() ? (chinese ? en : zh) : preferred;
    }

    public boolean isBlank() {
        return en.isBlank() && zh.isBlank();
    }
}
