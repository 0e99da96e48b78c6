package vn.vanthu.incoming.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

import vn.vanthu.core.DocumentType;
import vn.vanthu.incoming.InboxFilter;
import vn.vanthu.incoming.IncomingState;

/** The inbox filters as the page and the API take them from the query string. */
record InboxQuery(
        @Nullable UUID register,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Nullable String sender,
        @Nullable DocumentType type,
        @Nullable IncomingState state) {

    InboxFilter filter() {
        return new InboxFilter(register, from, to, sender == null ? null : sender.strip(), type, state);
    }
}
