package vn.vanthu.storage;

/** The document types an agency exchanges, each with the MIME type VanThu serves it under. */
public enum ContentType {

    PDF("application/pdf", "pdf"),
    DOC("application/msword", "doc"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLS("application/vnd.ms-excel", "xls"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "odt"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    TIFF("image/tiff", "tif"),
    ZIP("application/zip", "zip");

    private final String mimeType;
    private final String extension;

    ContentType(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    public String mimeType() {
        return mimeType;
    }

    public String extension() {
        return extension;
    }

    public static ContentType ofMimeType(String mimeType) {
        for (ContentType type : values()) {
            if (type.mimeType.equals(mimeType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("Not a content type VanThu keeps: " + mimeType);
    }
}
