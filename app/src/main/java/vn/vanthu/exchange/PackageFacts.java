package vn.vanthu.exchange;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the exchange keeps in the open about a package, so its pages and its duplicate check need not read it again.
 *
 * @param messageType {@code edoc} or {@code status}
 * @param business for a document: NEW, REVOKE, UPDATE or REPLACE
 * @param documentIdentity the document's edXML DocumentId (for a status, the one it answers)
 */
record PackageFacts(String messageType, @Nullable String business, String fromCode, List<String> toCodes,
        String documentIdentity, @Nullable UUID originId, @Nullable UUID documentId, @Nullable String statusCode,
        @Nullable String subject) {

    static final String DOCUMENT = "edoc";
    static final String STATUS = "status";
}
