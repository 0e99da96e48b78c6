package vn.vanthu.audit;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the audit chain from its first row to its head.
 *
 * @param intact every row is where it should be and unchanged
 * @param entriesChecked how many rows were read
 * @param firstBrokenSeq the first row that does not fit, when the chain is broken
 * @param problem what is wrong with that row: {@code ALTERED}, {@code MISSING}, {@code RELINKED} or {@code TRUNCATED}
 */
public record ChainVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenSeq,
        @Nullable Problem problem, Instant checkedAt) {

    public enum Problem {
        /** The row's content no longer gives its stored hash. */
        ALTERED,
        /** A sequence number is missing: a row was deleted. */
        MISSING,
        /** The row does not point at the hash of the row before it: rows were inserted or reordered. */
        RELINKED,
        /** The chain head says there are more rows than there are: rows were cut off the end. */
        TRUNCATED
    }

    static ChainVerification intact(long checked) {
        return new ChainVerification(true, checked, null, null, Instant.now());
    }

    static ChainVerification broken(long checked, long seq, Problem problem) {
        return new ChainVerification(false, checked, seq, problem, Instant.now());
    }
}
