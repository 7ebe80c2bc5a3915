package org.studypath.domain.backup;

/** Something that can play a backup into a sink: a backup file being read, or the store being dumped. */
@FunctionalInterface
public interface BackupSource {
    void playInto(BackupSink sink) throws Exception;
}
