package vn.vanthu.security;

import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.vanthu.organisation.LockoutPolicy;

/**
 * The sign-in page. A refusal says the same for every reason, and how the lock-out works; with the demo profile the
 * page lists the demo accounts.
 */
@Controller
class LoginController {

    private final boolean demo;
    private final LockoutPolicy lockout;

    LoginController(Environment environment, LockoutPolicy lockout) {
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
        this.lockout = lockout;
    }

    @GetMapping("/login")
    String login(@Nullable Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        model.addAttribute("demo", demo);
        model.addAttribute("maxFailures", lockout.maxFailures());
        model.addAttribute("lockMinutes", lockout.lockDuration().toMinutes());
        return "login";
    }
}
