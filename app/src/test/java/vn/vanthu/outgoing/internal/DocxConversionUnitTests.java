package vn.vanthu.outgoing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxConversionUnitTests {

    private static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final String SENTENCE = "Ủy ban nhân dân tỉnh Bắc Ninh đề nghị các sở, ngành khẩn trương rà soát, "
            + "cập nhật hồ sơ thủ tục hành chính; ưu tiên xử lý trên môi trường điện tử.";

    @Test
    void convertsAWordDraftWithEveryVietnameseDiacriticKept() throws IOException {
        DocxConversion conversion = new DocxConversion("");
        assumeTrue(conversion.available(), "LibreOffice (soffice) is not installed");

        byte[] pdf = conversion.toPdf(docx(MOTTO, SENTENCE, "Nguyễn Thị Hường"));

        assertThat(pdf).startsWith("%PDF-".getBytes());
        String text = PageText.of(pdf, 1).replaceAll("\\s+", " ");
        assertThat(text).contains(MOTTO, SENTENCE, "Nguyễn Thị Hường");
        assertThat(fonts(pdf)).as("Times New Roman or a font with its metrics, so the lines break as in Word")
                .allMatch(font -> font.matches("LiberationSerif.*|TimesNewRoman.*"));
    }

    @Test
    void saysWhyWhenTheConverterFails(@TempDir Path directory) throws IOException {
        Path failing = Files.writeString(directory.resolve("soffice"), "#!/bin/sh\necho 'Error: source file could "
                + "not be loaded' >&2\nexit 1\n");
        assumeTrue(failing.toFile().setExecutable(true), "cannot make a script executable here");

        DocxConversion conversion = new DocxConversion(failing.toString());

        assertThat(conversion.available()).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> conversion.toPdf(docx(SENTENCE)))
                .withMessageContaining("exit code 1").withMessageContaining("source file could not be loaded");
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(Path::getFileName).map(Path::toString))
                    .noneMatch(name -> name.startsWith("vanthu-docx-") && isOurs(name));
        }
    }

    @Test
    void refusesClearlyWhenLibreOfficeIsMissing() {
        DocxConversion conversion = new DocxConversion("/nonexistent/soffice");

        assertThat(conversion.available()).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> conversion.toPdf(docx(SENTENCE)))
                .withMessageContaining("LibreOffice");
    }

    private static List<String> fonts(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                names.add(resources.getFont(name).getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
            return names;
        }
    }

    /** Another test run may be converting at the same time: only a directory this test could have left counts. */
    private static boolean isOurs(String name) {
        Path directory = Path.of(System.getProperty("java.io.tmpdir"), name);
        return Files.exists(directory.resolve("draft.docx"));
    }

    private static byte[] docx(String... paragraphs) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String text : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setAlignment(ParagraphAlignment.BOTH);
                XWPFRun run = paragraph.createRun();
                run.setFontFamily("Times New Roman");
                run.setFontSize(14);
                run.setText(text);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
