package vn.vanthu.exchange;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.DocumentType;
import vn.vanthu.core.ExchangeStatus;
import vn.vanthu.core.Urgency;
import vn.vanthu.edxml.StatusCode;

/** How VanThu's terms and edXML's say the same thing. */
final class EdxmlTerms {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private EdxmlTerms() {
    }

    /**
     * The id a document from outside goes by here: the same sender and DocumentId give the same id on every node and
     * after every restart, so a second delivery finds the first, and a recall or status finds the copy it is about.
     */
    static UUID originOf(String senderCode, String documentIdentity) {
        return UUID.nameUUIDFromBytes(("edxml:" + senderCode + "|" + documentIdentity)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The kind of document by the name the sender wrote ("Công văn"); a name we do not know reads as công văn. */
    static DocumentType documentType(@Nullable String typeName) {
        if (typeName == null) {
            return DocumentType.CONG_VAN;
        }
        String wanted = fold(typeName);
        return Arrays.stream(DocumentType.values()).filter(type -> fold(type.title()).equals(wanted)).findFirst()
                .orElse(DocumentType.CONG_VAN);
    }

    /** edXML Type: 1 for legal documents, 2 for administrative ones (what Bkav and the VPCP samples accept). */
    static int typeCode(DocumentType type) {
        return type.administrative() ? 2 : 1;
    }

    static Urgency urgency(@Nullable Integer priority) {
        if (priority == null) {
            return Urgency.NORMAL;
        }
        // 4 is Bkav's "hỏa tốc hẹn giờ": hỏa tốc here
        return Arrays.stream(Urgency.values()).filter(urgency -> urgency.edxmlPriority() == Math.min(priority, 3))
                .findFirst().orElse(Urgency.NORMAL);
    }

    static ExchangeStatus status(StatusCode code) {
        return switch (code) {
            case ARRIVED -> ExchangeStatus.DELIVERED;
            case REFUSED -> ExchangeStatus.REFUSED;
            case ACCEPTED -> ExchangeStatus.ACCEPTED;
            case ASSIGNED -> ExchangeStatus.ASSIGNED;
            case IN_PROGRESS -> ExchangeStatus.IN_PROGRESS;
            case DONE -> ExchangeStatus.COMPLETED;
            case RECALL_REQUESTED -> ExchangeStatus.RECALL_REQUESTED;
            case CHANGE_ACCEPTED -> ExchangeStatus.RECALL_ACCEPTED;
            case CHANGE_REFUSED -> ExchangeStatus.RECALL_REFUSED;
        };
    }

    static StatusCode code(ExchangeStatus status) {
        return StatusCode.fromCode(status.code()).orElseThrow();
    }

    private static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(VI);
    }
}
