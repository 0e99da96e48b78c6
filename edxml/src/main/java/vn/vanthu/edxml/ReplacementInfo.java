package vn.vanthu.edxml;

import java.util.List;

/**
 * A document that a replacing document ({@link BusinessDocType#REPLACE}) supersedes, and the agencies it went to.
 *
 * @param documentId the superseded document's id, or {@code null}
 * @param organIds the identity codes of the agencies that received it, never {@code null}
 */
public record ReplacementInfo(String documentId, List<String> organIds) {

    public ReplacementInfo {
        organIds = Check.list(organIds);
    }
}
