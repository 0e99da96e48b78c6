package vn.vanthu.edxml;

import java.time.LocalDate;
import java.util.List;

/**
 * The registry details of a document package: who sends it to whom and what the document is. A receiver
 * registers the incoming document from these fields alone, so they follow the edXML element names one to one.
 *
 * @param from the sending agency; required
 * @param to the receiving agencies; at least one
 * @param documentId the cross-system id, by convention {@code "{OrganId},{yyyy/MM/dd},{number}/{notation}"},
 *     or {@code null}
 * @param code number and notation, or {@code null}
 * @param promulgationInfo place and date of issue, or {@code null}
 * @param documentType the kind of document, or {@code null}
 * @param subject the summary line (trích yếu), or {@code null}
 * @param content a description of the content, or {@code null}
 * @param signerInfo who signed, or {@code null}
 * @param dueDate the deadline for handling, or {@code null}
 * @param toPlaces the printed distribution list (nơi nhận), one line each; never {@code null}
 * @param otherInfo urgency, circulation, copies, pages, appendixes; or {@code null}
 * @param responseFor the documents this one answers; never {@code null}
 * @param steeringType 0 none, 1 steering, 2 steering with report; or {@code null}
 */
public record MessageHeader(Organization from, List<Organization> to, String documentId, Code code,
                            PromulgationInfo promulgationInfo, DocumentType documentType, String subject,
                            String content, SignerInfo signerInfo, LocalDate dueDate, List<String> toPlaces,
                            OtherInfo otherInfo, List<ResponseFor> responseFor, Integer steeringType) {

    public MessageHeader {
        Check.required(from, "From");
        to = Check.list(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("To is required");
        }
        toPlaces = Check.list(toPlaces);
        responseFor = Check.list(responseFor);
    }
}
