package vn.vanthu.outgoing;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.Urgency;

/** The marks Appendix I II.9–10 prints on a document of some urgency or secrecy, always in Vietnamese. */
final class Labels {

    private Labels() {
    }

    static String urgency(Urgency urgency) {
        return switch (urgency) {
            case NORMAL -> "";
            case URGENT -> "KHẨN";
            case VERY_URGENT -> "THƯỢNG KHẨN";
            case FLASH -> "HỎA TỐC";
        };
    }

    static String confidentiality(Confidentiality confidentiality) {
        return switch (confidentiality) {
            case NONE -> "";
            case CONFIDENTIAL -> "MẬT";
            case SECRET -> "TỐI MẬT";
            case TOP_SECRET -> "TUYỆT MẬT";
        };
    }
}
