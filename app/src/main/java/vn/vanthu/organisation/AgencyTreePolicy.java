package vn.vanthu.organisation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import vn.vanthu.core.RuleViolation;

/**
 * Keeps the agency tree a tree that mirrors the administration: each level sits only under the levels that may
 * stand above it, and no agency ends up under itself.
 */
final class AgencyTreePolicy {

    private final Function<UUID, @Nullable Agency> agencyById;

    AgencyTreePolicy(Function<UUID, @Nullable Agency> agencyById) {
        this.agencyById = agencyById;
    }

    void checkPlacement(AgencyLevel level, @Nullable Agency parent) {
        if (parent == null && !level.mayBeRoot()) {
            throw new RuleViolation("organisation.agency.needs-parent", label(level));
        }
        if (parent != null && !level.acceptsParent(parent.level())) {
            throw new RuleViolation("organisation.agency.level-not-allowed", label(level), label(parent.level()));
        }
    }

    /** Checks an edit of an existing agency: its new place, its children under the new level, and cycles. */
    void checkChange(Agency agency, AgencyLevel level, @Nullable Agency parent,
            Collection<AgencyLevel> childLevels) {
        checkPlacement(level, parent);
        for (AgencyLevel child : childLevels) {
            if (!child.acceptsParent(level)) {
                throw new RuleViolation("organisation.agency.children-do-not-fit", label(level), label(child));
            }
        }
        Set<UUID> seen = new HashSet<>();
        for (Agency above = parent; above != null; above = parentOf(above)) {
            if (above.id().equals(agency.id()) || !seen.add(above.id())) {
                throw new RuleViolation("organisation.agency.cycle", agency.code().value());
            }
        }
    }

    /** The level's name in the reader's language, resolved when the message is. */
    private static DefaultMessageSourceResolvable label(AgencyLevel level) {
        return new DefaultMessageSourceResolvable(level.messageKey());
    }

    private @Nullable Agency parentOf(Agency agency) {
        UUID parentId = agency.parentId();
        return parentId == null ? null : agencyById.apply(parentId);
    }
}
