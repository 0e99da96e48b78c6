package vn.vanthu.incoming.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.incoming.RegisterBook;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterView;

/** The incoming register of a period as the clerk reads it on screen, prints it and exports it. */
@Controller
@RequestMapping("/incoming")
class RegisterBookPages {

    private final RegisterBook book;
    private final RegisterBookExports exports;
    private final RegisterManagement registers;

    RegisterBookPages(RegisterBook book, RegisterBookExports exports, RegisterManagement registers) {
        this.book = book;
        this.exports = exports;
        this.registers = registers;
    }

    /** Without a period, the current month; without a register, the agency's first. */
    @GetMapping("/register-book")
    String page(@RequestParam(required = false) @Nullable UUID register,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        List<RegisterView> all = registers.registersOf(me.agencyCode(), RegisterKind.INCOMING, me);
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        LocalDate start = from == null ? today.withDayOfMonth(1) : from;
        LocalDate end = to == null ? today : to;
        UUID chosen = register != null ? register : all.isEmpty() ? null : all.get(0).id();
        model.addAttribute("registers", all);
        model.addAttribute("register", chosen);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute("lines", chosen == null ? List.of() : book.lines(chosen, start, end, me));
        } catch (InvalidValue refusal) {
            model.addAttribute("lines", List.of());
            model.addAttribute("refusal", refusal);
        }
        return "incoming/register-book";
    }

    @GetMapping("/register-book.pdf")
    ResponseEntity<byte[]> pdf(@RequestParam UUID register,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal CurrentUser me) {
        return exports.pdf(register, from, to, me);
    }

    @GetMapping("/register-book.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam UUID register,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal CurrentUser me) {
        return exports.xlsx(register, from, to, me);
    }
}
