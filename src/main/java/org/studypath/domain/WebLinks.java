package org.studypath.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** The only links StudyPath stores or opens: absolute http and https URLs with a host. */
public final class WebLinks {
    private WebLinks() {
    }

    public static boolean isWebLink(String text) {
        return parse(text).isPresent();
    }

    public static Optional<URI> parse(String text) {
        if (text == null || text.isBlank() || !text.strip().equals(text)) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isBlank()) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
