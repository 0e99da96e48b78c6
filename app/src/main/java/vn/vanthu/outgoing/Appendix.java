package vn.vanthu.outgoing;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.Ids;
import vn.vanthu.signature.Verdict;

/**
 * An appendix sent as a separate file. Issuing gives it the agency signature with the number and time at the top
 * right of page 1 (Appendix I); the file as drafted is kept beside the issued one.
 */
@Entity
@Table(name = "outgoing_file")
class Appendix {

    @Id
    private UUID id;
    private String sha256;
    private String fileName;
    private long size;
    private int position;
    private @Nullable String issuedSha256;

    Appendix(String sha256, String fileName, long size, int position) {
        this.id = Ids.next();
        this.sha256 = sha256;
        this.fileName = fileName;
        this.size = size;
        this.position = position;
    }

    protected Appendix() {
        // for JPA
    }

    UUID id() {
        return id;
    }

    String sha256() {
        return sha256;
    }

    String fileName() {
        return fileName;
    }

    long size() {
        return size;
    }

    /** What recipients get: the issued file once issued, else the draft. */
    String currentSha256() {
        return issuedSha256 != null ? issuedSha256 : sha256;
    }

    void issued(String sha256) {
        this.issuedSha256 = sha256;
    }

    AppendixView view(@Nullable Verdict signatures) {
        return new AppendixView(id, fileName, size, issuedSha256 != null, signatures);
    }
}
