package vn.vanthu.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.audit.AuditTrail;
import vn.vanthu.audit.ChainVerification;
import vn.vanthu.organisation.CurrentUser;

/**
 * The audit trail over REST. System administrators read all of it and check the chain; an agency administrator
 * reads the rows of their own agency.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký / Audit")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/verification")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Kiểm tra chuỗi nhật ký / Verify the audit chain",
            description = "Đọc toàn bộ nhật ký theo thứ tự và báo dòng đầu tiên bị sửa, xóa hoặc chèn.")
    ChainVerification verify() {
        return trail.verify();
    }

    @GetMapping("/entries")
    @PreAuthorize("hasAnyRole('ADMIN', 'AGENCY_ADMIN')")
    @Operation(summary = "Các dòng nhật ký, mới nhất trước / Audit rows, newest first")
    PagedModel<AuditRow> entries(@RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable String actor,
            @RequestParam(required = false) @Nullable String subject,
            @PageableDefault(size = 50) Pageable pageable,
            @AuthenticationPrincipal CurrentUser me) {
        return new PagedModel<>(trail.entries(AuditScope.agencyFor(me, agency), blankToNull(actor),
                blankToNull(subject), pageable).map(entry -> AuditRow.of(entry, trail.details(entry))));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
