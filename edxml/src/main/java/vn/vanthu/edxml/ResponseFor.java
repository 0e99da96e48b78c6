package vn.vanthu.edxml;

import java.time.LocalDate;

/**
 * The earlier document a document answers, or a status message is about: how the receiver finds its own record.
 *
 * @param organId the identity code of the agency that issued the earlier document, or {@code null}
 * @param code its number and notation in one string (e.g. "7816/VPCP-TTĐT"), or {@code null}
 * @param promulgationDate its date of issue, or {@code null}
 * @param documentId its cross-system document id, or {@code null}
 */
public record ResponseFor(String organId, String code, LocalDate promulgationDate, String documentId) {
}
