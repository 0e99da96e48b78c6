package vn.vanthu.edxml;

import java.util.List;

/**
 * The {@code Bussiness} element (spelt so by the standard): why the package is sent and by whom. Named in
 * English here; the writer spells the elements as the standard does.
 *
 * @param documentId the document the business concerns, or {@code null}
 * @param docType new, revoke, update or replace; required
 * @param reason the reason in words ({@code BussinessDocReason}), or {@code null}
 * @param paper 1 when a paper copy is sent too, or {@code null}
 * @param staffInfo who sent it, or {@code null}
 * @param replacementInfos for a replacement, the documents it supersedes; never {@code null}
 * @param documentInfo for an update, what it changes; or {@code null}
 */
public record Business(String documentId, BusinessDocType docType, String reason, Integer paper,
                       StaffInfo staffInfo, List<ReplacementInfo> replacementInfos,
                       BusinessDocumentInfo documentInfo) {

    public Business {
        Check.required(docType, "BussinessDocType");
        replacementInfos = Check.list(replacementInfos);
    }

    /** A new document sent for the reason given. */
    public static Business newDocument(String documentId, String reason, StaffInfo staffInfo) {
        return new Business(documentId, BusinessDocType.NEW, reason, 0, staffInfo, List.of(), null);
    }
}
