package vn.vanthu.core;

/** Độ khẩn: how fast a document must move, with its edXML {@code Priority} value. */
public enum Urgency {
    NORMAL(0), URGENT(1), VERY_URGENT(2), FLASH(3);

    private final int edxmlPriority;

    Urgency(int edxmlPriority) {
        this.edxmlPriority = edxmlPriority;
    }

    public int edxmlPriority() {
        return edxmlPriority;
    }

    public String messageKey() {
        return "document.urgency." + name();
    }
}
