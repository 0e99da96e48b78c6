package vn.vanthu.edxml;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Joins the manifest and the attachments by {@code ContentId}. Senders fill the two unevenly (the SDK's sample
 * gives the description only in the manifest and the type only in the attachment), so each completes the other;
 * the attachment's own details win where both speak.
 */
final class AttachmentJoin {

    private AttachmentJoin() {
    }

    static List<Attachment> join(List<ManifestEntry> manifest, List<AttachmentReader.Encoded> encoded) {
        Map<String, ManifestEntry> listed = byContentId(manifest);
        Set<String> seen = new HashSet<>();
        List<Attachment> attachments = new ArrayList<>();
        for (AttachmentReader.Encoded attachment : encoded) {
            ManifestEntry own = attachment.details();
            if (!seen.add(own.contentId())) {
                throw new EdxmlException(EdxmlException.Rule.DUPLICATE, "Attachment " + own.contentId(),
                        "appears twice");
            }
            ManifestEntry entry = listed.getOrDefault(own.contentId(), own);
            attachments.add(attachment(new ManifestEntry(own.contentId(),
                    first(own.contentType(), entry.contentType()), first(own.attachmentName(), entry.attachmentName()),
                    first(own.description(), entry.description())), attachment.content()));
        }
        for (String contentId : listed.keySet()) {
            if (!seen.contains(contentId)) {
                throw new EdxmlException(EdxmlException.Rule.BROKEN_ATTACHMENT, "Attachment " + contentId,
                        "listed in the manifest, but its content is missing");
            }
        }
        return attachments;
    }

    /** The manifest alone, for a package whose attachments are not read. */
    static List<Attachment> manifestOnly(List<ManifestEntry> manifest) {
        return byContentId(manifest).values().stream().map(entry -> attachment(entry, null)).toList();
    }

    private static Map<String, ManifestEntry> byContentId(List<ManifestEntry> manifest) {
        Map<String, ManifestEntry> entries = new LinkedHashMap<>();
        for (ManifestEntry entry : manifest) {
            if (entries.put(entry.contentId(), entry) != null) {
                throw new EdxmlException(EdxmlException.Rule.DUPLICATE, "edXMLManifest/Reference " + entry.contentId(),
                        "appears twice");
            }
        }
        return entries;
    }

    private static Attachment attachment(ManifestEntry details, FileContent content) {
        if (details.attachmentName() == null) {
            throw new EdxmlException(EdxmlException.Rule.MISSING,
                    "Attachment " + details.contentId() + "/AttachmentName", "missing");
        }
        return new Attachment(details.contentId(), details.contentType(), details.attachmentName(),
                details.description(), content);
    }

    private static String first(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }
}
