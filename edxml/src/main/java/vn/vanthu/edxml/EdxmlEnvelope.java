package vn.vanthu.edxml;

import java.util.List;

/**
 * A document package (gói tin edXML): the registry details, the trace of its way, and the files. The writer
 * turns it into the bytes the national hub carries; the parser turns such bytes back into it.
 *
 * @param messageHeader the registry details; required
 * @param traceHeaderList the hops and the business; never {@code null} (empty when absent)
 * @param attachments the files, in the order the package lists them; never {@code null}
 */
public record EdxmlEnvelope(MessageHeader messageHeader, TraceHeaderList traceHeaderList,
                            List<Attachment> attachments) implements EdxmlMessage {

    public EdxmlEnvelope {
        Check.required(messageHeader, "MessageHeader");
        traceHeaderList = traceHeaderList == null ? TraceHeaderList.empty() : traceHeaderList;
        attachments = Check.list(attachments);
    }
}
