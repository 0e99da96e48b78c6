package vn.vanthu.incoming;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import vn.vanthu.core.DocumentType;

/** What an inbox may be narrowed to: a register, the arrival dates, the sender, the type, the state. */
public record InboxFilter(@Nullable UUID registerId, @Nullable LocalDate arrivedFrom, @Nullable LocalDate arrivedTo,
        @Nullable String sender, @Nullable DocumentType documentType, @Nullable IncomingState state) {

    public static final InboxFilter NONE = new InboxFilter(null, null, null, null, null, null);
}
