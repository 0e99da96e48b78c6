package vn.vanthu.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells a file's type from its content, never from its name: a program renamed {@code quyet-dinh.pdf} stays a
 * program and is refused. Office files are looked into: a ZIP is a DOCX only if it holds a Word document, an OLE2
 * container is a DOC only if it holds a {@code WordDocument} stream (an MSI installer is OLE2 too).
 */
final class ContentSniffer {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] TIFF_LITTLE_ENDIAN = {'I', 'I', 42, 0};
    private static final byte[] TIFF_BIG_ENDIAN = {'M', 'M', 0, 42};
    private static final String ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

    private ContentSniffer() {
    }

    static Optional<ContentType> sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(16);
        }
        Optional<ContentType> plain = sniffMagic(head);
        if (plain.isPresent()) {
            return plain;
        }
        if (startsWith(head, ZIP)) {
            return zipBased(file);
        }
        if (startsWith(head, OLE2)) {
            return ole2Based(file);
        }
        return Optional.empty();
    }

    /** The types told by their first bytes alone; containers (ZIP, OLE2) need {@link #sniff(Path)}. */
    static Optional<ContentType> sniffMagic(byte[] head) {
        if (startsWith(head, PDF)) {
            return Optional.of(ContentType.PDF);
        }
        if (startsWith(head, JPEG)) {
            return Optional.of(ContentType.JPEG);
        }
        if (startsWith(head, PNG)) {
            return Optional.of(ContentType.PNG);
        }
        if (startsWith(head, TIFF_LITTLE_ENDIAN) || startsWith(head, TIFF_BIG_ENDIAN)) {
            return Optional.of(ContentType.TIFF);
        }
        return Optional.empty();
    }

    private static Optional<ContentType> zipBased(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                if (zip.getEntry("word/document.xml") != null) {
                    return Optional.of(ContentType.DOCX);
                }
                if (zip.getEntry("xl/workbook.xml") != null) {
                    return Optional.of(ContentType.XLSX);
                }
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null && mimetype.getSize() < 200) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    if (ODT_MIMETYPE.equals(new String(in.readAllBytes(), StandardCharsets.US_ASCII).strip())) {
                        return Optional.of(ContentType.ODT);
                    }
                }
            }
            return Optional.of(ContentType.ZIP);
        } catch (java.util.zip.ZipException broken) {
            return Optional.empty();
        }
    }

    private static Optional<ContentType> ole2Based(Path file) {
        try (POIFSFileSystem ole = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = ole.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return Optional.of(ContentType.DOC);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return Optional.of(ContentType.XLS);
            }
            return Optional.empty();
        } catch (IOException | RuntimeException broken) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
