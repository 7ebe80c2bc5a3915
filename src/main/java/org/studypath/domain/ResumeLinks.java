package org.studypath.domain;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The link Open follows for a unit with a resume point: a YouTube video starts at the time the learner stopped
 * ({@code t=754s}); every other link, and a page, opens as it is. Only what {@link WebLinks#parse} takes is ever
 * returned, before and after the time is put in, so a resume point never turns a refused link into an opened one.
 */
public final class ResumeLinks {
    /** The hosts that are YouTube: matched whole, so "youtube.com.evil.example" is not one of them. */
    private static final Set<String> WATCH_HOSTS = Set.of("youtube.com", "www.youtube.com", "m.youtube.com");
    private static final String SHORT_HOST = "youtu.be";

    private ResumeLinks() {
    }

    /** The link to open: {@code url} with the resume time when it is a YouTube video, else {@code url}; empty if none. */
    public static Optional<URI> open(String url, ResumePoint point) {
        Optional<URI> link = WebLinks.parse(url);
        if (link.isEmpty() || point == null || point.isPage() || !isVideo(link.get())) {
            return link;
        }
        URI uri = link.get();
        List<String> kept = new ArrayList<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                // the time the link had is replaced; an empty pair ("a=1&&b=2") is dropped
                if (!pair.isEmpty() && !name.equals("t")) {
                    kept.add(pair);
                }
            }
        }
        kept.add("t=" + point.seconds() + "s");
        String rebuilt = uri.getScheme() + "://" + uri.getRawAuthority() + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + "?" + String.join("&", kept) + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
        return WebLinks.parse(rebuilt).or(() -> link);
    }

    /** A YouTube video: youtube.com/watch?v=… (also www. and m.), or youtu.be/…; not a channel or a search. */
    static boolean isVideo(URI uri) {
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null) {
            return false; // "youtube.com@evil.example" is evil.example's, but no video link of YouTube's holds one
        }
        if (host.equals(SHORT_HOST)) {
            String path = uri.getRawPath();
            return path != null && path.length() > 1 && path.indexOf('/', 1) < 0;
        }
        if (!WATCH_HOSTS.contains(host) || !"/watch".equals(uri.getRawPath()) || uri.getRawQuery() == null) {
            return false;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            if (pair.startsWith("v=") && pair.length() > 2) {
                return true;
            }
        }
        return false;
    }
}
