package vn.vanthu.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalQuery;

/**
 * The two date formats of edXML: {@code yyyy/MM/dd} for dates and {@code yyyy/MM/dd HH:mm:ss} for timestamps,
 * as the government SDK writes them. Parsing is strict: {@code 2015/02/30} is no date.
 */
final class EdxmlDates {

    static final String DATE_PATTERN = "yyyy/MM/dd";
    static final String TIMESTAMP_PATTERN = "yyyy/MM/dd HH:mm:ss";

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu/MM/dd").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private EdxmlDates() {
    }

    static String format(LocalDate date) {
        return date == null ? null : DATE.format(date);
    }

    static String format(LocalDateTime timestamp) {
        return timestamp == null ? null : TIMESTAMP.format(timestamp);
    }

    static LocalDate parseDate(String text, String where) {
        return parse(text, where, DATE, LocalDate::from, "bad date '", DATE_PATTERN);
    }

    static LocalDateTime parseTimestamp(String text, String where) {
        return parse(text, where, TIMESTAMP, LocalDateTime::from, "bad timestamp '", TIMESTAMP_PATTERN);
    }

    private static <T> T parse(String text, String where, DateTimeFormatter format, TemporalQuery<T> query,
                               String problem, String pattern) {
        if (text == null) {
            return null;
        }
        try {
            return format.parse(text, query);
        } catch (DateTimeParseException e) {
            throw new EdxmlException(EdxmlException.Rule.BAD_DATE, where, problem + text + "', expected " + pattern);
        }
    }
}
