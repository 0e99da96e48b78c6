package vn.vanthu.incoming;

import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.vanthu.core.Ids;

/** A file of an incoming document: the stored content, and the name and place it came with. */
@Entity
@Table(name = "incoming_file")
class IncomingFile {

    @Id
    private UUID id;
    private String sha256;
    private String fileName;
    private String contentType;
    private long size;
    private int position;

    IncomingFile(String sha256, String fileName, String contentType, long size, int position) {
        this.id = Ids.next();
        this.sha256 = sha256;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.position = position;
    }

    protected IncomingFile() {
        // for JPA
    }

    UUID id() {
        return id;
    }

    boolean pdf() {
        return "application/pdf".equals(contentType);
    }

    String sha256() {
        return sha256;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    long size() {
        return size;
    }

    int position() {
        return position;
    }
}
