package vn.vanthu.edxml;

import java.time.LocalDateTime;

/**
 * A status message (gói tin trạng thái): the receiver tells the sender where a document stands (arrived,
 * refused, accepted, ...), or the sender asks to take one back. It answers one document, named in
 * {@code ResponseFor}, and carries no files.
 *
 * @param from the agency that reports; required
 * @param to the agency the status goes to, or {@code null}: the government SDK leaves it out, since the hub routes
 *     status messages by {@code ResponseFor}
 * @param responseFor the document the status is about; required
 * @param staffInfo who changed the status, or {@code null}
 * @param statusCode the new status; required
 * @param description the status in words, or {@code null}
 * @param timestamp when the status changed, to the second, or {@code null}
 */
public record StatusMessage(Organization from, Organization to, ResponseFor responseFor, StaffInfo staffInfo,
                            StatusCode statusCode, String description, LocalDateTime timestamp)
        implements EdxmlMessage {

    public StatusMessage {
        Check.required(from, "From");
        Check.required(responseFor, "ResponseFor");
        Check.required(statusCode, "StatusCode");
    }
}
