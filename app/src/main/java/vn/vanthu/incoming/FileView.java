package vn.vanthu.incoming;

import java.util.UUID;

/** A file of a document as its page lists it. */
public record FileView(UUID id, String fileName, String contentType, long size) {

    public boolean pdf() {
        return "application/pdf".equals(contentType);
    }
}
