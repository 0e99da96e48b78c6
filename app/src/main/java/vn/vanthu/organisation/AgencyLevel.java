package vn.vanthu.organisation;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Where an agency stands in the state administration, and so which agency may stand above it. Communes may sit
 * directly under a province: since 2025 many provinces have no district level.
 */
public enum AgencyLevel {

    CENTRAL, MINISTRY, PROVINCE, DEPARTMENT, DISTRICT, COMMUNE, SUBORDINATE_UNIT;

    /** Whether an agency of this level may be placed under {@code parent}; null means at the top of the tree. */
    public boolean acceptsParent(@Nullable AgencyLevel parent) {
        return parent == null ? mayBeRoot() : allowedParents().contains(parent);
    }

    /** Whether an agency of this level may stand at the top of the tree (a deployment's highest agency). */
    public boolean mayBeRoot() {
        return this == CENTRAL || this == MINISTRY || this == PROVINCE;
    }

    private Set<AgencyLevel> allowedParents() {
        return switch (this) {
            case CENTRAL, MINISTRY, PROVINCE -> EnumSet.of(CENTRAL);
            case DEPARTMENT -> EnumSet.of(MINISTRY, PROVINCE);
            case DISTRICT -> EnumSet.of(PROVINCE);
            case COMMUNE -> EnumSet.of(DISTRICT, PROVINCE);
            case SUBORDINATE_UNIT -> EnumSet.of(MINISTRY, PROVINCE, DEPARTMENT, DISTRICT);
        };
    }

    public String messageKey() {
        return "organisation.agency.level." + name();
    }
}
