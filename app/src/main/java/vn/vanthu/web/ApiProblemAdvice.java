package vn.vanthu.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.vanthu.core.InvalidValue;
import vn.vanthu.core.Refusal;

/** Turns every refused API request into Problem Details (RFC 9457) in the caller's language. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final Problems problems;
    private final MessageSource messages;

    ApiProblemAdvice(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refusal(Refusal refusal, WebRequest request) {
        HttpStatus status = Problems.statusOf(refusal);
        ProblemDetail problem = problems.of(refusal, status, locale());
        if (refusal instanceof InvalidValue invalid && invalid.field() != null) {
            problems.withErrors(problem, List.of(new Problems.FieldProblem(invalid.field(), problem.getDetail())));
        }
        return answer(problem, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException denied, WebRequest request) {
        return answer(problems.of(HttpStatus.FORBIDDEN, "security.forbidden", new Object[0], locale()), request);
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> database(DataAccessException refusal, WebRequest request) {
        HttpStatus status = Problems.statusOf(refusal);
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            return unexpected(refusal, request);
        }
        LOG.info("Refused by the database: {}", refusal.getMostSpecificCause().getMessage());
        String code = refusal instanceof OptimisticLockingFailureException ? "problem.concurrent-edit"
                : status == HttpStatus.CONFLICT ? "problem.data-conflict" : "problem.data-invalid";
        return answer(problems.of(status, code, new Object[0], locale()), request);
    }

    /** Whatever else went wrong: logged in full here, a plain 500 for the caller, never a stack trace. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception failure, WebRequest request) {
        LOG.error("Unexpected failure of {}", request.getDescription(false), failure);
        return answer(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.http.500", new Object[0], locale()),
                request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        List<Problems.FieldProblem> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> fieldProblem(error, locale))
                .toList();
        ProblemDetail problem = problems.withErrors(
                problems.of(HttpStatus.BAD_REQUEST, "problem.validation", new Object[0], locale), errors);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = locale();
        List<Problems.FieldProblem> errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new Problems.FieldProblem(
                                result.getMethodParameter().getParameterName() == null ? "?"
                                        : result.getMethodParameter().getParameterName(),
                                messages.getMessage(error, locale))))
                .toList();
        ProblemDetail problem = problems.withErrors(
                problems.of(HttpStatus.BAD_REQUEST, "problem.validation", new Object[0], locale), errors);
        return handleExceptionInternal(e, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** Spring MVC's own refusals (unreadable body, wrong method, unknown path...) get the same shape. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && (problem.getProperties() == null
                || !problem.getProperties().containsKey("code"))) {
            HttpStatus status = HttpStatus.valueOf(statusCode.value());
            ProblemDetail localized = problems.of(status, "problem.http." + status.value(), new Object[0], locale());
            localized.setInstance(problem.getInstance());
            body = localized;
        }
        if (body instanceof ProblemDetail problem && problem.getInstance() == null
                && request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ResponseEntity<ProblemDetail> answer(ProblemDetail problem, WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            problem.setInstance(URI.create(servlet.getRequest().getRequestURI()));
        }
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    private Problems.FieldProblem fieldProblem(FieldError error, Locale locale) {
        return new Problems.FieldProblem(error.getField(), messages.getMessage(error, locale));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
