package vn.vanthu.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Prints a register book as Decree 30 Appendix IV lays it out (A4 landscape, numbered columns, the header repeated on
 * every page) and exports it as a spreadsheet with the same columns, for the incoming and the outgoing registers
 * alike: the books differ in their columns, not in how they are printed.
 */
@Component
public class BookPrinting {

    private static final String TEMPLATE = "register-book-print";
    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Rows the streaming workbook keeps in memory: a year of a province's register is tens of thousands. */
    private static final int ROWS_IN_MEMORY = 200;
    /** A spreadsheet column is about twice as many characters wide as its share of the printed page in percent. */
    private static final int CHARACTERS_PER_PERCENT = 2;
    private static final int HEADER_ROW = 4;

    private final ITemplateEngine templates;

    BookPrinting(ITemplateEngine templates) {
        this.templates = templates;
    }

    public ResponseEntity<byte[]> pdf(PrintedBook book) {
        Context context = new Context(PrintedBook.VIETNAMESE);
        context.setVariable("book", book);
        byte[] pdf = PdfPrinter.print(templates.process(TEMPLATE, context));
        return download(pdf, MediaType.APPLICATION_PDF, book.fileName("pdf"));
    }

    public ResponseEntity<byte[]> xlsx(PrintedBook book) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(book.title());
            CellStyle title = style(workbook, true, false);
            CellStyle header = style(workbook, true, true);
            CellStyle cell = style(workbook, false, true);
            int last = book.columns().size() - 1;
            List<String> titles = List.of(book.agencyName().toUpperCase(PrintedBook.VIETNAMESE), book.heading(),
                    book.registerName() + " — " + book.period());
            for (int line = 0; line < titles.size(); line++) {
                row(sheet, line, title, List.of(titles.get(line)));
                sheet.addMergedRegion(new CellRangeAddress(line, line, 0, last));
            }
            row(sheet, HEADER_ROW, header, book.columns().stream().map(PrintedBook.Column::title).toList());
            int number = HEADER_ROW + 1;
            for (List<String> line : book.lines()) {
                row(sheet, number++, cell, line);
            }
            for (int column = 0; column <= last; column++) {
                sheet.setColumnWidth(column, book.columns().get(column).width() * CHARACTERS_PER_PERCENT * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            workbook.write(out);
            workbook.dispose();
            return download(out.toByteArray(), XLSX, book.fileName("xlsx"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not export the register", e);
        }
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

    private static void row(Sheet sheet, int index, CellStyle style, List<String> values) {
        Row row = sheet.createRow(index);
        for (int column = 0; column < values.size(); column++) {
            Cell cell = row.createCell(column);
            cell.setCellValue(values.get(column));
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
}
