package vn.vanthu.incoming;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A leader's assignment: one lead handler (a person, or a unit whose head takes it), coordinators and people to
 * inform (persons or units), a deadline and an instruction (ý kiến chỉ đạo).
 */
public record Assignment(
        @Nullable UUID leadPersonId,
        @Nullable UUID leadUnitId,
        @NotNull Set<UUID> coordinatorIds,
        @NotNull Set<UUID> coordinatorUnitIds,
        @NotNull Set<UUID> informIds,
        @NotNull Set<UUID> informUnitIds,
        @Nullable LocalDate deadline,
        @Nullable @Size(max = 2000) String instruction,
        @Nullable Long version) {

    public Assignment {
        coordinatorIds = coordinatorIds == null ? Set.of() : Set.copyOf(coordinatorIds);
        coordinatorUnitIds = coordinatorUnitIds == null ? Set.of() : Set.copyOf(coordinatorUnitIds);
        informIds = informIds == null ? Set.of() : Set.copyOf(informIds);
        informUnitIds = informUnitIds == null ? Set.of() : Set.copyOf(informUnitIds);
    }
}
