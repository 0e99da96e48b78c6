package vn.vanthu.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

/**
 * Writes the manifest and the attachments. Content is read from its source in blocks and base64-encoded block by
 * block on one line, as the SDK's Guava encoder writes it, so no attachment is ever held whole in memory.
 */
final class AttachmentWriter {

    /** A multiple of 3, so that blocks encode without padding until the last. */
    private static final int BLOCK = 3 * 16 * 1024;

    private AttachmentWriter() {
    }

    static void manifest(XmlOutput out, List<Attachment> attachments) {
        out.start("edXMLBody").start("edXMLManifest").attribute("version", "1.0");
        for (Attachment attachment : attachments) {
            out.start("Reference")
                    .leaf("ContentId", attachment.contentId())
                    .leaf("ContentType", attachment.contentType())
                    .leaf("Description", attachment.description())
                    .leaf("AttachmentName", attachment.attachmentName())
                    .end();
        }
        out.end().end();
    }

    static void attachments(XmlOutput out, List<Attachment> attachments) {
        if (attachments.isEmpty()) {
            return;
        }
        out.startPlain("AttachmentEncoded");
        for (Attachment attachment : attachments) {
            out.startPlain("Attachment")
                    .leafPlain("ContentId", attachment.contentId())
                    .leafPlain("AttachmentName", attachment.attachmentName())
                    .leafPlain("Description", attachment.description())
                    .leafPlain("ContentType", attachment.contentType())
                    .start("ContentTransferEncoded").declarePrefix();
            content(out, attachment);
            out.end().end();
        }
        out.end();
    }

    private static void content(XmlOutput out, Attachment attachment) {
        if (attachment.content() == null) {
            throw new EdxmlException(EdxmlException.Rule.MISSING, "Attachment " + attachment.contentId(),
                    "no content to write");
        }
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] block = new byte[BLOCK];
        byte[] encoded = new byte[BLOCK / 3 * 4];
        char[] chars = new char[encoded.length];
        try (InputStream in = attachment.content().open()) {
            int read;
            while ((read = in.readNBytes(block, 0, BLOCK)) > 0) {
                int length = encoder.encode(read == BLOCK ? block : Arrays.copyOf(block, read), encoded);
                for (int i = 0; i < length; i++) {
                    chars[i] = (char) encoded[i];
                }
                out.plainCharacters(chars, length);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading attachment " + attachment.contentId(), e);
        }
    }
}
