package vn.vanthu.outgoing;

/** How a version of the main file was made. */
public enum VersionSource {
    /** A PDF the drafter uploaded. */
    PDF,
    /** A DOCX the drafter uploaded, turned into PDF by LibreOffice; the DOCX is kept beside it. */
    DOCX,
    /** Composed in the browser from the Decree 30 layout. */
    COMPOSED;

    public String messageKey() {
        return "outgoing.source." + name();
    }
}
