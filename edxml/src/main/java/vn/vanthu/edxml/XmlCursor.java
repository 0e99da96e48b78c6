package vn.vanthu.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a package element by element, knowing where it is, so that every error names its element. Elements
 * are matched by local name: packages in the wild bind their prefixes carelessly (the SDK's own sample uses
 * {@code xlink:} without declaring it), so the reader runs without namespace processing and drops prefixes.
 *
 * <p>The protocol: {@link #nextChild()} enters the next child of the current element, or leaves the current
 * element and answers {@code false}; {@link #text()}, {@link #streamText} and {@link #skip()} consume the entered
 * element to its end.
 */
final class XmlCursor {

    /** Receives the text of an element chunk by chunk. */
    interface TextSink {
        void accept(char[] chars, int start, int length);
    }

    private final GuardedReader reader;
    private final int maxTextChars;
    private final List<String> path = new ArrayList<>();

    XmlCursor(GuardedReader reader, int maxTextChars) {
        this.reader = reader;
        this.maxTextChars = maxTextChars;
    }

    /** Enters the root element and names it. */
    String enterRoot() {
        while (reader.hasNext()) {
            if (next() == XMLStreamConstants.START_ELEMENT) {
                path.add(localName());
                return name();
            }
        }
        throw new EdxmlException(EdxmlException.Rule.NOT_XML, "package", "no root element");
    }

    /** Enters the current element's next child element, or leaves the current element and answers false. */
    boolean nextChild() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                path.add(localName());
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                path.remove(path.size() - 1);
                return false;
            }
        }
    }

    /**
     * The namespace the entered element's own declarations bind its prefix to, or {@code null} when it declares
     * none for it. Must be asked right after entering, before anything inside is read.
     */
    String declaredNamespace() {
        XMLStreamReader stax = reader.stax();
        String raw = stax.getLocalName();
        int colon = raw.indexOf(':');
        String wanted = colon < 0 ? "xmlns" : "xmlns:" + raw.substring(0, colon);
        for (int i = 0; i < stax.getAttributeCount(); i++) {
            String attribute = stax.getAttributeLocalName(i);
            String prefix = stax.getAttributePrefix(i);
            String full = prefix == null || prefix.isEmpty() ? attribute : prefix + ":" + attribute;
            if (full.equals(wanted)) {
                return stax.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The entered element's local name. */
    String name() {
        return path.get(path.size() - 1);
    }

    /** The entered element's path, below the framing elements: {@code From/OrganId}. */
    String path() {
        return ElementPath.of(path);
    }

    /** The entered element's text, trimmed and in precomposed form (NFC); {@code null} when empty. */
    String text() {
        StringBuilder text = new StringBuilder();
        streamText((chars, start, length) -> {
            if (text.length() + length > maxTextChars) {
                throw new EdxmlException(EdxmlException.Rule.TOO_LARGE, path(),
                        "text longer than " + maxTextChars + " characters");
            }
            text.append(chars, start, length);
        });
        return trimmed(text);
    }

    /** The entered element's text as a date, {@code yyyy/MM/dd}; {@code null} when empty. */
    LocalDate date() {
        return value(EdxmlDates::parseDate);
    }

    /** The entered element's text as a timestamp, {@code yyyy/MM/dd HH:mm:ss}; {@code null} when empty. */
    LocalDateTime timestamp() {
        return value(EdxmlDates::parseTimestamp);
    }

    /** The entered element's text as a whole number; {@code null} when empty. */
    Integer integer() {
        return value(Values::integer);
    }

    /** The entered element's text as a flag; {@code null} when empty. */
    Boolean bool() {
        return value(Values::bool);
    }

    /** The entered element's text converted, with errors naming the element. */
    private <T> T value(BiFunction<String, String, T> conversion) {
        String where = path();
        return conversion.apply(text(), where);
    }

    /** Hands the entered element's text to {@code sink} as it arrives, without holding it. */
    void streamText(TextSink sink) {
        XMLStreamReader stax = reader.stax();
        String where = path();
        while (true) {
            switch (next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        sink.accept(stax.getTextCharacters(), stax.getTextStart(), stax.getTextLength());
                case XMLStreamConstants.START_ELEMENT -> throw new EdxmlException(
                        EdxmlException.Rule.UNEXPECTED_ELEMENT, where, "element <" + localName()
                        + "> where text is expected");
                case XMLStreamConstants.END_ELEMENT -> {
                    path.remove(path.size() - 1);
                    return;
                }
                default -> {
                    // comments and processing instructions inside text carry nothing
                }
            }
        }
    }

    /** Passes over the entered element and all it contains. */
    void skip() {
        while (nextChild()) {
            skip();
        }
    }

    /** The texts of the entered element's children named {@code child}; other children are passed over. */
    List<String> texts(String child) {
        List<String> texts = new ArrayList<>();
        while (nextChild()) {
            if (name().equals(child)) {
                String text = text();
                if (text != null) {
                    texts.add(text);
                }
            } else {
                skip();
            }
        }
        return texts;
    }

    private int next() {
        return reader.next(path.isEmpty() ? "package" : path());
    }

    private String localName() {
        String name = reader.stax().getLocalName();
        return name.substring(name.indexOf(':') + 1);
    }

    private static String trimmed(CharSequence text) {
        int start = 0;
        int end = text.length();
        while (start < end && isXmlSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isXmlSpace(text.charAt(end - 1))) {
            end--;
        }
        return start == end ? null : Nfc.of(text.subSequence(start, end).toString());
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
