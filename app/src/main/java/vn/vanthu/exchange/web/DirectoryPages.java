package vn.vanthu.exchange.web;

import java.io.IOException;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.core.Refusal;
import vn.vanthu.exchange.DirectoryAgency;
import vn.vanthu.exchange.DirectoryImported;
import vn.vanthu.exchange.NationalDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.web.Flashes;

/**
 * The national directory in the browser: search for everyone signed in, the file upload for the system
 * administrator. The search results also serve the drafting form's recipient picker: the API takes bearer tokens
 * only, so the browser asks here, with its session.
 */
@Controller
@RequestMapping("/exchange/directory")
class DirectoryPages {

    private static final int PAGE_RESULTS = 50;
    private static final int PICKER_RESULTS = 10;

    private final NationalDirectory directory;
    private final Flashes flashes;

    DirectoryPages(NationalDirectory directory, Flashes flashes) {
        this.directory = directory;
        this.flashes = flashes;
    }

    @GetMapping
    String page(@RequestParam(required = false) @Nullable String q, Model model) {
        model.addAttribute("total", directory.search(null, PageRequest.of(0, 1)).getTotalElements());
        return results(q, PAGE_RESULTS, model, "exchange/directory");
    }

    /** Results as the person types: the page's table, or with {@code pick} the drafting form's list to add from. */
    @GetMapping("/search")
    String search(@RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "false") boolean pick, Model model) {
        if (pick && (q == null || q.isBlank())) {
            model.addAttribute("q", "");
            model.addAttribute("results", Page.empty());
            return "exchange/directory :: picker";
        }
        return results(q, pick ? PICKER_RESULTS : PAGE_RESULTS, model,
                pick ? "exchange/directory :: picker" : "exchange/directory :: results");
    }

    @PostMapping
    String importFile(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) throws IOException {
        try {
            DirectoryImported imported = directory.importFile(file.getBytes(), file.getOriginalFilename(), me);
            redirect.addFlashAttribute("imported", Map.of("created", imported.created(),
                    "updated", imported.updated(), "unchanged", imported.unchanged()));
        } catch (Refusal refusal) {
            flashes.refusal(redirect, refusal);
        }
        return "redirect:/exchange/directory";
    }

    private String results(@Nullable String q, int size, Model model, String view) {
        Page<DirectoryAgency> results = directory.search(q, PageRequest.of(0, size));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("results", results);
        return view;
    }
}
