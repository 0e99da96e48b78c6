package vn.vanthu.organisation.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
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
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.UnitManagement;
import vn.vanthu.organisation.UnitView;
import vn.vanthu.web.FormErrors;

/** Units (phòng, ban) of one agency, for its agency administrator or the system administrator. */
@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasAnyRole('ADMIN', 'AGENCY_ADMIN')")
class UnitPages {

    private final UnitManagement units;
    private final AgencyDirectory directory;

    UnitPages(UnitManagement units, AgencyDirectory directory) {
        this.units = units;
        this.directory = directory;
    }

    @GetMapping
    String list(@RequestParam(required = false) @Nullable String agency, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        return page(AdministeredAgency.of(agency, me), new UnitForm(), me, model);
    }

    @PostMapping
    String create(@RequestParam String agency, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        AgencyCode code = AgencyCode.of(agency);
        if (!result.hasErrors()) {
            try {
                units.create(code, form.details(), me);
                redirect.addAttribute("agency", code.value());
                redirect.addAttribute("saved", "");
                return "redirect:/admin/units";
            } catch (Refusal refusal) {
                FormErrors.show(result, refusal);
            }
        }
        return page(code, form, me, model);
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, Model model) {
        UnitView unit = units.editable(id, me);
        return editPage(unit, UnitForm.of(unit), model);
    }

    @PostMapping("/{id}")
    String change(@PathVariable UUID id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        UnitView unit = units.editable(id, me);
        if (!result.hasErrors()) {
            try {
                units.change(id, form.details(), me);
                redirect.addAttribute("agency", unit.agencyCode().value());
                redirect.addAttribute("saved", "");
                return "redirect:/admin/units";
            } catch (Refusal refusal) {
                if (FormErrors.isStale(refusal)) {
                    redirect.addFlashAttribute("stale", true);
                    return "redirect:/admin/units/" + id;
                }
                FormErrors.show(result, refusal);
            }
        }
        return editPage(unit, form, model);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        UnitView unit = units.close(id, me);
        redirect.addAttribute("agency", unit.agencyCode().value());
        redirect.addAttribute("saved", "");
        return "redirect:/admin/units";
    }

    private String page(AgencyCode agency, UnitForm form, CurrentUser me, Model model) {
        units.checkManagesUnitsOf(agency, me);
        model.addAttribute("agency", directory.summary(agency));
        model.addAttribute("units", units.unitsOf(agency));
        model.addAttribute("form", form);
        return "organisation/units";
    }

    private static String editPage(UnitView unit, UnitForm form, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("form", form);
        return "organisation/unit-form";
    }
}
