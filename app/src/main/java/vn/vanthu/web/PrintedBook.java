package vn.vanthu.web;

import java.util.List;
import java.util.Locale;

import vn.vanthu.core.DateRange;
import vn.vanthu.core.VietnamTime;

/**
 * A register book laid out for paper and spreadsheet (Decree 30 Appendix IV): the agency, the book's title, the
 * register, the days, and its lines as the text of its columns. It is in Vietnamese whatever the reader's language:
 * the register is an official record.
 *
 * @param title    the book's name in sentence case ("Sổ đăng ký văn bản đi"); printed in capitals
 * @param fileName what the downloaded file is called before its dates ({@code so-van-ban-di})
 * @param lines    one list of cells per line, as many as there are columns
 */
public record PrintedBook(String title, String fileName, String agencyName, String registerName, DateRange range,
        List<Column> columns, List<List<String>> lines) {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    public String heading() {
        return title.toUpperCase(VIETNAMESE);
    }

    public String period() {
        return "Từ ngày " + VietnamTime.format(range.from()) + " đến ngày " + VietnamTime.format(range.to());
    }

    String fileName(String extension) {
        return fileName + "_" + range.from() + "_" + range.to() + "." + extension;
    }

    /**
     * A column as Appendix IV heads it.
     *
     * @param width   its share of the printed table, in percent; the spreadsheet's column is sized from it
     * @param centred dates and numbers are centred, text reads from the left
     */
    public record Column(String title, int width, boolean centred) {
    }
}
