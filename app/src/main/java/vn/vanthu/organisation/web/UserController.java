package vn.vanthu.organisation.web;

import java.net.URI;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.NewUser;
import vn.vanthu.organisation.Role;
import vn.vanthu.organisation.UserChanges;
import vn.vanthu.organisation.UserDirectory;
import vn.vanthu.organisation.UserManagement;
import vn.vanthu.organisation.UserView;

/**
 * Accounts over REST, for administrators: a system administrator manages everyone, an agency administrator the
 * people of their own agency (others' are 403 for a listing, 404 for one person).
 */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasAnyRole('ADMIN', 'AGENCY_ADMIN')")
@Tag(name = "Người dùng / Users")
class UserController {

    private final UserDirectory directory;
    private final UserManagement management;

    UserController(UserDirectory directory, UserManagement management) {
        this.directory = directory;
        this.management = management;
    }

    @GetMapping
    @Operation(summary = "Tìm người dùng / Search users",
            description = "Quản trị cơ quan chỉ xem được người của cơ quan mình.")
    PagedModel<UserView> search(@RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable UUID unit,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable String q,
            @PageableDefault(size = 50) Pageable pageable,
            @AuthenticationPrincipal CurrentUser me) {
        AgencyCode code = agency == null || agency.isBlank() ? null : AgencyCode.of(agency);
        return new PagedModel<>(directory.search(code, unit, role, q, pageable, me));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một người dùng / One user")
    UserView user(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return directory.find(id, me);
    }

    @PostMapping
    @Operation(summary = "Tạo tài khoản / Open an account")
    ResponseEntity<UserView> create(@Valid @RequestBody NewUser account, @AuthenticationPrincipal CurrentUser me) {
        UserView user = management.create(account, me);
        return ResponseEntity.created(URI.create("/api/v1/users/" + user.id())).body(user);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa tài khoản / Edit an account")
    UserView change(@PathVariable UUID id, @Valid @RequestBody UserChanges changes,
            @AuthenticationPrincipal CurrentUser me) {
        return management.change(id, changes, me);
    }

    @PostMapping("/{id}/password")
    @Operation(summary = "Đặt lại mật khẩu / Reset the password")
    UserView resetPassword(@PathVariable UUID id, @Valid @RequestBody NewPassword body,
            @AuthenticationPrincipal CurrentUser me) {
        return management.resetPassword(id, body.password(), me);
    }

    @PostMapping("/{id}/unlock")
    @Operation(summary = "Mở khóa tài khoản / Unlock the account")
    UserView unlock(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return management.unlock(id, me);
    }

    record NewPassword(@NotBlank String password) {
    }
}
