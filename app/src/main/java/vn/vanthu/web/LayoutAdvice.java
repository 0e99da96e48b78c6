package vn.vanthu.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What the shell around every page shows: the signed-in person and their agency, and where they are. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    /** The principal is organisation's CurrentUser; templates read its properties, the shell needs no more. */
    @ModelAttribute("me")
    @Nullable Object me(@AuthenticationPrincipal @Nullable Object me) {
        return me instanceof String ? null : me;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
