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

    /** Where it comes in a list, the most urgent first: 0 for hỏa tốc, 3 for thường. */
    public int rank() {
        return FLASH.edxmlPriority - edxmlPriority;
    }

    public String messageKey() {
        return "document.urgency." + name();
    }
}
