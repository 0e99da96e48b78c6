package vn.vanthu.core;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * What every aggregate of VanThu has: an id assigned when it is made (so it is known before it is stored), an
 * optimistic-lock version that refuses a lost update, the times it was created and last changed, and the domain
 * events it registers until its repository saves it.
 */
@MappedSuperclass
public abstract class AggregateRoot<T extends AggregateRoot<T>> extends AbstractAggregateRoot<T> {

    @Id
    private UUID id;
    @Version
    private @Nullable Long version;
    private Instant createdAt;
    private Instant updatedAt;

    protected AggregateRoot() {
        this.id = Ids.next();
    }

    public UUID id() {
        return id;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The optimistic-lock version: what an edit form or API client read, to send back with its change. */
    public @Nullable Long version() {
        return version;
    }

    /**
     * Refuses an edit made on an old reading: someone else saved in between, and saving now would silently undo
     * their change. A client that sends no version takes its chance.
     */
    public void checkVersion(@Nullable Long read) {
        if (read != null && !read.equals(version)) {
            throw new RuleViolation("problem.concurrent-edit");
        }
    }

    /** Forgets the events registered so far: a bulk import is recorded as one event of its own. */
    @SuppressWarnings("unchecked")
    public T withoutEvents() {
        clearDomainEvents();
        return (T) this;
    }

    @PrePersist
    @PreUpdate
    void stamp() {
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }
}
