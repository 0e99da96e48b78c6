package vn.vanthu.audit.web;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vanthu.audit.AuditTrail;
import vn.vanthu.organisation.CurrentUser;

/**
 * The audit trail in the browser: all of it, with the chain check, for the system administrator; their own agency's
 * rows for an agency administrator.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'AGENCY_ADMIN')")
class AuditPages {

    private final AuditTrail trail;

    AuditPages(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    String trail(@RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable String actor,
            @PageableDefault(size = 50) Pageable pageable, @AuthenticationPrincipal CurrentUser me, Model model) {
        String agencyFilter = AuditScope.agencyFor(me, agency);
        String actorFilter = actor == null || actor.isBlank() ? null : actor.strip();
        model.addAttribute("entries", trail.entries(agencyFilter, actorFilter, null, pageable)
                .map(entry -> AuditRow.of(entry, trail.details(entry))));
        model.addAttribute("agency", agencyFilter == null ? "" : agencyFilter);
        model.addAttribute("actor", actorFilter == null ? "" : actorFilter);
        return "audit/trail";
    }

    @PostMapping("/verification")
    @PreAuthorize("hasRole('ADMIN')")
    String verify(Model model, @AuthenticationPrincipal CurrentUser me, Pageable pageable) {
        model.addAttribute("verification", trail.verify());
        return trail(null, null, pageable, me, model);
    }
}
