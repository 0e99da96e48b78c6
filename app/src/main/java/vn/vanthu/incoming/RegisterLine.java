package vn.vanthu.incoming;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.DocumentType;

/**
 * A line of the incoming register in the columns of Decree 30 Appendix IV: Ngày đến, Số đến, Tác giả, Số/ký hiệu,
 * Ngày văn bản, Tên loại và trích yếu, Đơn vị/người nhận, Ngày chuyển, (Ký nhận), Ghi chú.
 */
public record RegisterLine(
        Instant arrivedAt,
        long arrivalNumber,
        String senderName,
        @Nullable String numberAndNotation,
        @Nullable LocalDate promulgationDate,
        DocumentType documentType,
        String subject,
        @Nullable String recipient,
        @Nullable Instant handedAt,
        IncomingState state) {
}
