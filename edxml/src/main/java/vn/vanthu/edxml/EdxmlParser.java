package vn.vanthu.edxml;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads edXML packages that other systems wrote, safely and in little memory. A package comes from outside, so
 * the parser refuses DTDs and entities (XXE, billion laughs), bounds size, nesting and text, and streams each
 * attachment through a base64 decoder into a file of its own: a 200 MB package reads in a 64 MB heap. It is
 * forgiving where real senders are careless (stray bytes before the XML declaration, undeclared prefixes,
 * elements in any order, empty elements for absent ones) and strict where a mistake would change the meaning
 * (dates, numbers, status codes, base64). Whatever it refuses, it says why in an {@link EdxmlException}.
 *
 * <p>Text values are trimmed, and an element that is empty, or whose values are all empty, reads as absent.
 * Decoded attachments are {@link FileContent}s in the attachment directory; they belong to the caller, who moves
 * or deletes them. When a parse fails, the files it made are deleted. Instances are immutable and thread-safe.
 */
public final class EdxmlParser {

    private final ParserLimits limits;
    private final Path attachmentDirectory;

    /** The default limits; attachments go to the system's temporary directory. */
    public EdxmlParser() {
        this(ParserLimits.DEFAULT, Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param limits how much a package may ask
     * @param attachmentDirectory where decoded attachments go; created when missing
     */
    public EdxmlParser(ParserLimits limits, Path attachmentDirectory) {
        Check.required(limits, "limits");
        Check.required(attachmentDirectory, "attachmentDirectory");
        this.limits = limits;
        this.attachmentDirectory = attachmentDirectory;
    }

    /**
     * Reads a package, document or status, with its attachments.
     *
     * @param in the package's bytes; read to the end, not closed
     * @throws EdxmlException when the package breaks a rule
     * @throws java.io.UncheckedIOException when reading {@code in} or writing an attachment file fails
     */
    public EdxmlMessage parse(InputStream in) {
        AttachmentFiles files = new AttachmentFiles(attachmentDirectory);
        try {
            return new PackageReader(cursor(in), files).read();
        } catch (RuntimeException e) {
            files.deleteAll();
            throw e;
        }
    }

    /** Reads a document package with its attachments; a status message is an error here. */
    public EdxmlEnvelope parseEnvelope(InputStream in) {
        return expect(EdxmlEnvelope.class, parse(in));
    }

    /** Reads a status message; a document package is an error here. */
    public StatusMessage parseStatus(InputStream in) {
        return expect(StatusMessage.class, parse(in));
    }

    /**
     * Reads the envelope alone, stopping before the attachments, whose details come from the manifest and whose
     * content is {@code null}. For routing, and for answering a package whose attachments are broken with a
     * refusal (status 02): that needs the sender and the document id, which a full parse would not return.
     */
    public EdxmlMessage parseHeader(InputStream in) {
        return new PackageReader(cursor(in), null).read();
    }

    private XmlCursor cursor(InputStream in) {
        InputStream input = PackageInput.open(in, limits.maxPackageBytes());
        GuardedReader reader = new GuardedReader(XmlReaders.open(input, false), limits.maxDepth());
        return new XmlCursor(reader, limits.maxTextChars());
    }

    private static <T extends EdxmlMessage> T expect(Class<T> type, EdxmlMessage message) {
        if (type.isInstance(message)) {
            return type.cast(message);
        }
        if (message instanceof EdxmlEnvelope envelope) {
            for (Attachment attachment : envelope.attachments()) {
                if (attachment.content() instanceof FileContent file) {
                    file.file().toFile().delete();
                }
            }
        }
        String found = message instanceof StatusMessage ? "a status message" : "a document package";
        throw new EdxmlException(EdxmlException.Rule.NOT_EDXML, "MessageHeader",
                "expected " + (type == StatusMessage.class ? "a status message" : "a document package")
                        + ", found " + found);
    }
}
