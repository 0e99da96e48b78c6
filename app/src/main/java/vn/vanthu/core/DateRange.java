package vn.vanthu.core;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A run of whole days in Vietnam, first and last included, as a register book or a report covers them. It is at most
 * a year long (366 days): a register is kept by the year, and a longer printout is a mistake, not a need.
 */
public record DateRange(LocalDate from, LocalDate to) {

    public static final int MAX_DAYS = 366;

    public DateRange {
        if (to.isBefore(from)) {
            throw new InvalidValue("to", "date-range.order");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidValue("to", "date-range.too-long", MAX_DAYS);
        }
    }

    /** The first day's midnight in Vietnam, as the database compares times. */
    public OffsetDateTime start() {
        return midnight(from);
    }

    /** The midnight that ends the last day in Vietnam: the range ends before it. */
    public OffsetDateTime end() {
        return midnight(to.plusDays(1));
    }

    private static OffsetDateTime midnight(LocalDate day) {
        return day.atStartOfDay(VietnamTime.ZONE).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    }
}
