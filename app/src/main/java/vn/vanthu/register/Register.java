package vn.vanthu.register;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.vanthu.core.AggregateRoot;
import vn.vanthu.organisation.AgencyCode;

/** A register (sổ) of one agency: incoming or outgoing, open or confidential, numbered year by year. */
@Entity
@Table(name = "register")
class Register extends AggregateRoot<Register> {

    private AgencyCode agencyCode;
    @Enumerated(EnumType.STRING)
    private RegisterKind kind;
    private String name;
    private boolean confidential;
    private int sortOrder;
    private boolean active;

    Register(AgencyCode agencyCode, RegisterDetails details, String by) {
        this.agencyCode = agencyCode;
        this.kind = details.kind();
        this.name = details.name().strip();
        this.confidential = details.confidential();
        this.sortOrder = details.sortOrder() == null ? 0 : details.sortOrder();
        this.active = true;
        registerEvent(new RegisterChanged(UUID.randomUUID(), id(), agencyCode, "register.created",
                Map.of("name", name, "kind", kind.name(), "confidential", String.valueOf(confidential)), by,
                Instant.now()));
    }

    protected Register() {
        // for JPA
    }

    Register rename(String newName, int newSortOrder, String by) {
        if (!name.equals(newName.strip()) || sortOrder != newSortOrder) {
            registerEvent(new RegisterChanged(UUID.randomUUID(), id(), agencyCode, "register.changed",
                    Map.of("name", name + " → " + newName.strip(), "sortOrder", sortOrder + " → " + newSortOrder),
                    by, Instant.now()));
            name = newName.strip();
            sortOrder = newSortOrder;
        }
        return this;
    }

    Register close(String by) {
        if (active) {
            active = false;
            registerEvent(new RegisterChanged(UUID.randomUUID(), id(), agencyCode, "register.closed",
                    Map.of("name", name), by, Instant.now()));
        }
        return this;
    }

    RegisterView view() {
        return new RegisterView(id(), agencyCode, kind, name, confidential, sortOrder, active, version());
    }

    AgencyCode agencyCode() {
        return agencyCode;
    }

    RegisterKind kind() {
        return kind;
    }

    boolean active() {
        return active;
    }

    boolean confidential() {
        return confidential;
    }
}
