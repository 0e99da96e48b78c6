package vn.vanthu.edxml;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes XML laid out as the government SDK lays it out: two spaces a level, one element a line, values inline.
 * Elements are either {@code edXML:}-prefixed or unprefixed in the namespace in scope, as in the SDK's output.
 * Text is checked to be writable in XML 1.0 and a carriage return is kept as {@code &#13;}, so what is written
 * reads back the same.
 */
final class XmlOutput {

    private static final String PREFIX = "edXML";

    private final Counting counting;
    private final XMLStreamWriter writer;
    private final List<String> open = new ArrayList<>();
    private final List<Boolean> hasChildren = new ArrayList<>();
    private final int baseDepth;
    private boolean first = true;

    private XmlOutput(OutputStream out, int baseDepth) {
        this.counting = new Counting(out);
        this.baseDepth = baseDepth;
        try {
            this.writer = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(counting, "UTF-8");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A whole document: the XML declaration, then what is written. */
    static XmlOutput document(OutputStream out) {
        XmlOutput output = new XmlOutput(out, 0);
        output.run(() -> {
            output.writer.writeStartDocument("UTF-8", "1.0");
            output.writer.writeCharacters("\n");
        });
        return output;
    }

    /** An element to be put at {@code depth} into a document written elsewhere. */
    static XmlOutput fragment(OutputStream out, int depth) {
        return new XmlOutput(out, depth);
    }

    /** Opens an {@code edXML:} element. */
    XmlOutput start(String name) {
        return open(PREFIX, name);
    }

    /** Opens an unprefixed element. */
    XmlOutput startPlain(String name) {
        return open("", name);
    }

    /** Declares the {@code edXML} prefix on the element just opened. */
    XmlOutput declarePrefix() {
        run(() -> writer.writeNamespace(PREFIX, EdxmlMessage.NAMESPACE));
        return this;
    }

    /** Declares the default namespace on the element just opened. */
    XmlOutput declareDefault(String namespace) {
        run(() -> writer.writeDefaultNamespace(namespace));
        return this;
    }

    XmlOutput attribute(String name, String value) {
        run(() -> writer.writeAttribute(name, value));
        return this;
    }

    /** An {@code edXML:} element holding {@code text}; nothing when the text is {@code null}. */
    XmlOutput leaf(String name, Object text) {
        return text == null ? this : start(name).text(text.toString()).end();
    }

    /** An unprefixed element holding {@code text}; nothing when the text is {@code null}. */
    XmlOutput leafPlain(String name, Object text) {
        return text == null ? this : startPlain(name).text(text.toString()).end();
    }

    /** The open element's text, in precomposed form (NFC). */
    XmlOutput text(String value) {
        String text = Nfc.of(value);
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                String segment = text.substring(from, i);
                run(() -> {
                    writer.writeCharacters(segment);
                    writer.writeEntityRef("#13");
                });
                from = i + 1;
            } else if (!XmlChars.isAllowed(text, i)) {
                throw new EdxmlException(EdxmlException.Rule.UNWRITABLE_TEXT, ElementPath.of(open),
                        String.format("character U+%04X cannot be written in XML 1.0", (int) c));
            } else if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        String rest = text.substring(from);
        run(() -> writer.writeCharacters(rest));
        return this;
    }

    /** Text known to need neither checks nor escapes (base64), in chunks. */
    void plainCharacters(char[] chars, int length) {
        run(() -> writer.writeCharacters(chars, 0, length));
    }

    /** Closes the open element. */
    XmlOutput end() {
        int level = open.size() - 1;
        if (hasChildren.get(level)) {
            newline(level);
        }
        open.remove(level);
        hasChildren.remove(level);
        run(writer::writeEndElement);
        return this;
    }

    /**
     * Lays out the place of a child element of the open element without writing one, and answers the byte offset
     * where it would start. The signer puts the Signature there: the whitespace around it is already written, so
     * the document without the Signature, which its digest covers, is exactly this one.
     */
    long slot() {
        newline(open.size());
        hasChildren.set(open.size() - 1, true);
        flush();
        return counting.count;
    }

    /** Ends the document and flushes; the stream stays open. */
    void finish() {
        run(() -> {
            while (!open.isEmpty()) {
                end();
            }
            if (baseDepth == 0) {
                writer.writeEndDocument();
                writer.writeCharacters("\n");
            }
        });
        flush();
    }

    private XmlOutput open(String prefix, String name) {
        if (!open.isEmpty()) {
            hasChildren.set(open.size() - 1, true);
            newline(open.size());
        } else if (!first) {
            newline(0);
        }
        first = false;
        open.add(name);
        hasChildren.add(false);
        if (prefix.isEmpty()) {
            run(() -> writer.writeStartElement(name));
        } else {
            run(() -> writer.writeStartElement(prefix, name, EdxmlMessage.NAMESPACE));
        }
        return this;
    }

    private void newline(int level) {
        String indent = "\n" + "  ".repeat(baseDepth + level);
        run(() -> writer.writeCharacters(indent));
    }

    private void flush() {
        run(writer::flush);
    }

    private interface XmlStep {
        void run() throws XMLStreamException;
    }

    private void run(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            if (e.getCause() instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw new IllegalStateException(e);
        }
    }

    /** Counts the bytes written, so that {@link #slot()} can say where it is. */
    private static final class Counting extends FilterOutputStream {

        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
