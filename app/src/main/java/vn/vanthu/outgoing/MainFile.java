package vn.vanthu.outgoing;

import org.jspecify.annotations.Nullable;

/**
 * A main file ready to become a version: the PDF in storage, and what it was made from (the DOCX, or the text
 * composed in the browser).
 */
record MainFile(String sha256, String fileName, long size, VersionSource source, @Nullable String sourceSha256,
        @Nullable String body) {
}
