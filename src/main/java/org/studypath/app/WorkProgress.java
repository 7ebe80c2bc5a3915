package org.studypath.app;

/** How long work reports how far it got and learns that the user cancelled it. Called from the worker thread. */
public interface WorkProgress {
    WorkProgress NONE = new WorkProgress() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void progress(long done, long total);

    boolean cancelled();
}
