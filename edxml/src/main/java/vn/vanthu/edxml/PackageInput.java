package vn.vanthu.edxml;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The bytes of a package as the XML reader gets them: cut off at the size limit, and starting at the first
 * {@code <}. Some systems put stray characters before the XML declaration (the government SDK's own sample starts
 * with {@code 1212}); a strict XML parser refuses that, a receiver should not.
 */
final class PackageInput extends FilterInputStream {

    /** How far to look for the first {@code <}. */
    static final int MAX_LEADING_JUNK = 1024;

    private final long limit;
    private long count;

    private PackageInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    /** The package from its first {@code <}, failing with {@link PackageTooLarge} past {@code limit} bytes. */
    static InputStream open(InputStream raw, long limit) {
        InputStream limited = new BufferedInputStream(new PackageInput(raw, limit), 64 * 1024);
        try {
            skipLeadingJunk(limited);
        } catch (PackageTooLarge e) {
            throw e.asEdxmlException();
        } catch (IOException e) {
            throw new EdxmlException(EdxmlException.Rule.NOT_XML, "package", "unreadable: " + e.getMessage(), e);
        }
        return limited;
    }

    private static void skipLeadingJunk(InputStream in) throws IOException {
        in.mark(MAX_LEADING_JUNK + 1);
        for (int i = 0; i <= MAX_LEADING_JUNK; i++) {
            int b = in.read();
            if (b == '<') {
                in.reset();
                in.skipNBytes(i);
                return;
            }
            if (b < 0) {
                break;
            }
        }
        throw new EdxmlException(EdxmlException.Rule.NOT_XML, "package",
                "no XML in the first " + MAX_LEADING_JUNK + " bytes");
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // counted like a read: the wrapped stream's own skip would pass the limit unseen
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    private void counted(int n) throws PackageTooLarge {
        count += n;
        if (count > limit) {
            throw new PackageTooLarge(limit);
        }
    }

    /** Thrown through the XML reader, which only passes on IOExceptions, and turned into a named error after it. */
    static final class PackageTooLarge extends IOException {

        private final long limit;

        PackageTooLarge(long limit) {
            super("larger than " + limit + " bytes");
            this.limit = limit;
        }

        EdxmlException asEdxmlException() {
            return new EdxmlException(EdxmlException.Rule.TOO_LARGE, "package",
                    "larger than the limit of " + limit + " bytes");
        }
    }
}
