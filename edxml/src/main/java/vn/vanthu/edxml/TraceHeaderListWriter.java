package vn.vanthu.edxml;

/** Writes {@code TraceHeaderList}, spelling the business elements as the standard does ({@code Bussiness}). */
final class TraceHeaderListWriter {

    private TraceHeaderListWriter() {
    }

    static void write(XmlOutput out, TraceHeaderList traces) {
        if (traces.isEmpty()) {
            return;
        }
        out.start("TraceHeaderList");
        for (TraceHeader hop : traces.traceHeaders()) {
            out.start("TraceHeader")
                    .leaf("OrganId", hop.organId())
                    .leaf("Timestamp", EdxmlDates.format(hop.timestamp()))
                    .end();
        }
        if (traces.business() != null) {
            business(out, traces.business());
        }
        out.end();
    }

    private static void business(XmlOutput out, Business business) {
        out.start("Bussiness")
                .leaf("DocumentId", business.documentId())
                .leaf("BussinessDocType", business.docType().code())
                .leaf("BussinessDocReason", business.reason())
                .leaf("Paper", business.paper());
        PartWriters.staffInfo(out, business.staffInfo());
        if (!business.replacementInfos().isEmpty()) {
            out.start("ReplacementInfoList");
            for (ReplacementInfo replaced : business.replacementInfos()) {
                out.start("ReplacementInfo").leaf("DocumentId", replaced.documentId());
                MessageHeaderWriter.list(out, "OrganIdList", "OrganId", replaced.organIds());
                out.end();
            }
            out.end();
        }
        BusinessDocumentInfo info = business.documentInfo();
        if (info != null) {
            out.start("BussinessDocumentInfo")
                    .leaf("DocumentInfo", info.documentInfo())
                    .leaf("DocumentReceiver", info.documentReceiver());
            if (!info.receivers().isEmpty()) {
                out.start("ReceiverList");
                for (Receiver receiver : info.receivers()) {
                    out.start("Receiver")
                            .leaf("ReceiverType", receiver.receiverType())
                            .leaf("OrganId", receiver.organId())
                            .end();
                }
                out.end();
            }
            out.end();
        }
        out.end();
    }
}
