package vn.vanthu.edxml;

import java.util.List;

/** Reads {@code OtherInfo}: plain values and the list of appendixes; an empty one reads as absent. */
final class OtherInfoReader {

    private static final OtherInfo EMPTY = new OtherInfo(null, null, null, null, null, null, List.of());

    private OtherInfoReader() {
    }

    static OtherInfo read(XmlCursor cursor) {
        Integer priority = null;
        String sphere = null;
        String typer = null;
        Integer copies = null;
        Integer pages = null;
        Boolean direction = null;
        List<String> appendixes = List.of();
        while (cursor.nextChild()) {
            switch (cursor.name()) {
                case "Priority" -> priority = cursor.integer();
                case "SphereOfPromulgation" -> sphere = cursor.text();
                case "TyperNotation" -> typer = cursor.text();
                case "PromulgationAmount" -> copies = cursor.integer();
                case "PageAmount" -> pages = cursor.integer();
                case "Direction" -> direction = cursor.bool();
                case "Appendixes" -> appendixes = cursor.texts("Appendix");
                default -> cursor.skip();
            }
        }
        OtherInfo info = new OtherInfo(priority, sphere, typer, copies, pages, direction, appendixes);
        return info.equals(EMPTY) ? null : info;
    }
}
