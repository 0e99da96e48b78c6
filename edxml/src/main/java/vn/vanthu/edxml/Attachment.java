package vn.vanthu.edxml;

import java.util.UUID;

/**
 * One file of a package: its manifest entry ({@code edXMLManifest/Reference}) and its content
 * ({@code AttachmentEncoded/Attachment}), joined by {@code ContentId}.
 *
 * @param contentId the id joining manifest and content, by the SDK's convention {@code cid:<uuid>}; required
 * @param contentType the MIME type (the SDK sends PDF and Word types as such, anything else zipped); or
 *     {@code null}
 * @param attachmentName the file name; required
 * @param description a description, or {@code null}
 * @param content the bytes; {@code null} only where {@link EdxmlParser#parseHeader} read the manifest alone
 */
public record Attachment(String contentId, String contentType, String attachmentName, String description,
                         AttachmentContent content) {

    public Attachment {
        Check.required(contentId, "ContentId");
        Check.required(attachmentName, "AttachmentName");
    }

    /** A file with a fresh content id, as the government SDK makes them. */
    public static Attachment of(String attachmentName, String contentType, String description,
                                AttachmentContent content) {
        Check.required(content, "content");
        return new Attachment("cid:" + UUID.randomUUID(), contentType, attachmentName, description, content);
    }
}
