package vn.vanthu.register.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.core.Refusal;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.register.RegisterDetails;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.web.Flashes;

/** The clerk's list of the agency's registers: open another (a register of petitions, say), close one. */
@Controller
@RequestMapping("/registers")
class RegisterPages {

    private final RegisterManagement registers;
    private final Flashes flashes;

    RegisterPages(RegisterManagement registers, Flashes flashes) {
        this.registers = registers;
        this.flashes = flashes;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("incoming", registers.registersOf(me.agencyCode(), RegisterKind.INCOMING, me));
        model.addAttribute("keeper", registers.keeps(me.agencyCode(), me));
        return "register/registers";
    }

    @PostMapping
    String open(@RequestParam String name, @RequestParam(defaultValue = "false") boolean confidential,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        try {
            registers.open(me.agencyCode(), new RegisterDetails(name.strip(), RegisterKind.INCOMING, confidential, 0,
                    null), me);
            flashes.done(redirect, "register.done.opened");
        } catch (Refusal refusal) {
            flashes.refusal(redirect, refusal);
        }
        return "redirect:/registers";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        registers.close(id, me);
        flashes.done(redirect, "register.done.closed");
        return "redirect:/registers";
    }
}
