package vn.vanthu.edxml;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code AttachmentEncoded}: each {@code Attachment}'s details, and its base64 content decoded on the fly
 * into a file of its own.
 */
final class AttachmentReader {

    private AttachmentReader() {
    }

    /** One {@code Attachment}: its details as it gives them, which the manifest may complete, and its bytes. */
    record Encoded(ManifestEntry details, FileContent content) {
    }

    static List<Encoded> read(XmlCursor cursor, AttachmentFiles files) {
        List<Encoded> attachments = new ArrayList<>();
        while (cursor.nextChild()) {
            if (cursor.name().equals("Attachment")) {
                attachments.add(attachment(cursor, files, attachments.size() + 1));
            } else {
                cursor.skip();
            }
        }
        return attachments;
    }

    private static Encoded attachment(XmlCursor cursor, AttachmentFiles files, int number) {
        String contentId = null;
        String name = null;
        String description = null;
        String contentType = null;
        FileContent content = null;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "ContentId" -> contentId = cursor.text();
                case "AttachmentName" -> name = cursor.text();
                case "Description" -> description = cursor.text();
                case "ContentType" -> contentType = cursor.text();
                case "ContentTransferEncoded" -> content = decode(cursor, files,
                        "Attachment " + (contentId != null ? contentId : "#" + number));
                default -> cursor.skip();
            }
        }
        String where = "Attachment " + (contentId != null ? contentId : "#" + number);
        if (contentId == null) {
            throw new EdxmlException(EdxmlException.Rule.MISSING, where + "/ContentId", "missing");
        }
        if (content == null) {
            throw new EdxmlException(EdxmlException.Rule.MISSING, where + "/ContentTransferEncoded", "missing");
        }
        return new Encoded(new ManifestEntry(contentId, contentType, name, description), content);
    }

    private static FileContent decode(XmlCursor cursor, AttachmentFiles files, String where) {
        Path file = files.create();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            Base64Decoder decoder = new Base64Decoder(out, where);
            cursor.streamText(decoder);
            return new FileContent(file, decoder.finish());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
