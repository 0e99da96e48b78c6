package vn.vanthu.core;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Vietnam's time (UTC+07:00, no daylight saving): the time every date on a document, a deadline or a screen is
 * read in, whatever zone the server runs in.
 */
public final class VietnamTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZONE);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private VietnamTime() {
    }

    /** {@code 14:05 21/11/2026}: how Vietnamese officials write a time and date. */
    public static String format(Instant instant) {
        return DATE_TIME.format(instant);
    }

    /** {@code 21/11/2026}. */
    public static String format(LocalDate date) {
        return DATE.format(date);
    }

    /** The day it was in Vietnam at that instant. */
    public static LocalDate date(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** Today in Vietnam. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }
}
