package org.studypath.domain.syllabus;

/**
 * One unit read from a pasted list or a playlist file, before it is a unit of a resource.
 *
 * @param line      where it came from, from 1: the line of the list, or the entry of the playlist
 * @param estimated the minutes are a guess (no time on the line, or counted from pages), shown with ≈
 * @param url       its own link, or empty
 */
public record ParsedUnit(int line, String title, int minutes, boolean estimated, String url) {
    public ParsedUnit {
        url = url == null ? "" : url;
    }
}
