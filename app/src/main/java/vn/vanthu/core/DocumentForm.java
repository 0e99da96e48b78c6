package vn.vanthu.core;

/** Whether a document arrived born digital, as a scan of paper, or on paper only. */
public enum DocumentForm {
    BORN_DIGITAL, SCANNED, PAPER_ONLY;

    public String messageKey() {
        return "document.form." + name();
    }
}
