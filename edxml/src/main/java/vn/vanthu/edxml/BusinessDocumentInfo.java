package vn.vanthu.edxml;

import java.util.List;

/**
 * What an update ({@link BusinessDocType#UPDATE}) changes: the document's details, its receivers, or both.
 *
 * @param documentInfo 1 when the document's details changed, or {@code null}
 * @param documentReceiver 1 when its receivers changed, or {@code null}
 * @param receivers the receivers concerned, never {@code null}
 */
public record BusinessDocumentInfo(Integer documentInfo, Integer documentReceiver, List<Receiver> receivers) {

    public BusinessDocumentInfo {
        receivers = Check.list(receivers);
    }
}
