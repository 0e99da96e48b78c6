package vn.vanthu.edxml;

import java.util.Arrays;
import java.util.Optional;

/**
 * Why a package is sent ({@code BussinessDocType}): a new document, or the revocation, update or replacement of
 * one sent before. The receiver acts on it: a revoked incoming document is deleted (Decree 30, art. 18.4.b).
 */
public enum BusinessDocType {
    /** 0: a new document (văn bản mới). */
    NEW(0),
    /** 1: revoke a document sent before (thu hồi). */
    REVOKE(1),
    /** 2: update a document sent before (cập nhật). */
    UPDATE(2),
    /** 3: replace a document sent before (thay thế). */
    REPLACE(3);

    private final int code;

    BusinessDocType(int code) {
        this.code = code;
    }

    /** The number edXML writes. */
    public int code() {
        return code;
    }

    /** The type with this number, if there is one. */
    public static Optional<BusinessDocType> fromCode(int code) {
        return Arrays.stream(values()).filter(type -> type.code == code).findFirst();
    }
}
