package vn.vanthu.register;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A register as its keeper describes it. {@code confidential} marks the separate series for secret documents
 * (Decree 30, Art. 15).
 */
public record RegisterDetails(
        @NotBlank @Size(max = 200) String name,
        @NotNull RegisterKind kind,
        boolean confidential,
        @Nullable Integer sortOrder,
        @Nullable Long version) {
}
