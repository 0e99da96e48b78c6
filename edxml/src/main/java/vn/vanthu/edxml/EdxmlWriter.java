package vn.vanthu.edxml;

import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes packages and status messages as the government SDK writes them, so that every system on the national
 * hub reads them: namespace {@value EdxmlMessage#NAMESPACE}, the SDK's element order and layout, dates
 * {@code yyyy/MM/dd}, timestamps {@code yyyy/MM/dd HH:mm:ss}, attachments base64 after the envelope. Attachments
 * are streamed from their {@link AttachmentContent}, never held whole.
 *
 * <p>A signed package carries an enveloped XML signature over the whole package (attachments included) inside
 * {@code edXMLHeader}, after {@code TraceHeaderList}, where the SDK puts it: RSA or ECDSA with SHA-256, the
 * certificate chain in {@code KeyInfo/X509Data}. {@link EdxmlSignatureValidator} checks it, and so can any
 * standard XML Signature implementation. Instances are immutable and thread-safe.
 */
public final class EdxmlWriter {

    private final Path workDirectory;

    /** Signing works in the system's temporary directory. */
    public EdxmlWriter() {
        this(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /**
     * @param workDirectory where signing keeps the unsigned package while it computes the digest
     */
    public EdxmlWriter(Path workDirectory) {
        Check.required(workDirectory, "workDirectory");
        this.workDirectory = workDirectory;
    }

    /**
     * Writes {@code message} unsigned.
     *
     * @param out receives the package; flushed, not closed
     * @throws EdxmlException when a text cannot be written in XML (a control character, say)
     * @throws java.io.UncheckedIOException when writing or reading an attachment fails
     */
    public void write(EdxmlMessage message, OutputStream out) {
        Check.required(message, "message");
        PackageWriter.write(message, out, false);
    }

    /**
     * Writes {@code message} signed with {@code key}.
     *
     * @param out receives the package; flushed, not closed
     * @throws EdxmlException when a text cannot be written in XML or the key cannot sign
     * @throws java.io.UncheckedIOException when writing, reading an attachment or the work file fails
     */
    public void write(EdxmlMessage message, SigningKey key, OutputStream out) {
        Check.required(message, "message");
        Check.required(key, "key");
        PackageSigner.write(message, key, out, workDirectory);
    }
}
