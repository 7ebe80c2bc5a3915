package org.studypath.exchange.plan;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Folds iCalendar content lines as RFC 5545 §3.1 says: no line longer than 75 octets of UTF-8, excluding the CRLF;
 * a longer line continues on the next after CRLF and one space. Never splits a character (nor a surrogate pair).
 */
final class OctetFoldingWriter extends FilterWriter {
    static final int MAX_OCTETS = 75;
    private int octets;
    private char pendingHigh;

    OctetFoldingWriter(Writer out) {
        super(out);
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (Character.isHighSurrogate(ch)) {
            pendingHigh = ch;
            return;
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            emit(4, high, ch);
            return;
        }
        if (ch == '\r' || ch == '\n') {
            out.write(ch);
            octets = 0;
            return;
        }
        emit(ch < 0x80 ? 1 : ch < 0x800 ? 2 : 3, ch, (char) 0);
    }

    private void emit(int size, char first, char second) throws IOException {
        if (octets + size > MAX_OCTETS) {
            out.write("\r\n ");
            octets = 1;
        }
        out.write(first);
        if (second != 0) {
            out.write(second);
        }
        octets += size;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(buffer[i]);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(text.charAt(i));
        }
    }
}
