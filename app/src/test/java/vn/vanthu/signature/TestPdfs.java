package vn.vanthu.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;

/** Documents laid out as Decree 30 wants them, to sign in tests: A4, text in a Times-compatible font. */
final class TestPdfs {

    /** Where the signer's name is written on the last page, in PDF points from the top-left corner. */
    static final float NAME_CENTRE_X = 425;
    static final float NAME_TOP_Y = 560;

    private TestPdfs() {
    }

    /** A letter of {@code pages} pages whose signature block on the last page is {@code title} over {@code name}. */
    static byte[] letter(int pages, String title, String name) {
        try (PDDocument document = new PDDocument();
                InputStream font = new ClassPathResource("fonts/LiberationSerif-Regular.ttf").getInputStream()) {
            PDType0Font serif = PDType0Font.load(document, font);
            for (int i = 1; i <= pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                float height = page.getMediaBox().getHeight();
                try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                    write(text, serif, 13, 85, height - 80, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — trang " + i);
                    write(text, serif, 13, 85, height - 110, "Về việc thử ký số văn bản điện tử có tiếng Việt.");
                    if (i == pages) {
                        write(text, serif, 13, centred(serif, 13, title), height - 420, title);
                        write(text, serif, 13, centred(serif, 13, name), height - NAME_TOP_Y - 10, name);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static float centred(PDType0Font font, float size, String text) throws IOException {
        return NAME_CENTRE_X - font.getStringWidth(text) / 1000 * size / 2;
    }

    private static void write(PDPageContentStream stream, PDType0Font font, float size, float x, float y, String text)
            throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, y);
        stream.showText(text);
        stream.endText();
    }
}
