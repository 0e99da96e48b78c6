package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import vn.vanthu.core.AggregateRoot;

/**
 * A unit inside one agency (phòng, ban, văn phòng). Its abbreviation is the drafting-unit part of a công văn
 * notation such as {@code 7816/VPCP-TTĐT}.
 */
@Entity
@Table(name = "unit")
class Unit extends AggregateRoot<Unit> {

    private UUID agencyId;
    private String name;
    private String abbreviation;
    private int sortOrder;
    private boolean active;

    Unit(Agency agency, UnitDetails details, String by) {
        this.agencyId = agency.id();
        this.active = true;
        apply(details, new Changes());
        registerEvent(new UnitCreated(UUID.randomUUID(), id(), agency.code(), name, abbreviation, by,
                Instant.now()));
    }

    protected Unit() {
        // for JPA
    }

    Unit change(AgencyCode agency, UnitDetails details, String by) {
        Changes changes = new Changes();
        apply(details, changes);
        if (!changes.isEmpty()) {
            registerEvent(new UnitChanged(UUID.randomUUID(), id(), agency, changes.asMap(), by, Instant.now()));
        }
        return this;
    }

    /** Closes a unit that still has history; people must have moved out first. */
    Unit close(AgencyCode agency, String by) {
        if (active) {
            active = false;
            registerEvent(new UnitChanged(UUID.randomUUID(), id(), agency, Map.of("active", "true → false"), by,
                    Instant.now()));
        }
        return this;
    }

    private void apply(UnitDetails details, Changes changes) {
        name = changes.track("name", name, details.name().strip());
        abbreviation = changes.track("abbreviation", abbreviation, details.abbreviation().strip());
        sortOrder = changes.track("sortOrder", sortOrder, details.sortOrder() == null ? 0 : details.sortOrder());
    }

    public UUID agencyId() {
        return agencyId;
    }

    public String name() {
        return name;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }
}
