package vn.vanthu.incoming.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.vanthu.core.VietnamTime;
import vn.vanthu.incoming.IncomingState;
import vn.vanthu.incoming.RegisterBook;
import vn.vanthu.incoming.RegisterLine;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.register.RegisterView;

/**
 * The incoming register printed as Decree 30 Appendix IV lays it out (A4 landscape, Times-compatible font with
 * Vietnamese glyphs) and exported as a spreadsheet with the same columns. Both are in Vietnamese whatever the reader's
 * language: the register is an official record.
 */
@Component
class RegisterBookExports {

    static final String FONT_FAMILY = "Liberation Serif";
    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final String[] COLUMNS = {"Ngày đến", "Số đến", "Tác giả", "Số, ký hiệu", "Ngày tháng",
        "Tên loại và trích yếu nội dung", "Đơn vị hoặc người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"};
    private static final int[] WIDTHS = {12, 8, 28, 16, 12, 50, 24, 12, 10, 14};

    private final RegisterBook book;
    private final AgencyDirectory directory;
    private final ITemplateEngine templates;
    private final MessageSource messages;

    RegisterBookExports(RegisterBook book, AgencyDirectory directory, ITemplateEngine templates,
            MessageSource messages) {
        this.book = book;
        this.directory = directory;
        this.templates = templates;
        this.messages = messages;
    }

    ResponseEntity<byte[]> pdf(UUID registerId, LocalDate from, LocalDate to, CurrentUser me) {
        Book printed = book(registerId, from, to, me);
        Context context = new Context(VIETNAMESE);
        context.setVariable("book", printed);
        context.setVariable("columns", COLUMNS);
        String html = templates.process("incoming/register-book-print", context);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder renderer = new PdfRendererBuilder();
            renderer.useFastMode();
            font(renderer, "Regular", 400, BaseRendererBuilder.FontStyle.NORMAL);
            font(renderer, "Bold", 700, BaseRendererBuilder.FontStyle.NORMAL);
            font(renderer, "Italic", 400, BaseRendererBuilder.FontStyle.ITALIC);
            renderer.withHtmlContent(html, null);
            renderer.toStream(pdf);
            renderer.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not print the register", e);
        }
        return download(pdf.toByteArray(), MediaType.APPLICATION_PDF, printed.fileName("pdf"));
    }

    ResponseEntity<byte[]> xlsx(UUID registerId, LocalDate from, LocalDate to, CurrentUser me) {
        Book exported = book(registerId, from, to, me);
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sổ văn bản đến");
            CellStyle title = style(workbook, true, false);
            CellStyle header = style(workbook, true, true);
            CellStyle cell = style(workbook, false, true);
            row(sheet, 0, title, exported.agencyName().toUpperCase(VIETNAMESE));
            row(sheet, 1, title, "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN");
            row(sheet, 2, title, exported.registerName() + " — " + exported.period());
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, COLUMNS.length - 1));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, COLUMNS.length - 1));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, COLUMNS.length - 1));
            row(sheet, 4, header, COLUMNS);
            int number = 5;
            for (Line line : exported.lines()) {
                row(sheet, number++, cell, line.cells());
            }
            for (int column = 0; column < WIDTHS.length; column++) {
                sheet.setColumnWidth(column, WIDTHS[column] * 256);
            }
            sheet.createFreezePane(0, 5);
            workbook.write(out);
            workbook.dispose();
            return download(out.toByteArray(), XLSX, exported.fileName("xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not export the register", e);
        }
    }

    private Book book(UUID registerId, LocalDate from, LocalDate to, CurrentUser me) {
        RegisterView register = book.register(registerId, me);
        List<Line> lines = book.lines(registerId, from, to, me).stream().map(this::line).toList();
        return new Book(directory.find(register.agencyCode()).name(), register.name(),
                "Từ ngày " + VietnamTime.format(from) + " đến ngày " + VietnamTime.format(to), from, to, lines);
    }

    private Line line(RegisterLine line) {
        String note = line.state() == IncomingState.REFUSED || line.state() == IncomingState.RETURNED
                ? messages.getMessage(line.state().messageKey(), null, VIETNAMESE) : "";
        return new Line(date(line.arrivedAt()), String.valueOf(line.arrivalNumber()), line.senderName(),
                orEmpty(line.numberAndNotation()), line.promulgationDate() == null ? ""
                        : VietnamTime.format(line.promulgationDate()),
                line.documentType().title() + ": " + line.subject(), orEmpty(line.recipient()),
                line.handedAt() == null ? "" : date(line.handedAt()), note);
    }

    private static void font(PdfRendererBuilder renderer, String face, int weight,
            BaseRendererBuilder.FontStyle style) {
        renderer.useFont(() -> fontStream(face), FONT_FAMILY, weight, style, true);
    }

    private static InputStream fontStream(String face) {
        InputStream font = RegisterBookExports.class.getResourceAsStream("/fonts/LiberationSerif-" + face + ".ttf");
        if (font == null) {
            throw new IllegalStateException("The font LiberationSerif-" + face + " is missing from the build");
        }
        return font;
    }

    private static CellStyle style(SXSSFWorkbook workbook, boolean bold, boolean bordered) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setFontName("Times New Roman");
        font.setBold(bold);
        style.setFont(font);
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (bordered) {
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        } else {
            style.setAlignment(HorizontalAlignment.CENTER);
        }
        return style;
    }

    private static void row(Sheet sheet, int index, CellStyle style, String... values) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < values.length; column++) {
            var cell = row.createCell(column);
            cell.setCellValue(values[column]);
            cell.setCellStyle(style);
        }
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }

    private static String date(Instant instant) {
        return VietnamTime.format(instant.atZone(VietnamTime.ZONE).toLocalDate());
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    /** A register ready to print: the agency, the register, the period and its lines as text. */
    record Book(String agencyName, String registerName, String period, LocalDate from, LocalDate to,
            List<Line> lines) {

        String fileName(String extension) {
            return "so-van-ban-den_" + from + "_" + to + "." + extension;
        }
    }

    /** One line in the printed columns. */
    record Line(String arrivedOn, String arrivalNumber, String sender, String numberAndNotation, String dated,
            String typeAndSubject, String recipient, String handedOn, String note) {

        String[] cells() {
            return new String[] {arrivedOn, arrivalNumber, sender, numberAndNotation, dated, typeAndSubject,
                recipient, handedOn, "", note};
        }
    }
}
