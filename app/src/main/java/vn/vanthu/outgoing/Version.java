package vn.vanthu.outgoing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Ids;

/** One revision of the main file: kept for good, so every reviewer's reading stays on record. */
@Entity
@Table(name = "outgoing_version")
class Version {

    @Id
    private UUID id;
    private int number;
    private String sha256;
    private String fileName;
    private long size;
    @Enumerated(EnumType.STRING)
    private VersionSource source;
    private @Nullable String sourceSha256;
    private @Nullable String body;
    private UUID authorId;
    private String authorName;
    private Instant createdAt;

    Version(int number, MainFile file, Actor author, Instant now) {
        this.id = Ids.next();
        this.number = number;
        this.sha256 = file.sha256();
        this.fileName = file.fileName();
        this.size = file.size();
        this.source = file.source();
        this.sourceSha256 = file.sourceSha256();
        this.body = file.body();
        this.authorId = author.id();
        this.authorName = author.fullName();
        this.createdAt = now;
    }

    protected Version() {
        // for JPA
    }

    int number() {
        return number;
    }

    String sha256() {
        return sha256;
    }

    String fileName() {
        return fileName;
    }

    @Nullable String sourceSha256() {
        return sourceSha256;
    }

    VersionSource source() {
        return source;
    }

    @Nullable String body() {
        return body;
    }

    VersionView view() {
        return new VersionView(id, number, fileName, size, source, sourceSha256 != null, body, authorName,
                createdAt);
    }
}
