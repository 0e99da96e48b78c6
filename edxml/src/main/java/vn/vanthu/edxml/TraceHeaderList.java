package vn.vanthu.edxml;

import java.util.List;

/**
 * The hops a package made and the business it serves. Empty when a package carries neither.
 *
 * @param traceHeaders the hops, first the sender's; never {@code null}
 * @param business why the package is sent, or {@code null}
 */
public record TraceHeaderList(List<TraceHeader> traceHeaders, Business business) {

    public TraceHeaderList {
        traceHeaders = Check.list(traceHeaders);
    }

    /** No hops and no business. */
    public static TraceHeaderList empty() {
        return new TraceHeaderList(List.of(), null);
    }

    /** Whether there is nothing to write. */
    public boolean isEmpty() {
        return traceHeaders.isEmpty() && business == null;
    }
}
