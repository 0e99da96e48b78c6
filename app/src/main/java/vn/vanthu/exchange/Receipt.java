package vn.vanthu.exchange;

import java.util.UUID;

/**
 * What the sender of a package is told once it is stored: the id to ask about it by, and whether it had been taken
 * before (a package sent again is acknowledged with the first one's id and not taken twice).
 */
public record Receipt(UUID receiptId, boolean duplicate) {
}
