package vn.vanthu.incoming.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import vn.vanthu.incoming.RegisterBook;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterView;
import vn.vanthu.web.BookPrinting;
import vn.vanthu.web.BookQuery;

/** The incoming register of a period as the clerk reads it on screen, prints it and exports it. */
@Controller
@RequestMapping("/incoming")
class RegisterBookPages {

    private final RegisterBook book;
    private final RegisterBookLayout layout;
    private final BookPrinting printing;
    private final RegisterManagement registers;

    RegisterBookPages(RegisterBook book, RegisterBookLayout layout, BookPrinting printing,
            RegisterManagement registers) {
        this.book = book;
        this.layout = layout;
        this.printing = printing;
        this.registers = registers;
    }

    @GetMapping("/register-book")
    String page(BookQuery query, @AuthenticationPrincipal CurrentUser me, Model model) {
        List<RegisterView> all = registers.registersOf(me.agencyCode(), RegisterKind.INCOMING, me);
        model.addAttribute("registers", all);
        query.orDefaults(all.isEmpty() ? null : all.get(0).id())
                .show(model, asked -> book.lines(asked.registerId(), asked.range(), me), List.of());
        return "incoming/register-book";
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
