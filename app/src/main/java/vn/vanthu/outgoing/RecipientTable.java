package vn.vanthu.outgoing;

import java.util.List;
import java.util.UUID;

/** An issued document's recipients and their statuses, without the rest of the document. */
public record RecipientTable(UUID id, OutgoingState state, List<RecipientView> recipients) {
}
