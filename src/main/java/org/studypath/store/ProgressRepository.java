package org.studypath.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.studypath.domain.progress.NoteTexts;
import org.studypath.domain.progress.PaceEstimate;
import org.studypath.domain.progress.TimeLog;
import org.studypath.domain.progress.UnitState;

/** Progress on units, the time logged on them, and notes. Every change is committed before the method returns. */
public interface ProgressRepository {
    /**
     * Sets the status of each unit, all in one transaction, and returns the states the units had before, in the
     * same order (what an undo restores). Unknown unit ids fail the whole change.
     */
    List<UnitState> setStates(List<UnitState> states);

    List<UnitState> states(List<Long> unitIds);

    /** Logs minutes on a unit and returns the log's id. */
    long logTime(long unitId, LocalDate day, int minutes);

    void deleteLog(long logId);

    /** Puts a deleted log back with its own id (what undoing a deletion does). */
    void restoreLog(TimeLog log);

    /** The time logged on a unit, newest first. */
    List<TimeLog> logs(long unitId);

    /** The unit's note, or "" when it has none. */
    String unitNote(long unitId);

    /** Saves a unit's note; blank text removes it. The note becomes searchable with its resource. */
    void saveUnitNote(long unitId, String text);

    String resourceNote(long resourceId);

    void saveResourceNote(long resourceId, String text);

    /** Every note as written, by unit id and by resource id (notes of retired units too: a note stays the learner's). */
    NoteTexts notes();

    /** Every resource with a note (its own or a unit's), with what the notes export writes, in catalog order. */
    List<org.studypath.domain.report.ResourceNotes> notedResources();

    /** Study minutes per day over all units: logged minutes, plus the estimate of units finished without a log. */
    Map<LocalDate, Integer> dailyActivity();

    /** Finished units with time logged on them: their type, estimate and the minutes logged. */
    List<PaceEstimate.UnitActual> actuals();
}
