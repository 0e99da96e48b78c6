package vn.vanthu.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSnifferUnitTests {

    @TempDir
    Path folder;

    @Test
    void knowsTheDocumentTypesOfAnAgencyByTheirContent() throws IOException {
        assertThat(sniff("a.pdf", "%PDF-1.7\n%âãÏÓ\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)))
                .isEqualTo(ContentType.PDF);
        assertThat(sniff("a.docx", office(new XWPFDocument()))).isEqualTo(ContentType.DOCX);
        assertThat(sniff("a.xlsx", office(new XSSFWorkbook()))).isEqualTo(ContentType.XLSX);
        assertThat(sniff("a.xls", office(new HSSFWorkbook()))).isEqualTo(ContentType.XLS);
        assertThat(sniff("a.doc", ole2("WordDocument"))).isEqualTo(ContentType.DOC);
        assertThat(sniff("a.odt", zip("mimetype", "application/vnd.oasis.opendocument.text"))).isEqualTo(ContentType.ODT);
        assertThat(sniff("a.zip", zip("ho-so/van-ban.txt", "Công văn"))).isEqualTo(ContentType.ZIP);
        assertThat(sniff("scan.jpg", image("jpeg"))).isEqualTo(ContentType.JPEG);
        assertThat(sniff("scan.png", image("png"))).isEqualTo(ContentType.PNG);
        assertThat(sniff("scan.tif", image("tiff"))).isEqualTo(ContentType.TIFF);
    }

    @Test
    void aProgramRenamedAsADocumentIsNoDocument() throws IOException {
        byte[] windowsProgram = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0};
        byte[] linuxProgram = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        assertThat(ContentSniffer.sniff(write("quyet-dinh.pdf", windowsProgram))).isEmpty();
        assertThat(ContentSniffer.sniff(write("cong-van.docx", linuxProgram))).isEmpty();
        assertThat(ContentSniffer.sniff(write("ghi-chu.pdf", "chỉ là chữ".getBytes(StandardCharsets.UTF_8))))
                .isEmpty();
        assertThat(ContentSniffer.sniff(write("bo-cai-dat.doc", ole2("MsiInstaller")))).isEmpty();
    }

    private ContentType sniff(String name, byte[] content) throws IOException {
        return ContentSniffer.sniff(write(name, content)).orElseThrow();
    }

    private Path write(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    private byte[] office(AutoCloseable document) throws IOException {
        Path file = folder.resolve("office-" + System.nanoTime());
        try (OutputStream out = Files.newOutputStream(file)) {
            if (document instanceof XWPFDocument word) {
                word.createParagraph().createRun().setText("Kính gửi: Sở Nội vụ");
                word.write(out);
            } else if (document instanceof org.apache.poi.ss.usermodel.Workbook book) {
                book.createSheet("Sổ").createRow(0).createCell(0).setCellValue("Số đến");
                book.write(out);
            }
        }
        return Files.readAllBytes(file);
    }

    private byte[] ole2(String streamName) throws IOException {
        Path file = folder.resolve("ole-" + System.nanoTime());
        try (POIFSFileSystem ole = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            ole.createDocument(new ByteArrayInputStream(new byte[600]), streamName);
            ole.writeFilesystem(out);
        }
        return Files.readAllBytes(file);
    }

    private byte[] zip(String entry, String content) throws IOException {
        Path file = folder.resolve("zip-" + System.nanoTime());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return Files.readAllBytes(file);
    }

    private byte[] image(String format) throws IOException {
        Path file = folder.resolve("image-" + System.nanoTime());
        BufferedImage page = new BufferedImage(20, 30, BufferedImage.TYPE_INT_RGB);
        if (!ImageIO.write(page, format, file.toFile())) {
            throw new IllegalStateException("No writer for " + format);
        }
        return Files.readAllBytes(file);
    }
}
