package vn.vanthu.organisation.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.core.Refusal;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.Role;
import vn.vanthu.organisation.UnitManagement;
import vn.vanthu.organisation.UnitView;
import vn.vanthu.organisation.UserDirectory;
import vn.vanthu.organisation.UserManagement;
import vn.vanthu.organisation.UserView;
import vn.vanthu.web.FormErrors;

/** People of one agency, for its agency administrator or the system administrator. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasAnyRole('ADMIN', 'AGENCY_ADMIN')")
class UserPages {

    /** Titles offered as the person types; any other title may be entered. */
    private static final List<String> POSITION_TITLES = List.of("Chủ tịch", "Phó Chủ tịch", "Giám đốc",
            "Phó Giám đốc", "Chánh Văn phòng", "Phó Chánh Văn phòng", "Trưởng phòng", "Phó Trưởng phòng",
            "Chánh Thanh tra", "Trưởng ban", "Chuyên viên chính", "Chuyên viên", "Văn thư", "Cán sự");

    private final UserDirectory directory;
    private final UserManagement management;
    private final UnitManagement units;
    private final AgencyDirectory agencies;

    UserPages(UserDirectory directory, UserManagement management, UnitManagement units, AgencyDirectory agencies) {
        this.directory = directory;
        this.management = management;
        this.units = units;
        this.agencies = agencies;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String agency,
            @RequestParam(required = false) @Nullable UUID unit,
            @RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable String q,
            @PageableDefault(size = 25) Pageable pageable,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        AgencyCode code = AdministeredAgency.of(agency, me);
        model.addAttribute("users", directory.search(code, unit, role, q, pageable, me));
        model.addAttribute("agency", agencies.summary(code));
        model.addAttribute("units", units.unitsOf(code));
        model.addAttribute("roles", Role.values());
        model.addAttribute("filter", new Filter(unit, role, q == null ? "" : q));
        return "organisation/users";
    }

    @GetMapping("/new")
    String newUser(@RequestParam(required = false) @Nullable String agency, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        AgencyCode code = AdministeredAgency.of(agency, me);
        management.checkMayOpenAccountsIn(code, me);
        UserForm form = new UserForm();
        form.setRoles(EnumSet.of(Role.SPECIALIST));
        return form(model, code, form, null, me);
    }

    @PostMapping("/new")
    String create(@RequestParam String agency, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        AgencyCode code = AgencyCode.of(agency);
        if (!result.hasErrors()) {
            try {
                UserView user = management.create(form.newUser(code.value()), me);
                return "redirect:/admin/users/" + user.id() + "?created";
            } catch (Refusal refusal) {
                FormErrors.show(result, refusal);
            }
        }
        return form(model, code, form, null, me);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, Model model) {
        UserView user = management.editable(id, me);
        return form(model, user.agencyCode(), UserForm.of(user), user, me);
    }

    @PostMapping("/{id}")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        UserView user = management.editable(id, me);
        if (!result.hasErrors()) {
            try {
                management.change(id, form.changes(), me);
                return "redirect:/admin/users/" + id + "?saved";
            } catch (Refusal refusal) {
                if (FormErrors.isStale(refusal)) {
                    redirect.addFlashAttribute("stale", true);
                    return "redirect:/admin/users/" + id;
                }
                FormErrors.show(result, refusal);
            }
        }
        return form(model, user.agencyCode(), form, user, me);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable UUID id, @RequestParam String password, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        try {
            management.resetPassword(id, password, me);
            redirect.addAttribute("passwordReset", "");
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("passwordRefusal", refusal.messageKey());
            redirect.addFlashAttribute("passwordRefusalArguments", refusal.arguments());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        management.unlock(id, me);
        redirect.addAttribute("unlocked", "");
        return "redirect:/admin/users/" + id;
    }

    /**
     * The roles this administrator may tick: all for the system administrator; for an agency administrator the
     * working roles of others, none of their own. The others are shown, not editable.
     */
    private static Set<Role> grantable(CurrentUser me, @Nullable UserView editing) {
        if (me.isAdmin()) {
            return EnumSet.allOf(Role.class);
        }
        if (editing != null && editing.id().equals(me.id())) {
            return EnumSet.noneOf(Role.class);
        }
        return EnumSet.of(Role.CLERK, Role.LEADER, Role.UNIT_HEAD, Role.SPECIALIST);
    }

    private String form(Model model, AgencyCode agency, UserForm form, @Nullable UserView editing,
            CurrentUser me) {
        List<UnitView> activeUnits = units.unitsOf(agency).stream().filter(UnitView::active).toList();
        model.addAttribute("agency", agencies.summary(agency));
        model.addAttribute("units", activeUnits);
        model.addAttribute("roles", Role.values());
        model.addAttribute("grantable", grantable(me, editing));
        model.addAttribute("positionTitles", POSITION_TITLES);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        if (editing != null && editing.lockedUntil() != null) {
            model.addAttribute("lockedUntil", VietnamTime.format(editing.lockedUntil()));
        }
        return "organisation/user-form";
    }

    /** The list's filters, to show them back in the filter form. */
    record Filter(@Nullable UUID unit, @Nullable Role role, String q) {
    }
}
