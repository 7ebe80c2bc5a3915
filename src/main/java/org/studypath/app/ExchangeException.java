package org.studypath.app;

/** An export or import that could not be done; the message is one line for the user, naming the cause. */
public class ExchangeException extends Exception {
    public ExchangeException(String message) {
        super(message);
    }

    public ExchangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
