package vn.vanthu.edxml;

/**
 * An agency an updated document ({@link BusinessDocType#UPDATE}) concerns.
 *
 * @param receiverType the receiver type flag (0 or 1), or {@code null}
 * @param organId the agency's identity code, or {@code null}
 */
public record Receiver(Integer receiverType, String organId) {
}
