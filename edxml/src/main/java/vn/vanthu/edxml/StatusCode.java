package vn.vanthu.edxml;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where a sent document stands at the receiver, as the two-digit {@code StatusCode} of a status message says.
 * These are the codes the government SDK, its samples and the vendors use; 07–12 and 14 appear nowhere.
 */
public enum StatusCode {
    /** 01: arrived in the receiver's system; no clerk has handled it yet (đã đến). */
    ARRIVED("01", "Đã đến"),
    /** 02: the clerk refused it, e.g. as sent to the wrong agency or invalid (từ chối tiếp nhận). */
    REFUSED("02", "Từ chối tiếp nhận"),
    /** 03: the clerk accepted and registered it (đã tiếp nhận, vào sổ văn bản đến). */
    ACCEPTED("03", "Đã tiếp nhận"),
    /** 04: a leader assigned it for handling (phân công). */
    ASSIGNED("04", "Phân công"),
    /** 05: being handled (đang xử lý). */
    IN_PROGRESS("05", "Đang xử lý"),
    /** 06: handling finished (hoàn thành). */
    DONE("06", "Hoàn thành"),
    /** 13: sent by the sender: it asks to take the document back, with a reason (lấy lại). */
    RECALL_REQUESTED("13", "Lấy lại"),
    /** 15: the receiver agrees to the requested update or recall. */
    CHANGE_ACCEPTED("15", "Đồng ý yêu cầu cập nhật/lấy lại"),
    /** 16: the receiver refuses the requested update or recall. */
    CHANGE_REFUSED("16", "Từ chối yêu cầu cập nhật/lấy lại");

    private final String code;
    private final String meaning;

    StatusCode(String code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    /** The two digits edXML writes. */
    public String code() {
        return code;
    }

    /** What the code means, in Vietnamese as clerks know it. */
    public String meaning() {
        return meaning;
    }

    /** The status with these two digits, if there is one. */
    public static Optional<StatusCode> fromCode(String code) {
        return Arrays.stream(values()).filter(status -> status.code.equals(code)).findFirst();
    }
}
