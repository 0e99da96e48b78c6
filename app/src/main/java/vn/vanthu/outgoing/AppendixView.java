package vn.vanthu.outgoing;

import java.util.UUID;

/** An appendix file as the document page lists it; {@code issued} once it carries the agency signature. */
public record AppendixView(UUID id, String fileName, long size, boolean issued) {
}
