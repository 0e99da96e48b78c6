package vn.vanthu.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The texts of an element whose children are all plain values ({@code From}, {@code Code}, {@code StaffInfo},
 * ...), in whatever order the sender wrote them, turned into values with errors that name the child.
 */
final class Fields {

    private final String path;
    private final Map<String, String> texts;

    private Fields(String path, Map<String, String> texts) {
        this.path = path;
        this.texts = texts;
    }

    /** Reads the entered element's children. A child that appears twice is an error: which one would count? */
    static Fields read(XmlCursor cursor) {
        String path = cursor.path();
        Map<String, String> texts = new HashMap<>();
        while (cursor.nextChild()) {
            String name = cursor.name();
            if (texts.containsKey(name)) {
                throw new EdxmlException(EdxmlException.Rule.DUPLICATE, cursor.path(), "appears twice");
            }
            texts.put(name, cursor.text());
        }
        return new Fields(path, texts);
    }

    /** Whether every child is empty or absent: such an element reads as absent. */
    boolean isEmpty() {
        return texts.values().stream().allMatch(text -> text == null);
    }

    String text(String child) {
        return texts.get(child);
    }

    /** The first of several spellings that is present: packages differ on some names. */
    String text(String child, String otherSpelling) {
        String text = texts.get(child);
        return text != null ? text : texts.get(otherSpelling);
    }

    String required(String child) {
        String text = texts.get(child);
        if (text == null) {
            throw new EdxmlException(EdxmlException.Rule.MISSING, path + "/" + child, "missing");
        }
        return text;
    }

    LocalDate date(String child) {
        return EdxmlDates.parseDate(texts.get(child), path + "/" + child);
    }

    LocalDateTime timestamp(String child) {
        return EdxmlDates.parseTimestamp(texts.get(child), path + "/" + child);
    }

    Integer integer(String child) {
        return Values.integer(texts.get(child), path + "/" + child);
    }

    Integer integer(String child, String otherSpelling) {
        String name = texts.get(child) != null ? child : otherSpelling;
        return Values.integer(texts.get(name), path + "/" + name);
    }

    Boolean bool(String child) {
        return Values.bool(texts.get(child), path + "/" + child);
    }
}
