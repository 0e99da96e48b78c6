package vn.vanthu.outgoing.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A page's text as a reader sees it, form field values included: PDFBox's stripper reads only the page's content, so
 * this one also reads the widgets' appearances, which is where a filled field's value is drawn.
 */
final class PageText extends PDFTextStripper {

    private final List<TextPosition> glyphs = new ArrayList<>();

    private PageText() {
        setSortByPosition(true);
    }

    /** The text of {@code page} (1-based), lines separated by newlines. */
    static String of(byte[] pdf, int page) {
        return read(pdf, page).text();
    }

    /** The text of {@code page} (1-based) and every glyph on it. */
    static Read read(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PageText stripper = new PageText();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            String text = stripper.getText(document);
            return new Read(text, List.copyOf(stripper.glyphs), document.getPage(page - 1).getCropBox().getHeight());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void writePage() throws IOException {
        for (PDAnnotation annotation : getCurrentPage().getAnnotations()) {
            if (annotation instanceof PDAnnotationWidget) {
                showAnnotation(annotation);
            }
        }
        super.writePage();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        glyphs.addAll(positions);
        super.writeString(text, positions);
    }

    /** What was read; glyph positions are from the top-left corner, y on the baseline. */
    record Read(String text, List<TextPosition> glyphs, float pageHeight) {

        /** Only the glyphs within a point of the baseline of the first {@code word} on the page. */
        Read onLineOf(String word) {
            float baseline = find(word).get(0).getYDirAdj();
            return new Read(text, glyphs.stream().filter(glyph -> Math.abs(glyph.getYDirAdj() - baseline) < 1)
                    .toList(), pageHeight);
        }

        /** The first glyphs that spell {@code word}, in reading order. */
        List<TextPosition> find(String word) {
            StringBuilder all = new StringBuilder();
            List<Integer> owner = new ArrayList<>();
            for (int i = 0; i < glyphs.size(); i++) {
                String unicode = glyphs.get(i).getUnicode();
                all.append(unicode);
                for (int c = 0; c < unicode.length(); c++) {
                    owner.add(i);
                }
            }
            int at = all.indexOf(word);
            if (at < 0) {
                throw new AssertionError("\"" + word + "\" is not on the page:\n" + text);
            }
            return glyphs.subList(owner.get(at), owner.get(at + word.length() - 1) + 1);
        }
    }
}
