package vn.vanthu.edxml;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Decodes base64 text chunk by chunk straight into a stream, so an attachment of any size needs a few kilobytes of
 * memory. Strict where the JDK's MIME decoder is lenient: whitespace is allowed between characters, anything else
 * outside the alphabet is broken content and named with its position, not silently dropped.
 */
final class Base64Decoder implements XmlCursor.TextSink {

    private static final int[] VALUES = new int[128];

    static {
        Arrays.fill(VALUES, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = i;
        }
    }

    private final OutputStream out;
    private final String where;
    private final byte[] buffer = new byte[8192];
    private int buffered;
    private int quantum;
    private int quantumChars;
    private int padding;
    private long position;
    private long decoded;

    Base64Decoder(OutputStream out, String where) {
        this.out = out;
        this.where = where;
    }

    @Override
    public void accept(char[] chars, int start, int length) {
        for (int i = start; i < start + length; i++, position++) {
            char c = chars[i];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
                continue;
            }
            if (c == '=') {
                pad();
            } else {
                add(c);
            }
        }
    }

    private void pad() {
        if (quantumChars + padding < 2) {
            throw broken("'=' at character " + position + " where data is expected");
        }
        if (++padding + quantumChars > 4) {
            throw broken("too much padding at character " + position);
        }
    }

    private void add(char c) {
        int value = c < 128 ? VALUES[c] : -1;
        if (value < 0) {
            throw broken("'" + c + "' at character " + position + " is not base64");
        }
        if (padding > 0) {
            throw broken("data after the padding at character " + position);
        }
        quantum = quantum << 6 | value;
        if (++quantumChars == 4) {
            emit(3);
            quantum = 0;
            quantumChars = 0;
        }
    }

    /** Writes out what is left; the attachment's size in bytes. */
    long finish() {
        if (quantumChars == 1) {
            throw broken("ends in the middle of a byte after " + position + " characters");
        }
        if (quantumChars > 1) {
            quantum <<= 6 * (4 - quantumChars);
            emit(quantumChars - 1);
        }
        flush();
        return decoded;
    }

    private void emit(int bytes) {
        if (buffered + 3 > buffer.length) {
            flush();
        }
        for (int shift = 16, n = 0; n < bytes; shift -= 8, n++) {
            buffer[buffered++] = (byte) (quantum >> shift);
        }
        decoded += bytes;
    }

    private void flush() {
        try {
            out.write(buffer, 0, buffered);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        buffered = 0;
    }

    private EdxmlException broken(String detail) {
        return new EdxmlException(EdxmlException.Rule.BROKEN_BASE64, where, "broken base64: " + detail);
    }
}
