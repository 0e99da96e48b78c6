package vn.vanthu.edxml;

import java.io.OutputStream;

/**
 * Writes a whole message in the government SDK's layout: the {@code edXML} root in the default namespace, the
 * envelope and its elements with the {@code edXML:} prefix, and for a document package the attachments after
 * the envelope. Optionally leaves a slot for the signature at the end of {@code edXMLHeader}, where the SDK puts
 * it.
 */
final class PackageWriter {

    private PackageWriter() {
    }

    /**
     * Writes {@code message}.
     *
     * @return the byte offset of the signature slot, or -1 without one
     */
    static long write(EdxmlMessage message, OutputStream target, boolean signatureSlot) {
        XmlOutput out = XmlOutput.document(target);
        out.startPlain("edXML").declareDefault(EdxmlMessage.NAMESPACE);
        out.start("edXMLEnvelope").declarePrefix();
        out.start("edXMLHeader");
        if (message instanceof EdxmlEnvelope envelope) {
            MessageHeaderWriter.write(out, envelope.messageHeader());
            TraceHeaderListWriter.write(out, envelope.traceHeaderList());
        } else {
            StatusWriter.write(out, (StatusMessage) message);
        }
        long slot = signatureSlot ? out.slot() : -1;
        out.end();
        if (message instanceof EdxmlEnvelope envelope) {
            AttachmentWriter.manifest(out, envelope.attachments());
            out.end();
            AttachmentWriter.attachments(out, envelope.attachments());
        }
        out.finish();
        return slot;
    }
}
