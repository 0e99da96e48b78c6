package vn.vanthu.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.organisation.Accounts;
import vn.vanthu.organisation.CurrentUser;

/** Trades a user name and password for an API token. */
@RestController
@Tag(name = "Đăng nhập / Sign-in")
class TokenController {

    private final PasswordAuthenticationProvider passwords;
    private final ApiTokens tokens;
    private final Accounts accounts;

    TokenController(PasswordAuthenticationProvider passwords, ApiTokens tokens, Accounts accounts) {
        this.passwords = passwords;
        this.tokens = tokens;
        this.accounts = accounts;
    }

    @PostMapping("/api/v1/auth/token")
    @Operation(summary = "Lấy token truy cập API / Get an API access token")
    @SecurityRequirements
    ResponseEntity<ApiTokens.IssuedToken> token(@Valid @RequestBody Credentials credentials,
            HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(),
                credentials.password());
        attempt.setDetails(SignInDetails.of(SignInDetails.API, request));
        CurrentUser user = (CurrentUser) passwords.authenticate(attempt).getPrincipal();
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(tokens.issue(user, accounts.credentialStamp(user.id())));
    }

    record Credentials(@NotBlank @Size(max = 100) String username, @NotBlank @Size(max = 200) String password) {
    }
}
