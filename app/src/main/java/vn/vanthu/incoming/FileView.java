package vn.vanthu.incoming;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.signature.Verdict;

/**
 * A file of a document as its page lists it.
 *
 * @param signatures what the check of the file's digital signatures found; empty while it is still being checked
 *     (or for a file that is not a PDF)
 */
public record FileView(UUID id, String fileName, String contentType, long size, @Nullable Verdict signatures) {

    public boolean pdf() {
        return "application/pdf".equals(contentType);
    }
}
