package vn.vanthu.core;

/**
 * Độ mật. A document marked mật, tối mật or tuyệt mật is registered by its metadata only, in a separate register,
 * and seen by the clerks and leaders of the agency only; its paper stays in the safe.
 */
public enum Confidentiality {
    NONE, CONFIDENTIAL, SECRET, TOP_SECRET;

    public boolean secret() {
        return this != NONE;
    }

    public String messageKey() {
        return "document.confidentiality." + name();
    }
}
