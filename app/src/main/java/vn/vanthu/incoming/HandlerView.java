package vn.vanthu.incoming;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** Someone with open work on a document: who, as what, by when. */
public record HandlerView(@Nullable String name, TaskRole role, @Nullable LocalDate deadline) {
}
