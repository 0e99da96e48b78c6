package vn.vanthu.web;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import io.swagger.v3.oas.annotations.Parameter;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;

import vn.vanthu.core.DateRange;
import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.VietnamTime;

/**
 * Which register book is asked for, from the query string ({@code ?register=…&from=2026-11-01&to=2026-11-30}), the
 * same for the incoming and the outgoing registers, on the pages and in the API. The days left out are this month up
 * to today in Vietnam, which is what a clerk checks most; a page opened without a register shows the agency's first.
 */
public record BookQuery(
        @Parameter(description = "Sổ văn bản (id) / The register") @Nullable UUID register,
        @Parameter(description = "Từ ngày (mặc định: đầu tháng này) / First day (by default the first of this month)")
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Parameter(description = "Đến ngày (mặc định: hôm nay) / Last day (by default today)")
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

    /** The query as a page shows it in its form: every field filled. */
    public BookQuery orDefaults(@Nullable UUID firstRegister) {
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        return new BookQuery(register != null ? register : firstRegister,
                from != null ? from : today.withDayOfMonth(1), to != null ? to : today);
    }

    /** The register asked for: a printout or an API call names one. */
    public UUID registerId() {
        if (register == null) {
            throw new InvalidValue("register", "book.register.required");
        }
        return register;
    }

    /**
     * Shows this query, filled, on a register book's page with the lines it finds; days the reader got wrong show
     * why instead, beside the form to mend them. Without a register (an agency that has none) there is nothing.
     *
     * @param none what the page lists when there is nothing, as {@code lines} would have it (an empty list or page)
     */
    public void show(Model model, Function<BookQuery, ?> lines, Object none) {
        model.addAttribute("query", this);
        try {
            model.addAttribute("lines", register == null ? none : lines.apply(this));
        } catch (InvalidValue refusal) {
            model.addAttribute("lines", none);
            model.addAttribute("refusal", refusal);
        }
    }

    /** The days asked for; a range that ends before it starts, or runs over a year, is refused (400). */
    public DateRange range() {
        BookQuery filled = orDefaults(null);
        return new DateRange(Objects.requireNonNull(filled.from), Objects.requireNonNull(filled.to));
    }
}
