package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.DocumentType;

/**
 * A line of the outgoing register in the columns of Decree 30 Appendix IV: Số, ký hiệu; Ngày tháng (the issue date);
 * Tên loại và trích yếu; Người ký; Nơi nhận; Đơn vị, người nhận bản lưu; Số lượng bản; Ngày chuyển (the issue date
 * again: an e-document leaves the day it is issued); (Ký nhận, empty: nobody signs for an e-document); Ghi chú.
 *
 * @param recipients         "Nơi nhận", in the order the draft lists them
 * @param keptBy             who keeps the file copy: the clerks and the drafting unit ({@code VT, TH})
 * @param copies             one for each recipient and the file copy
 * @param waitingForExchange the recipients the exchange has not carried yet, for the notes
 * @param paper              a secret document made on paper, with no electronic file
 * @param recallReason       why it was recalled, if it was
 */
public record OutgoingRegisterLine(
        UUID documentId,
        int registerYear,
        long issueNumber,
        String numberAndNotation,
        Instant issuedAt,
        DocumentType documentType,
        String subject,
        String signerName,
        String signerPosition,
        List<String> recipients,
        String keptBy,
        int copies,
        List<String> waitingForExchange,
        Confidentiality confidentiality,
        boolean paper,
        @Nullable String recallReason) {
}
