package vn.vanthu.edxml;

import static java.util.Map.entry;

import java.util.Map;

/**
 * Reads a {@code MessageHeader}, of a document package or a status message, in whatever order its elements come.
 * Elements this version does not know are passed over, so a package from a newer system still reads.
 */
final class MessageHeaderReader {

    /** Reads one element into the header. */
    private interface Part {
        void read(XmlCursor cursor, HeaderFields header);
    }

    /** The elements that appear once at most, and how each is read. */
    private static final Map<String, Part> SINGLE = Map.ofEntries(
            entry("From", (cursor, header) -> header.from = PartReaders.organization(cursor)),
            entry("DocumentId", (cursor, header) -> header.documentId = cursor.text()),
            entry("Code", (cursor, header) -> header.code = code(cursor)),
            entry("PromulgationInfo", (cursor, header) -> header.promulgationInfo = promulgationInfo(cursor)),
            entry("DocumentType", (cursor, header) -> header.documentType = documentType(cursor)),
            entry("Subject", (cursor, header) -> header.subject = cursor.text()),
            entry("Content", (cursor, header) -> header.content = cursor.text()),
            entry("SignerInfo", (cursor, header) -> header.signerInfo = signerInfo(cursor)),
            entry("DueDate", (cursor, header) -> header.dueDate = cursor.date()),
            entry("ToPlaces", (cursor, header) -> header.toPlaces = cursor.texts("Place")),
            entry("OtherInfo", (cursor, header) -> header.otherInfo = OtherInfoReader.read(cursor)),
            entry("SteeringType", (cursor, header) -> header.steeringType = cursor.integer()),
            entry("StaffInfo", (cursor, header) -> header.staffInfo = PartReaders.staffInfo(cursor)),
            entry("StatusCode", (cursor, header) -> header.statusCode = cursor.text()),
            entry("Description", (cursor, header) -> header.description = cursor.text()),
            entry("Timestamp", (cursor, header) -> header.timestamp = cursor.timestamp()));

    private MessageHeaderReader() {
    }

    static HeaderFields read(XmlCursor cursor) {
        HeaderFields header = new HeaderFields();
        while (cursor.nextChild()) {
            String name = cursor.name();
            if (name.equals("To")) {
                header.to.add(PartReaders.organization(cursor));
            } else if (name.equals("ResponseFor")) {
                ResponseFor answered = PartReaders.responseFor(cursor);
                if (answered != null) {
                    header.responseFor.add(answered);
                }
            } else if (SINGLE.containsKey(name)) {
                header.once(cursor);
                SINGLE.get(name).read(cursor, header);
            } else {
                cursor.skip();
            }
        }
        return header;
    }

    private static Code code(XmlCursor cursor) {
        Fields fields = Fields.read(cursor);
        return fields.isEmpty() ? null : new Code(fields.text("CodeNumber"), fields.text("CodeNotation"));
    }

    private static PromulgationInfo promulgationInfo(XmlCursor cursor) {
        Fields fields = Fields.read(cursor);
        return fields.isEmpty() ? null
                : new PromulgationInfo(fields.text("Place"), fields.date("PromulgationDate"));
    }

    private static DocumentType documentType(XmlCursor cursor) {
        Fields fields = Fields.read(cursor);
        return fields.isEmpty() ? null
                : new DocumentType(fields.integer("Type"), fields.integer("TypeDetail"), fields.text("TypeName"));
    }

    private static SignerInfo signerInfo(XmlCursor cursor) {
        Fields fields = Fields.read(cursor);
        return fields.isEmpty() ? null
                : new SignerInfo(fields.text("Competence"), fields.text("Position"), fields.text("FullName"));
    }
}
