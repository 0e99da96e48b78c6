package vn.vanthu.edxml;

import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Pseudo-random bytes of a given length, made as they are read, and their SHA-256 once read to the end. */
final class GeneratedContent extends InputStream {

    private final long length;
    private final MessageDigest digest;
    private long position;
    private long state = 0x9E3779B97F4A7C15L;

    GeneratedContent(long length) {
        this.length = length;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] buffer, int offset, int count) {
        if (position >= length) {
            return -1;
        }
        int n = (int) Math.min(count, length - position);
        for (int i = 0; i < n; i++) {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            buffer[offset + i] = (byte) state;
        }
        digest.update(buffer, offset, n);
        position += n;
        return n;
    }

    byte[] sha256() {
        return digest.digest();
    }
}
