package vn.vanthu.security;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vanthu.core.VietnamTime;

/** The sign-in page, with the reason of a refused attempt. */
@Controller
class LoginController {

    private final boolean demo;

    LoginController(Environment environment) {
        this.demo = environment.acceptsProfiles(Profiles.of("demo"));
    }

    @GetMapping("/login")
    String login(@RequestParam(name = "locked", required = false) @Nullable Long lockedUntil,
            @Nullable Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/";
        }
        if (lockedUntil != null) {
            model.addAttribute("lockedUntil", VietnamTime.format(Instant.ofEpochSecond(lockedUntil)));
        }
        model.addAttribute("demo", demo);
        return "login";
    }
}
