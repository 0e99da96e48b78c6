package vn.vanthu.organisation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator enters for a unit (phòng, ban). The abbreviation goes into công văn notations;
 * {@code version} is the version an edit was made on.
 */
public record UnitDetails(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 30) String abbreviation,
        @Nullable Integer sortOrder,
        @Nullable Long version) {
}
