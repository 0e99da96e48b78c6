package vn.vanthu.edxml;

import java.util.ArrayList;
import java.util.List;

/** One {@code edXMLManifest/Reference}: what the envelope says about a file that travels after it. */
record ManifestEntry(String contentId, String contentType, String attachmentName, String description) {

    static List<ManifestEntry> read(XmlCursor cursor) {
        List<ManifestEntry> entries = new ArrayList<>();
        while (cursor.nextChild()) {
            if (!cursor.name().equals("Reference")) {
                cursor.skip();
                continue;
            }
            Fields fields = Fields.read(cursor);
            entries.add(new ManifestEntry(fields.required("ContentId"), fields.text("ContentType"),
                    fields.text("AttachmentName"), fields.text("Description")));
        }
        return entries;
    }
}
