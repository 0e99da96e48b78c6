package vn.vanthu.register.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import vn.vanthu.register.RegisterDetails;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterView;

/** An agency's registers over REST: its people read them, its clerks and administrators keep them. */
@RestController
@RequestMapping("/api/v1/registers")
@Tag(name = "Sổ văn bản / Registers")
class RegisterController {

    private final RegisterManagement registers;

    RegisterController(RegisterManagement registers) {
        this.registers = registers;
    }

    @GetMapping
    @Operation(summary = "Các sổ của cơ quan / An agency's registers",
            description = "Mặc định là cơ quan của người gọi và sổ văn bản đến.")
    List<RegisterView> registers(@RequestParam(required = false) @Nullable String agency,
            @RequestParam(defaultValue = "INCOMING") RegisterKind kind, @AuthenticationPrincipal CurrentUser me) {
        return registers.registersOf(agencyOf(agency, me), kind, me);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một sổ / One register")
    RegisterView register(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return registers.register(id, me);
    }

    @PostMapping
    @Operation(summary = "Mở sổ mới / Open a register")
    ResponseEntity<RegisterView> open(@RequestParam(required = false) @Nullable String agency,
            @Valid @RequestBody RegisterDetails details, @AuthenticationPrincipal CurrentUser me) {
        RegisterView register = registers.open(agencyOf(agency, me), details, me);
        return ResponseEntity.created(URI.create("/api/v1/registers/" + register.id())).body(register);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Đổi tên, thứ tự sổ / Rename a register")
    RegisterView change(@PathVariable UUID id, @Valid @RequestBody RegisterDetails details,
            @AuthenticationPrincipal CurrentUser me) {
        return registers.change(id, details, me);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Khóa sổ / Close a register", description = "Sổ đã khóa không cấp số nữa.")
    RegisterView close(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return registers.close(id, me);
    }

    private static AgencyCode agencyOf(@Nullable String agency, CurrentUser me) {
        return agency == null || agency.isBlank() ? me.agencyCode() : AgencyCode.of(agency);
    }
}
