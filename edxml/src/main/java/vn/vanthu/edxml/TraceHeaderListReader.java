package vn.vanthu.edxml;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code TraceHeaderList}: the hops and the {@code Bussiness} element. Some systems spell the business
 * elements with one s ({@code BusinessDocType}); both spellings read.
 */
final class TraceHeaderListReader {

    private TraceHeaderListReader() {
    }

    static TraceHeaderList read(XmlCursor cursor) {
        List<TraceHeader> hops = new ArrayList<>();
        Business business = null;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "TraceHeader" -> {
                    Fields fields = Fields.read(cursor);
                    hops.add(new TraceHeader(fields.text("OrganId"), fields.timestamp("Timestamp")));
                }
                case "Bussiness", "Business" -> {
                    if (business != null) {
                        throw new EdxmlException(EdxmlException.Rule.DUPLICATE, cursor.path(), "appears twice");
                    }
                    business = business(cursor);
                }
                default -> cursor.skip();
            }
        }
        return new TraceHeaderList(hops, business);
    }

    private static Business business(XmlCursor cursor) {
        String where = cursor.path();
        String documentId = null;
        Integer docType = null;
        String reason = null;
        Integer paper = null;
        StaffInfo staff = null;
        List<ReplacementInfo> replacements = List.of();
        BusinessDocumentInfo documentInfo = null;
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "DocumentId" -> documentId = cursor.text();
                case "BussinessDocType", "BusinessDocType" -> docType = cursor.integer();
                case "BussinessDocReason", "BusinessDocReason" -> reason = cursor.text();
                case "Paper" -> paper = cursor.integer();
                case "StaffInfo" -> staff = PartReaders.staffInfo(cursor);
                case "ReplacementInfoList" -> replacements = replacementInfos(cursor);
                case "BussinessDocumentInfo", "BusinessDocumentInfo" -> documentInfo = documentInfo(cursor);
                default -> cursor.skip();
            }
        }
        return new Business(documentId, docType(docType, where), reason, paper, staff, replacements, documentInfo);
    }

    private static BusinessDocType docType(Integer code, String where) {
        if (code == null) {
            throw new EdxmlException(EdxmlException.Rule.MISSING, where + "/BussinessDocType", "missing");
        }
        return BusinessDocType.fromCode(code).orElseThrow(() -> new EdxmlException(EdxmlException.Rule.BAD_VALUE,
                where + "/BussinessDocType", "unknown business type " + code + ", expected 0, 1, 2 or 3"));
    }

    private static List<ReplacementInfo> replacementInfos(XmlCursor cursor) {
        List<ReplacementInfo> replacements = new ArrayList<>();
        while (cursor.nextChild()) {
            if (!cursor.name().equals("ReplacementInfo")) {
                cursor.skip();
                continue;
            }
            String documentId = null;
            List<String> organIds = List.of();
            while (cursor.nextChild()) {
                switch (cursor.name()) {
                    case "DocumentId" -> documentId = cursor.text();
                    case "OrganIdList" -> organIds = cursor.texts("OrganId");
                    default -> cursor.skip();
                }
            }
            replacements.add(new ReplacementInfo(documentId, organIds));
        }
        return replacements;
    }

    private static BusinessDocumentInfo documentInfo(XmlCursor cursor) {
        Integer documentInfo = null;
        Integer documentReceiver = null;
        List<Receiver> receivers = new ArrayList<>();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "DocumentInfo" -> documentInfo = cursor.integer();
                case "DocumentReceiver" -> documentReceiver = cursor.integer();
                case "ReceiverList" -> {
                    while (cursor.nextChild()) {
                        if (cursor.name().equals("Receiver")) {
                            Fields fields = Fields.read(cursor);
                            receivers.add(new Receiver(fields.integer("ReceiverType"), fields.text("OrganId")));
                        } else {
                            cursor.skip();
                        }
                    }
                }
                default -> cursor.skip();
            }
        }
        return new BusinessDocumentInfo(documentInfo, documentReceiver, receivers);
    }
}
