package org.studypath.ui.common;

import java.net.URI;

/** Opens a web link in the system browser. Callers pass only http and https links (see WebLinks). */
@FunctionalInterface
public interface LinkOpener {
    void open(URI link);
}
