package vn.vanthu.security;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import vn.vanthu.web.Problems;

/**
 * A refused token request answers 401 with one message for every reason (wrong password, unknown name, locked,
 * disabled), so that the answer reveals nothing; the audit trail keeps the reason. It goes before the general API
 * advice, whose catch-all would otherwise take these.
 */
@RestControllerAdvice(assignableTypes = TokenController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class TokenProblemAdvice {

    private static final Logger LOG = LoggerFactory.getLogger(TokenProblemAdvice.class);

    private final Problems problems;

    TokenProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> refused(AuthenticationException refusal, HttpServletRequest request) {
        if (refusal instanceof InternalAuthenticationServiceException) {
            LOG.error("Sign-in could not be checked", refusal);
            ProblemDetail problem = problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.http.500", new Object[0],
                    LocaleContextHolder.getLocale());
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.internalServerError().body(problem);
        }
        ProblemDetail problem = problems.of(HttpStatus.UNAUTHORIZED, "security.sign-in.refused", new Object[0],
                LocaleContextHolder.getLocale());
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header("WWW-Authenticate", "Bearer").body(problem);
    }
}
