package vn.vanthu.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The first page after sign-in: who you are, where you work, where to go next. */
@Controller
class HomeController {

    @GetMapping("/")
    String home() {
        return "home";
    }
}
