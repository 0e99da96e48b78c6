package vn.vanthu.outgoing;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.signature.Verdict;

/**
 * An appendix file as the document page lists it; {@code issued} once it carries the agency signature, and what the
 * last check of its signatures found.
 */
public record AppendixView(UUID id, String fileName, long size, boolean issued, @Nullable Verdict signatures) {
}
