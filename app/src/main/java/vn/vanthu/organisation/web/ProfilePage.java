package vn.vanthu.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vanthu.core.Refusal;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Accounts;

/** A person's own page: who VanThu knows them as, and changing their password. */
@Controller
@RequestMapping("/me")
class ProfilePage {

    private final Accounts accounts;

    ProfilePage(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String profile() {
        return "organisation/profile";
    }

    @PostMapping("/password")
    String changePassword(@RequestParam String currentPassword, @RequestParam String newPassword,
            @RequestParam String confirmPassword, @AuthenticationPrincipal CurrentUser me, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("refusal", "organisation.password.confirmation-differs");
            return "organisation/profile";
        }
        try {
            accounts.changeOwnPassword(me, currentPassword, newPassword, request.getRemoteAddr());
        } catch (Refusal refusal) {
            model.addAttribute("refusal", refusal.messageKey());
            model.addAttribute("refusalArguments", refusal.arguments());
            return "organisation/profile";
        }
        // every session of this account ends with the change, this one at once: signing in again proves it
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        return "redirect:/login?passwordChanged";
    }
}
