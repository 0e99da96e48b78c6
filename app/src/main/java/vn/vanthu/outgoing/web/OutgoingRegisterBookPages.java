package vn.vanthu.outgoing.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.outgoing.OutgoingRegisterBook;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterView;
import vn.vanthu.web.BookPrinting;
import vn.vanthu.web.BookQuery;

/** The outgoing register of a period as the clerk reads it on screen, a page at a time, prints it and exports it. */
@Controller
@RequestMapping("/outgoing")
class OutgoingRegisterBookPages {

    private static final int PAGE_SIZE = 50;

    private final OutgoingRegisterBook book;
    private final OutgoingRegisterBookLayout layout;
    private final BookPrinting printing;
    private final RegisterManagement registers;

    OutgoingRegisterBookPages(OutgoingRegisterBook book, OutgoingRegisterBookLayout layout, BookPrinting printing,
            RegisterManagement registers) {
        this.book = book;
        this.layout = layout;
        this.printing = printing;
        this.registers = registers;
    }

    @GetMapping("/register-book")
    String page(BookQuery query, @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        List<RegisterView> all = registers.registersOf(me.agencyCode(), RegisterKind.OUTGOING, me);
        model.addAttribute("registers", all);
        PageRequest lines = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
        query.orDefaults(all.isEmpty() ? null : all.get(0).id())
                .show(model, asked -> book.lines(asked.registerId(), asked.range(), me, lines), Page.empty());
        return "outgoing/register-book";
    }

    @GetMapping("/register-book.pdf")
    ResponseEntity<byte[]> pdf(BookQuery query, @AuthenticationPrincipal CurrentUser me) {
        return printing.pdf(layout.printed(query.registerId(), query.range(), me));
    }

    @GetMapping("/register-book.xlsx")
    ResponseEntity<byte[]> xlsx(BookQuery query, @AuthenticationPrincipal CurrentUser me) {
        return printing.xlsx(layout.printed(query.registerId(), query.range(), me));
    }
}
