package vn.vanthu.outgoing.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.vanthu.core.DateRange;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.outgoing.OutgoingRegisterBook;
import vn.vanthu.outgoing.OutgoingRegisterLine;
import vn.vanthu.register.RegisterView;
import vn.vanthu.web.PrintedBook;
import vn.vanthu.web.PrintedBook.Column;

/**
 * The outgoing register in the columns of Decree 30 Appendix IV, ready to be printed or exported. It is in Vietnamese
 * whatever the reader's language: the register is an official record.
 */
@Component
class OutgoingRegisterBookLayout {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final List<Column> COLUMNS = List.of(new Column("Số, ký hiệu văn bản", 10, false),
            new Column("Ngày tháng văn bản", 8, true), new Column("Tên loại và trích yếu nội dung văn bản", 22, false),
            new Column("Người ký", 10, false), new Column("Nơi nhận văn bản", 15, false),
            new Column("Đơn vị, người nhận bản lưu", 8, false), new Column("Số lượng bản", 5, true),
            new Column("Ngày chuyển", 8, true), new Column("Ký nhận", 5, false), new Column("Ghi chú", 9, false));

    private final OutgoingRegisterBook book;
    private final AgencyDirectory agencies;
    private final MessageSource messages;

    OutgoingRegisterBookLayout(OutgoingRegisterBook book, AgencyDirectory agencies, MessageSource messages) {
        this.book = book;
        this.agencies = agencies;
        this.messages = messages;
    }

    PrintedBook printed(UUID registerId, DateRange range, CurrentUser me) {
        RegisterView register = book.register(registerId, me);
        List<List<String>> lines = book.lines(registerId, range, me).stream().map(this::cells).toList();
        String agency = agencies.find(register.agencyCode()).name();
        return new PrintedBook("Sổ đăng ký văn bản đi", "so-van-ban-di", agency, register.name(), range, COLUMNS,
                lines);
    }

    private List<String> cells(OutgoingRegisterLine line) {
        String issued = VietnamTime.format(VietnamTime.date(line.issuedAt()));
        return List.of(line.numberAndNotation(), issued, line.documentType().title() + ": " + line.subject(),
                line.signerName(), String.join("; ", line.recipients()), line.keptBy(),
                String.valueOf(line.copies()), issued, "", note(line));
    }

    /** An e-document or a paper one; who the exchange has yet to carry it to; whether it was recalled, and why. */
    private String note(OutgoingRegisterLine line) {
        StringBuilder note = new StringBuilder(messages.getMessage(line.paper() ? "outgoing.book.paper"
                : "outgoing.book.electronic", null, VIETNAMESE));
        if (!line.waitingForExchange().isEmpty()) {
            note.append("; ").append(messages.getMessage("outgoing.book.waiting",
                    new Object[] {String.join("; ", line.waitingForExchange())}, VIETNAMESE));
        }
        if (line.recallReason() != null) {
            note.append("; ").append(messages.getMessage("outgoing.book.recalled", new Object[] {line.recallReason()},
                    VIETNAMESE));
        }
        return note.toString();
    }
}
