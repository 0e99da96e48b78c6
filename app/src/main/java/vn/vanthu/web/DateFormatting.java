package vn.vanthu.web;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.vanthu.core.VietnamTime;

/** Lets templates show an instant in Vietnam's time: {@code ${@dates.format(entry.occurredAt)}}, a date as {@code ${@dates.date(deadline)}}. */
@Component("dates")
public class DateFormatting {

    public String format(@Nullable Instant instant) {
        return instant == null ? "—" : VietnamTime.format(instant);
    }

    /** The day of an instant in Vietnam, without the time. */
    public String day(@Nullable Instant instant) {
        return instant == null ? "—" : VietnamTime.format(VietnamTime.date(instant));
    }

    public String date(@Nullable LocalDate date) {
        return date == null ? "—" : VietnamTime.format(date);
    }
}
