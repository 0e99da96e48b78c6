package vn.vanthu.edxml;

/** Writes a status message's {@code MessageHeader} in the order of the SDK's samples and Bkav's status builder. */
final class StatusWriter {

    private StatusWriter() {
    }

    static void write(XmlOutput out, StatusMessage status) {
        out.start("MessageHeader");
        PartWriters.organization(out, "From", status.from());
        if (status.to() != null) {
            PartWriters.organization(out, "To", status.to());
        }
        PartWriters.responseFor(out, status.responseFor());
        PartWriters.staffInfo(out, status.staffInfo());
        out.leaf("StatusCode", status.statusCode().code())
                .leaf("Description", status.description())
                .leaf("Timestamp", EdxmlDates.format(status.timestamp()))
                .end();
    }
}
