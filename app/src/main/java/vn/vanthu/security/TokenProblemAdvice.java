package vn.vanthu.security;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.vanthu.core.VietnamTime;
import vn.vanthu.web.Problems;

/** A refused token request answers 401 with why: wrong credentials, locked until when, or disabled. */
@RestControllerAdvice(assignableTypes = TokenController.class)
class TokenProblemAdvice {

    private final Problems problems;

    TokenProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> refused(AuthenticationException refusal, HttpServletRequest request) {
        ProblemDetail problem;
        if (refusal instanceof PasswordAuthenticationProvider.LockedUntilException locked && locked.until() != null) {
            problem = problems.of(HttpStatus.UNAUTHORIZED, "security.sign-in.locked",
                    new Object[] {VietnamTime.format(locked.until())}, LocaleContextHolder.getLocale());
            problem.setProperty("lockedUntil", locked.until().toString());
        } else if (refusal instanceof DisabledException) {
            problem = problems.of(HttpStatus.UNAUTHORIZED, "security.sign-in.disabled", new Object[0],
                    LocaleContextHolder.getLocale());
        } else {
            problem = problems.of(HttpStatus.UNAUTHORIZED, "security.sign-in.bad-credentials", new Object[0],
                    LocaleContextHolder.getLocale());
        }
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").body(problem);
    }
}
