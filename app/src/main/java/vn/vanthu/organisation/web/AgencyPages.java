package vn.vanthu.organisation.web;

import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
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
import vn.vanthu.organisation.AgencyLevel;
import vn.vanthu.organisation.AgencyManagement;
import vn.vanthu.organisation.AgencySummary;
import vn.vanthu.organisation.AgencyView;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.UnitManagement;
import vn.vanthu.web.FormErrors;

/** The agency directory in the browser: the tree, search, one agency, and the forms of system administrators. */
@Controller
@RequestMapping("/agencies")
class AgencyPages {

    private static final int SEARCH_RESULTS = 50;

    private final AgencyDirectory directory;
    private final AgencyManagement management;
    private final UnitManagement units;

    AgencyPages(AgencyDirectory directory, AgencyManagement management, UnitManagement units) {
        this.directory = directory;
        this.management = management;
        this.units = units;
    }

    @GetMapping
    String tree(@RequestParam(required = false) @Nullable String q, Model model) {
        var roots = directory.children(null);
        model.addAttribute("roots", roots);
        model.addAttribute("expanded", roots.size() == 1 ? directory.children(roots.get(0).code()) : List.of());
        model.addAttribute("q", q == null ? "" : q);
        if (q != null && !q.isBlank()) {
            model.addAttribute("results", search(q));
        }
        return "organisation/agencies";
    }

    /** The children of one agency, loaded into the tree when its node opens. */
    @GetMapping("/tree")
    String children(@RequestParam String parent, Model model) {
        model.addAttribute("agencies", directory.children(AgencyCode.of(parent)));
        return "organisation/agency-tree :: nodes";
    }

    /** Results as the person types in the search box. */
    @GetMapping("/search")
    String searchResults(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("results", q == null || q.isBlank() ? List.of() : search(q));
        model.addAttribute("q", q == null ? "" : q);
        return "organisation/agency-tree :: results";
    }

    @GetMapping("/{code}")
    String agency(@PathVariable String code, Model model) {
        AgencyCode agencyCode = AgencyCode.of(code);
        List<AgencyView> path = directory.path(agencyCode);
        model.addAttribute("agency", directory.summary(agencyCode));
        model.addAttribute("details", path.get(path.size() - 1));
        model.addAttribute("path", path);
        model.addAttribute("children", directory.children(agencyCode));
        model.addAttribute("units", units.unitsOf(agencyCode));
        return "organisation/agency";
    }

    @GetMapping("/new")
    String newAgency(@RequestParam(required = false) @Nullable String parent, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        management.checkManagesAgencies(me);
        AgencyForm form = new AgencyForm();
        if (parent != null) {
            form.setParentCode(parent);
        }
        return form(model, form, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        management.checkManagesAgencies(me);
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            AgencyView agency = management.create(form.details(), me);
            return "redirect:/agencies/" + agency.code().value() + "?saved";
        } catch (Refusal refusal) {
            FormErrors.show(result, refusal);
            return form(model, form, null);
        }
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, @AuthenticationPrincipal CurrentUser me, Model model) {
        management.checkManagesAgencies(me);
        AgencyView agency = directory.find(AgencyCode.of(code));
        return form(model, AgencyForm.of(agency), agency.code().value());
    }

    @PostMapping("/{code}/edit")
    String change(@PathVariable String code, @Valid @ModelAttribute("form") AgencyForm form, BindingResult result,
            @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
        management.checkManagesAgencies(me);
        if (result.hasErrors()) {
            return form(model, form, code);
        }
        try {
            management.change(AgencyCode.of(code), form.details(), me);
            return "redirect:/agencies/" + code + "?saved";
        } catch (Refusal refusal) {
            if (FormErrors.isStale(refusal)) {
                redirect.addFlashAttribute("stale", true);
                return "redirect:/agencies/" + code + "/edit";
            }
            FormErrors.show(result, refusal);
            return form(model, form, code);
        }
    }

    private List<AgencySummary> search(String q) {
        return directory.search(null, null, q, false, PageRequest.of(0, SEARCH_RESULTS)).getContent();
    }

    private static String form(Model model, AgencyForm form, @Nullable String editing) {
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("levels", AgencyLevel.values());
        return "organisation/agency-form";
    }
}
