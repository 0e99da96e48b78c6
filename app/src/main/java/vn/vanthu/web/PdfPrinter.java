package vn.vanthu.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Prints an HTML page to PDF as official papers need it: in Liberation Serif (metrically compatible with Times New
 * Roman, which Decree 30 Appendix I asks for, and complete for Vietnamese), carried in the jar and embedded, so that
 * every diacritic looks as drawn here whatever fonts the server or the reader has. Drafts, register books and
 * anything else VanThu prints go through here.
 */
public final class PdfPrinter {

    /** The name a print template's CSS uses: {@code font-family: 'Liberation Serif'}. */
    public static final String FONT_FAMILY = "Liberation Serif";

    private PdfPrinter() {
    }

    /** The page as a PDF; what the template does not style falls back to the same family. */
    public static byte[] print(String html) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder renderer = new PdfRendererBuilder();
            renderer.useFastMode();
            for (Face face : Face.values()) {
                // embedded (subset): a reader without Times must still see every Vietnamese diacritic
                renderer.useFont(face::open, FONT_FAMILY, face.weight, face.style, true);
            }
            renderer.withHtmlContent(html, null);
            renderer.toStream(pdf);
            renderer.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the page", e);
        }
        return pdf.toByteArray();
    }

    /** The faces of Liberation Serif the build carries: the same font whatever the server has installed. */
    public enum Face {
        REGULAR("Regular", 400, FontStyle.NORMAL),
        BOLD("Bold", 700, FontStyle.NORMAL),
        ITALIC("Italic", 400, FontStyle.ITALIC),
        BOLD_ITALIC("BoldItalic", 700, FontStyle.ITALIC);

        private final String fileName;
        private final int weight;
        private final FontStyle style;

        Face(String suffix, int weight, FontStyle style) {
            this.fileName = "LiberationSerif-" + suffix + ".ttf";
            this.weight = weight;
            this.style = style;
        }

        public String fileName() {
            return fileName;
        }

        /** The font file; the caller closes it. */
        public InputStream open() {
            InputStream font = PdfPrinter.class.getResourceAsStream("/fonts/" + fileName);
            if (font == null) {
                throw new IllegalStateException("The font " + fileName + " is missing from the build");
            }
            return font;
        }
    }
}
