package vn.vanthu.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Accounts;

/** The signed-in person: who they are, and changing their own password. */
@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "Tôi / Me")
class MeController {

    private final Accounts accounts;

    MeController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Người đang đăng nhập / The signed-in user")
    MeResource me(@AuthenticationPrincipal CurrentUser me) {
        return MeResource.of(me);
    }

    @PostMapping("/password")
    @Operation(summary = "Đổi mật khẩu của mình / Change my password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordChange change,
            @AuthenticationPrincipal CurrentUser me, HttpServletRequest request) {
        accounts.changeOwnPassword(me, change.currentPassword(), change.newPassword(), request.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
    }
}
