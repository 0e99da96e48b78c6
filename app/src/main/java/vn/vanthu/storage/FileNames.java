package vn.vanthu.storage;

/**
 * File names as people send them, made safe to keep and to send back: no folders (a browser on Windows sends the
 * whole path), no more than 200 characters, and never empty.
 */
public final class FileNames {

    private FileNames() {
    }

    public static String clean(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        base = base.replaceAll("[\\p{Cntrl}\"]", "");
        return base.isEmpty() ? "tep" : base.length() > 200 ? base.substring(base.length() - 200) : base;
    }

    /** The same name with a {@code .pdf} extension, for a file made into PDF. */
    public static String asPdf(String name) {
        String clean = clean(name);
        int dot = clean.lastIndexOf('.');
        return (dot > 0 ? clean.substring(0, dot) : clean) + ".pdf";
    }
}
