package vn.vanthu.web;

import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.vanthu.core.Refusal;

/** A refused page request shows the reason in a readable page, in the person's language. */
@ControllerAdvice(annotations = Controller.class)
class PageProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(PageProblemAdvice.class);

    private final MessageSource messages;

    PageProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    ModelAndView refusal(Refusal refusal, HttpServletResponse response) {
        HttpStatus status = Problems.statusOf(refusal);
        return page(status, messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(),
                LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView accessDenied() {
        return page(HttpStatus.FORBIDDEN, messages.getMessage("security.forbidden", null,
                LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(DataAccessException.class)
    ModelAndView database(DataAccessException refusal) {
        HttpStatus status = Problems.statusOf(refusal);
        String code = refusal instanceof OptimisticLockingFailureException ? "problem.concurrent-edit"
                : status == HttpStatus.CONFLICT ? "problem.data-conflict"
                : status == HttpStatus.BAD_REQUEST ? "problem.data-invalid" : "problem.http.500";
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            LOG.error("Database failure behind a page", refusal);
        }
        return page(status, messages.getMessage(code, null, LocaleContextHolder.getLocale()));
    }

    private static ModelAndView page(HttpStatus status, String message) {
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        return page;
    }
}
