package org.studypath.domain.pathfile;

import java.time.LocalDate;
import java.util.List;

/**
 * What importing a path file does (or, in a preview, would do): the path it makes and under which name, which of
 * its resources are new and which the catalog already has (with the reason, as for catalog packs), and what of the
 * sender's progress, notes and time logs it adds and leaves out because the learner already has their own.
 *
 * @param requested     what the file holds beyond the path ({@link PathFile#includes()})
 * @param applied       what was (or would be) taken of it: what the file holds and the learner agreed to
 * @param renamed       true when the file's name was taken and {@code pathName} is a new one ("Name (2)")
 * @param resourcesNew  titles of the resources added to the catalog
 * @param resourcesKnown "title — why" for each resource the catalog already has, which the path uses instead
 * @param units         units in the path
 * @param unitsNew      units added to the catalog with the new resources
 */
public record PathImport(String fileName, String pathName, boolean renamed, String nameInFile, LocalDate start,
                         PathFile.Includes requested, PathFile.Includes applied, List<String> resourcesNew,
                         List<String> resourcesKnown, int units, int unitsNew, Counts progress, Counts notes,
                         Counts logs, Counts prerequisites) {
    public PathImport {
        resourcesNew = List.copyOf(resourcesNew);
        resourcesKnown = List.copyOf(resourcesKnown);
    }

    /**
     * Of what the file has of one kind: how many are (or would be) added, and how many are left out because the
     * learner already has their own there (their ticks, notes, logs and prerequisites are never replaced), or could
     * not be placed (a unit the learner's copy of a resource does not have).
     */
    public record Counts(int added, int kept, int unplaced) {
        public static final Counts NONE = new Counts(0, 0, 0);

        public int inFile() {
            return added + kept + unplaced;
        }
    }

    public int resources() {
        return resourcesNew.size() + resourcesKnown.size();
    }
}
