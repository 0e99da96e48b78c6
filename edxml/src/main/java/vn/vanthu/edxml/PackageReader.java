package vn.vanthu.edxml;

import java.util.List;

/**
 * Reads one package from its root down: the envelope's header and manifest, then the attachments. What the
 * parser does not need (the signature, comments, elements of newer versions) is passed over.
 */
final class PackageReader {

    private final XmlCursor cursor;
    private final AttachmentFiles files;
    private HeaderFields header;
    private TraceHeaderList traces = TraceHeaderList.empty();
    private List<ManifestEntry> manifest = List.of();
    private List<AttachmentReader.Encoded> encoded = List.of();

    /**
     * @param files where attachments go, or {@code null} to read the envelope alone and stop after it
     */
    PackageReader(XmlCursor cursor, AttachmentFiles files) {
        this.cursor = cursor;
        this.files = files;
    }

    EdxmlMessage read() {
        String root = cursor.enterRoot();
        if (!root.equals("edXML")) {
            throw new EdxmlException(EdxmlException.Rule.NOT_EDXML, root, "root element <" + root
                    + "> is not <edXML>");
        }
        checkNamespace(root);
        while (cursor.nextChild()) {
            if (cursor.name().equals("edXMLEnvelope")) {
                checkNamespace("edXMLEnvelope");
                envelope();
                if (files == null) {
                    break;
                }
            } else if (cursor.name().equals("AttachmentEncoded") && files != null) {
                encoded = AttachmentReader.read(cursor, files);
            } else {
                cursor.skip();
            }
        }
        return message();
    }

    /**
     * A package may leave its prefixes undeclared (senders do), but one that binds them to another namespace is
     * another vocabulary that happens to use the same names: refused, rather than read as edXML.
     */
    private void checkNamespace(String element) {
        String declared = cursor.declaredNamespace();
        if (declared != null && !declared.equals(EdxmlMessage.NAMESPACE)) {
            throw new EdxmlException(EdxmlException.Rule.NOT_EDXML, element, "namespace " + declared + " is not "
                    + EdxmlMessage.NAMESPACE);
        }
    }

    private void envelope() {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "edXMLHeader" -> edxmlHeader();
                case "edXMLBody" -> {
                    while (cursor.nextChild()) {
                        if (cursor.name().equals("edXMLManifest")) {
                            manifest = ManifestEntry.read(cursor);
                        } else {
                            cursor.skip();
                        }
                    }
                }
                default -> cursor.skip();
            }
        }
    }

    private void edxmlHeader() {
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "MessageHeader" -> header = MessageHeaderReader.read(cursor);
                case "TraceHeaderList" -> traces = TraceHeaderListReader.read(cursor);
                default -> cursor.skip();
            }
        }
    }

    private EdxmlMessage message() {
        if (header == null) {
            throw new EdxmlException(EdxmlException.Rule.NOT_EDXML, "MessageHeader",
                    "missing: no edXMLEnvelope/edXMLHeader/MessageHeader");
        }
        if (header.isStatus()) {
            return header.toStatusMessage();
        }
        List<Attachment> attachments = files == null ? AttachmentJoin.manifestOnly(manifest)
                : AttachmentJoin.join(manifest, encoded);
        return new EdxmlEnvelope(header.toMessageHeader(), traces, attachments);
    }
}
