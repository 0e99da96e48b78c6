package vn.vanthu.web;

import java.io.IOException;
import java.net.URI;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.core.Refusal;
import vn.vanthu.core.RuleViolation;

/**
 * Builds the RFC 9457 Problem Details every refused API request answers with: a {@code type} per reason
 * ({@code urn:vanthu:problem:<code>}), a title and detail in the caller's language, the stable {@code code} a
 * program can switch on, and for bad input the {@code errors} naming each field.
 */
@Component
public class Problems {

    private static final String TYPE_PREFIX = "urn:vanthu:problem:";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    Problems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public ProblemDetail of(HttpStatus status, String code, Object[] arguments, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_PREFIX + code));
        problem.setTitle(messages.getMessage("problem.title." + status.value(), null, status.getReasonPhrase(),
                locale));
        problem.setDetail(messages.getMessage(code, arguments, code, locale));
        problem.setProperty("code", code);
        return problem;
    }

    public ProblemDetail of(Refusal refusal, HttpStatus status, Locale locale) {
        return of(status, refusal.messageKey(), refusal.arguments(), locale);
    }

    /** The HTTP status each kind of refusal answers with. */
    public static HttpStatus statusOf(Refusal refusal) {
        if (refusal instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (refusal instanceof RuleViolation) {
            return HttpStatus.CONFLICT;
        }
        if (refusal instanceof NotPermitted) {
            return HttpStatus.FORBIDDEN;
        }
        return HttpStatus.BAD_REQUEST;
    }

    /**
     * The status a database refusal answers with: a duplicate (two requests raced past the same check) or a lost
     * update is a conflict; a value the database cannot take (a NUL character, a broken constraint) is bad input;
     * anything else is a server error.
     */
    public static HttpStatus statusOf(DataAccessException refusal) {
        String state = refusal.getMostSpecificCause() instanceof SQLException sql && sql.getSQLState() != null
                ? sql.getSQLState() : "";
        if (state.equals("23505") || refusal instanceof OptimisticLockingFailureException) {
            return HttpStatus.CONFLICT;
        }
        if (state.startsWith("22") || state.startsWith("23")) {
            return HttpStatus.BAD_REQUEST;
        }
        // anything else (the database unreachable, say) is VanThu's failure, not the caller's
        return refusal instanceof DataIntegrityViolationException ? HttpStatus.CONFLICT
                : HttpStatus.INTERNAL_SERVER_ERROR;
    }

    /** Adds the fields that failed validation, each with its message. */
    public ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> errors) {
        problem.setProperty("errors", errors);
        return problem;
    }

    /** For answers written outside Spring MVC: by the security filters, and for errors no controller handled. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
            String instance) throws IOException {
        ProblemDetail problem = of(status, code, new Object[0], locales.resolveLocale(request));
        problem.setInstance(URI.create(instance));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.getType().toString());
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        body.put("instance", problem.getInstance().toString());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), body);
    }

    /** One field that failed validation. */
    public record FieldProblem(String field, String message) {
    }
}
