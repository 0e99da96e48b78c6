package vn.vanthu.incoming.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vanthu.core.DateRange;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.incoming.IncomingState;
import vn.vanthu.incoming.RegisterBook;
import vn.vanthu.incoming.RegisterLine;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.register.RegisterView;
import vn.vanthu.web.PrintedBook;
import vn.vanthu.web.PrintedBook.Column;

/**
 * The incoming register in the columns of Decree 30 Appendix IV, ready to be printed or exported. It is in Vietnamese
 * whatever the reader's language: the register is an official record.
 */
@Component
class RegisterBookLayout {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Column> COLUMNS = List.of(new Column("Ngày đến", 8, true),
            new Column("Số đến", 5, true), new Column("Tác giả", 14, false), new Column("Số, ký hiệu", 9, false),
            new Column("Ngày tháng", 8, true), new Column("Tên loại và trích yếu nội dung", 24, false),
            new Column("Đơn vị hoặc người nhận", 12, false), new Column("Ngày chuyển", 8, true),
            new Column("Ký nhận", 6, false), new Column("Ghi chú", 6, false));

    private final RegisterBook book;
    private final AgencyDirectory directory;
    private final MessageSource messages;

    RegisterBookLayout(RegisterBook book, AgencyDirectory directory, MessageSource messages) {
        this.book = book;
        this.directory = directory;
        this.messages = messages;
    }

    PrintedBook printed(UUID registerId, DateRange range, CurrentUser me) {
        RegisterView register = book.register(registerId, me);
        return new PrintedBook("Sổ đăng ký văn bản đến", "so-van-ban-den",
                directory.find(register.agencyCode()).name(), register.name(), range, COLUMNS,
                book.lines(registerId, range, me).stream().map(this::cells).toList());
    }

    private List<String> cells(RegisterLine line) {
        String note = line.state() == IncomingState.REFUSED || line.state() == IncomingState.RETURNED
                ? messages.getMessage(line.state().messageKey(), null, VIETNAMESE) : "";
        return List.of(date(line.arrivedAt()), String.valueOf(line.arrivalNumber()), line.senderName(),
                orEmpty(line.numberAndNotation()), line.promulgationDate() == null ? ""
                        : VietnamTime.format(line.promulgationDate()),
                line.documentType().title() + ": " + line.subject(), orEmpty(line.recipient()),
                line.handedAt() == null ? "" : date(line.handedAt()), "", note);
    }

    private static String date(Instant instant) {
        return VietnamTime.format(VietnamTime.date(instant));
    }

    private static String orEmpty(@Nullable String text) {
        return Objects.requireNonNullElse(text, "");
    }
}
