package vn.vanthu.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a {@code MessageHeader} held, gathered before the parser knows whether it heads a document package or a
 * status message: both use the same element, and only the presence of {@code StatusCode} tells them apart.
 */
final class HeaderFields {

    Organization from;
    final List<Organization> to = new ArrayList<>();
    String documentId;
    Code code;
    PromulgationInfo promulgationInfo;
    DocumentType documentType;
    String subject;
    String content;
    SignerInfo signerInfo;
    LocalDate dueDate;
    List<String> toPlaces = List.of();
    OtherInfo otherInfo;
    final List<ResponseFor> responseFor = new ArrayList<>();
    Integer steeringType;
    StaffInfo staffInfo;
    String statusCode;
    String description;
    LocalDateTime timestamp;

    private final Set<String> seen = new HashSet<>();

    /** Notes an element that may appear once; a second one is an error: which of the two would count? */
    void once(XmlCursor cursor) {
        if (!seen.add(cursor.name())) {
            throw new EdxmlException(EdxmlException.Rule.DUPLICATE, cursor.path(), "appears twice");
        }
    }

    boolean isStatus() {
        return statusCode != null;
    }

    MessageHeader toMessageHeader() {
        requireFrom();
        if (to.isEmpty()) {
            throw new EdxmlException(EdxmlException.Rule.MISSING, "To", "missing: a package goes to one agency at "
                    + "least");
        }
        return new MessageHeader(from, to, documentId, code, promulgationInfo, documentType, subject, content,
                signerInfo, dueDate, toPlaces, otherInfo, responseFor, steeringType);
    }

    StatusMessage toStatusMessage() {
        requireFrom();
        if (responseFor.isEmpty()) {
            throw new EdxmlException(EdxmlException.Rule.MISSING, "ResponseFor",
                    "missing: a status message answers one document");
        }
        if (responseFor.size() > 1) {
            throw new EdxmlException(EdxmlException.Rule.DUPLICATE, "ResponseFor",
                    "appears twice: a status message answers one document");
        }
        StatusCode status = StatusCode.fromCode(statusCode).orElseThrow(() -> new EdxmlException(
                EdxmlException.Rule.UNKNOWN_STATUS_CODE, "StatusCode",
                "unknown status code '" + statusCode + "', expected 01–06, 13, 15 or 16"));
        Organization receiver = to.isEmpty() ? null : to.get(0);
        return new StatusMessage(from, receiver, responseFor.get(0), staffInfo, status, description, timestamp);
    }

    private void requireFrom() {
        if (from == null) {
            throw new EdxmlException(EdxmlException.Rule.MISSING, "From", "missing");
        }
    }
}
