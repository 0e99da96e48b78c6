package vn.vanthu.organisation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import vn.vanthu.core.AggregateRoot;
import vn.vanthu.core.SearchKey;

/**
 * A state agency (cơ quan, tổ chức): a People's Committee, a department, a commune, a subordinate unit. It has
 * its place in the tree of agencies and the identity code other systems address it by.
 */
@Entity
@Table(name = "agency")
class Agency extends AggregateRoot<Agency> {

    private AgencyCode code;
    @Column(name = "code_qd20")
    private @Nullable Decision20Code codeQd20;
    private String name;
    private String searchKey;
    private String abbreviation;
    @Enumerated(EnumType.STRING)
    private AgencyLevel level;
    private @Nullable UUID parentId;
    private int sortOrder;
    @Embedded
    private Contact contact;
    private boolean active;

    Agency(AgencyDetails details, @Nullable Agency parent, String by) {
        this.code = details.agencyCode();
        this.level = details.level();
        this.parentId = parent == null ? null : parent.id();
        this.active = true;
        apply(details, new Changes());
        registerEvent(new AgencyCreated(UUID.randomUUID(), id(), code, name, level,
                parent == null ? null : parent.code, by, Instant.now()));
    }

    protected Agency() {
        // for JPA
    }

    /** Applies an edit; the caller has checked the new place in the tree with {@link AgencyTreePolicy}. */
    Agency change(AgencyDetails details, @Nullable Agency parent, String by) {
        Changes changes = new Changes();
        level = changes.track("level", level, details.level());
        UUID newParent = parent == null ? null : parent.id();
        if (!Objects.equals(parentId, newParent)) {
            changes.track("parent", parentId, newParent);
            parentId = newParent;
        }
        apply(details, changes);
        if (!changes.isEmpty()) {
            registerEvent(new AgencyChanged(UUID.randomUUID(), id(), code, changes.asMap(), by, Instant.now()));
        }
        return this;
    }

    private void apply(AgencyDetails details, Changes changes) {
        codeQd20 = changes.track("codeQd20", codeQd20, details.decision20Code());
        name = changes.track("name", name, details.name().strip());
        abbreviation = changes.track("abbreviation", abbreviation, details.abbreviation().strip());
        sortOrder = changes.track("sortOrder", sortOrder, details.sortOrder() == null ? 0 : details.sortOrder());
        contact = changes.track("contact", contact(), details.contact());
        searchKey = SearchKey.fold(name + " " + abbreviation + " " + code);
    }

    public AgencyCode code() {
        return code;
    }

    public @Nullable Decision20Code codeQd20() {
        return codeQd20;
    }

    public String name() {
        return name;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public AgencyLevel level() {
        return level;
    }

    public @Nullable UUID parentId() {
        return parentId;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public Contact contact() {
        return contact == null ? Contact.NONE : contact;
    }

    public boolean active() {
        return active;
    }
}
