package vn.vanthu.incoming;

/** The tabs of a person's inbox. */
public enum InboxTab {
    /** Chờ xử lý: work nobody has started. */
    PENDING,
    /** Đang xử lý: work under way. */
    IN_PROGRESS,
    /** Đã xử lý: work done. */
    DONE,
    /** Để biết: documents sent for information. */
    FOR_INFORMATION;

    public String messageKey() {
        return "inbox.tab." + name();
    }
}
