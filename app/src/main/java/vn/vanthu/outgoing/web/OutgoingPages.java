package vn.vanthu.outgoing.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.core.Confidentiality;
import vn.vanthu.core.NotFound;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.Refusal;
import vn.vanthu.core.Urgency;
import vn.vanthu.incoming.IncomingManagement;
import vn.vanthu.incoming.IncomingView;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.organisation.Role;
import vn.vanthu.outgoing.Composition;
import vn.vanthu.outgoing.OutgoingAction;
import vn.vanthu.outgoing.OutgoingIssuing;
import vn.vanthu.outgoing.OutgoingManagement;
import vn.vanthu.outgoing.OutgoingSigning;
import vn.vanthu.outgoing.OutgoingSummary;
import vn.vanthu.outgoing.OutgoingTab;
import vn.vanthu.outgoing.OutgoingView;
import vn.vanthu.outgoing.ReviewChain;
import vn.vanthu.outgoing.ReviewChains;
import vn.vanthu.outgoing.SigningAuthority;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.signature.Placement;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterView;
import vn.vanthu.web.DocumentFiles;
import vn.vanthu.web.Flashes;
import vn.vanthu.web.FormErrors;
import vn.vanthu.web.Uploads;

/**
 * The outgoing pages: the tabs of drafts, reviews, signatures and issues; the drafting form; and the document page
 * with the steps its reader may take. A refused step comes back to the page as a message; nothing is half done.
 */
@Controller
@RequestMapping("/outgoing")
class OutgoingPages {

    private static final int PAGE_SIZE = 25;

    private final OutgoingManagement outgoing;
    private final IncomingManagement incoming;
    private final OutgoingSigning signing;
    private final OutgoingIssuing issuing;
    private final ReviewChains chains;
    private final RegisterManagement registers;
    private final People people;
    private final AgencyDirectory agencies;
    private final Flashes flashes;

    OutgoingPages(OutgoingManagement outgoing, IncomingManagement incoming, OutgoingSigning signing,
            OutgoingIssuing issuing, ReviewChains chains, RegisterManagement registers, People people,
            AgencyDirectory agencies, Flashes flashes) {
        this.chains = chains;
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.signing = signing;
        this.issuing = issuing;
        this.registers = registers;
        this.people = people;
        this.agencies = agencies;
        this.flashes = flashes;
    }

    @GetMapping
    String tabs(@RequestParam(required = false) @Nullable OutgoingTab tab,
            @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
        Map<OutgoingTab, Long> counts = new EnumMap<>(OutgoingTab.class);
        for (OutgoingTab each : OutgoingTab.values()) {
            counts.put(each, outgoing.tab(each, me, PageRequest.of(0, 1)).getTotalElements());
        }
        OutgoingTab shown = tab != null ? tab : firstWithWork(counts);
        Page<OutgoingSummary> items = outgoing.tab(shown, me, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("tabs", OutgoingTab.values());
        model.addAttribute("tab", shown);
        model.addAttribute("counts", counts);
        model.addAttribute("items", items);
        return "outgoing/tabs";
    }

    /** A new draft; with {@code replaces}, a replacement of an issued document, starting from its details. */
    @GetMapping("/new")
    String draftForm(@RequestParam(required = false) @Nullable UUID replaces,
            @RequestParam(required = false) @Nullable UUID answers, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        DraftForm form = new DraftForm();
        if (answers != null) {
            IncomingView answered = incoming.document(answers, me);
            form.answer(answered);
            model.addAttribute("answered", answered);
        }
        if (replaces != null) {
            OutgoingView older = outgoing.document(replaces, me);
            if (older.may(OutgoingAction.REPLACE)) {
                form.startFrom(older);
                model.addAttribute("replaced", older);
            }
        }
        return draftForm(model, form, me);
    }

    @PostMapping("/new")
    String draft(@Valid @ModelAttribute("form") DraftForm form, BindingResult result,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        if (!result.hasErrors()) {
            try {
                OutgoingView document = outgoing.draft(form.details(), form.composing() ? null : OutgoingController
                        .mainOf(file), form.composing() ? new Composition(form.getBody(), form.getPlace()) : null,
                        Uploads.of(files), me);
                return "redirect:/outgoing/" + document.id() + "?drafted";
            } catch (Refusal refusal) {
                FormErrors.show(result, refusal);
            }
        }
        return draftForm(model, form, me);
    }

    /** The clerk numbers a secret document made on paper, in the confidential series. */
    @GetMapping("/paper")
    String paperForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        DraftForm form = new DraftForm();
        form.setConfidentiality(Confidentiality.CONFIDENTIAL);
        return paperForm(model, form, me);
    }

    @PostMapping("/paper")
    String registerOnPaper(@Valid @ModelAttribute("form") DraftForm form, BindingResult result,
            @RequestParam(required = false) @Nullable UUID registerId, @AuthenticationPrincipal CurrentUser me,
            Model model) {
        if (registerId == null) {
            result.reject("outgoing.register.required");
        }
        if (!result.hasErrors()) {
            try {
                return "redirect:/outgoing/" + issuing.registerOnPaper(form.details(), registerId, me).id()
                        + "?numbered";
            } catch (Refusal refusal) {
                FormErrors.show(result, refusal);
            }
        }
        return paperForm(model, form, me);
    }

    private String paperForm(Model model, DraftForm form, CurrentUser me) {
        model.addAttribute("paper", true);
        model.addAttribute("registers", registers.registersOf(me.agencyCode(), RegisterKind.OUTGOING, me).stream()
                .filter(RegisterView::active).filter(RegisterView::confidential).toList());
        return draftForm(model, form, me);
    }

    @GetMapping("/{id}")
    String document(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, Model model) {
        OutgoingView document = outgoing.document(id, me);
        model.addAttribute("document", document);
        if (document.may(OutgoingAction.SUBMIT) || document.may(OutgoingAction.APPROVE)) {
            model.addAttribute("reviewers", reviewers(me, document));
        }
        if (document.may(OutgoingAction.ISSUE)) {
            model.addAttribute("registers", registers.registersOf(me.agencyCode(), RegisterKind.OUTGOING, me)
                    .stream().filter(RegisterView::active)
                    .filter(register -> register.confidential() == document.confidentiality().secret()).toList());
        }
        model.addAttribute("convertsDocx", outgoing.convertsDocx());
        if (document.answersIncomingId() != null) {
            try {
                model.addAttribute("answered", incoming.document(document.answersIncomingId(), me));
            } catch (NotFound hidden) {
                // the reader may not see the incoming document answered; the page says nothing of it
            }
        }
        return "outgoing/document";
    }

    /** The recipient table alone, for the page to refresh while statuses come back. */
    @GetMapping("/{id}/recipients")
    String recipients(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, Model model) {
        // the fragment reads id, state and recipients, which the table has as the full document does
        model.addAttribute("document", outgoing.recipients(id, me));
        return "outgoing/document :: recipients";
    }

    @GetMapping("/{id}/files/{which}")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable String which,
            @AuthenticationPrincipal CurrentUser me) {
        return DocumentFiles.send(outgoing.file(id, which, me));
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID toId,
            @RequestParam(required = false) @Nullable String note, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "submit", redirect, () -> outgoing.submit(id, toId, note, me));
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID toId,
            @RequestParam(required = false) @Nullable String note, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "approve", redirect, () -> outgoing.approve(id, toId, note, me));
    }

    @PostMapping("/{id}/comment")
    String comment(@PathVariable UUID id, @RequestParam String text, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "comment", redirect, () -> outgoing.comment(id, text, me));
    }

    @PostMapping("/{id}/return")
    String returnToDrafter(@PathVariable UUID id, @RequestParam String text,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return step(id, "return", redirect, () -> outgoing.returnToDrafter(id, text, me));
    }

    @PostMapping("/{id}/versions")
    String revise(@PathVariable UUID id, @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String body,
            @RequestParam(required = false) @Nullable String place, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        boolean composing = body != null && !body.isBlank();
        return step(id, "revise", redirect, () -> outgoing.revise(id,
                composing ? null : OutgoingController.mainOf(file), composing ? new Composition(body, place) : null,
                me));
    }

    @PostMapping("/{id}/appendices")
    String attach(@PathVariable UUID id,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return step(id, "attach", redirect, () -> outgoing.attach(id, Uploads.of(files), me));
    }

    @PostMapping("/{id}/appendices/{appendixId}/delete")
    String detach(@PathVariable UUID id, @PathVariable UUID appendixId, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "detach", redirect, () -> outgoing.detach(id, appendixId, me));
    }

    /** Signs where the official clicked on the page, or by default above their name on the last page. */
    @PostMapping("/{id}/sign")
    String sign(@PathVariable UUID id, @RequestParam(defaultValue = "") String pin,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Float x,
            @RequestParam(required = false) @Nullable Float y, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        Placement placement = page == null || x == null || y == null ? null : new Placement(page, x, y, null);
        return step(id, "sign", redirect, () -> signing.sign(id, placement, null, pin.toCharArray(), me));
    }

    @PostMapping("/{id}/phone-signing")
    String signByPhone(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return step(id, "phone", redirect, () -> signing.signByPhone(id, null, null, me));
    }

    @PostMapping("/{id}/recall")
    String recall(@PathVariable UUID id, @RequestParam String text, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "recall", redirect, () -> outgoing.recall(id, text, me));
    }

    @PostMapping("/{id}/correction")
    String correct(@PathVariable UUID id, @RequestParam String subject,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate replyDue,
            @RequestParam String reason, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return step(id, "update", redirect, () -> outgoing.correct(id, subject, replyDue, reason, me));
    }

    @PostMapping("/{id}/issue")
    String issue(@PathVariable UUID id, @RequestParam UUID registerId, @RequestParam(defaultValue = "") String pin,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return step(id, "issue", redirect, () -> issuing.issue(id, registerId, null, pin.toCharArray(), me));
    }

    @GetMapping("/review-chains")
    String reviewChains(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("chains", chains.of(me.agencyCode()));
        model.addAttribute("types", DocumentType.values());
        List<Person> reviewers = new ArrayList<>(people.withRole(me.agencyCode(), Role.LEADER));
        reviewers.addAll(people.withRole(me.agencyCode(), Role.UNIT_HEAD));
        model.addAttribute("reviewers", reviewers);
        model.addAttribute("names", reviewers.stream().collect(Collectors.toMap(
                person -> person.id().toString(), Person::fullName, (a, b) -> a)));
        model.addAttribute("sets", me.hasRole(Role.LEADER) || me.hasRole(Role.AGENCY_ADMIN) || me.isAdmin());
        return "outgoing/review-chains";
    }

    @PostMapping("/review-chains")
    String setReviewChain(@RequestParam(required = false) @Nullable DocumentType documentType,
            @RequestParam(name = "steps", required = false) @Nullable List<String> steps,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        flashes.take(redirect, "outgoing.done.chain",
                () -> chains.set(new ReviewChain(documentType, steps == null ? List.of() : steps), me));
        return "redirect:/outgoing/review-chains";
    }

    /** Takes a step and goes back to the document, saying what happened or, in words, why it did not. */
    private String step(UUID id, String step, RedirectAttributes redirect, Runnable call) {
        flashes.take(redirect, "outgoing.done." + step, call);
        return "redirect:/outgoing/" + id;
    }

    private String draftForm(Model model, DraftForm form, CurrentUser me) {
        model.addAttribute("form", form);
        model.addAttribute("types", Arrays.stream(DocumentType.values())
                .filter(DocumentType::administrative).toList());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("confidentialities", Confidentiality.values());
        model.addAttribute("authorities", SigningAuthority.values());
        List<Person> signers = new ArrayList<>(people.withRole(me.agencyCode(), Role.LEADER));
        signers.addAll(people.withRole(me.agencyCode(), Role.UNIT_HEAD));
        model.addAttribute("signers", signers);
        model.addAttribute("agencies", agencies.search(null, null, null, false, PageRequest.of(0, 2000))
                .getContent());
        model.addAttribute("convertsDocx", outgoing.convertsDocx());
        return "outgoing/draft";
    }

    /** Whom a draft can go to next: the agency's leaders and unit heads, the holder excepted. */
    private List<Person> reviewers(CurrentUser me, OutgoingView document) {
        Set<Person> candidates = new LinkedHashSet<>(people.withRole(document.agencyCode(), Role.LEADER));
        candidates.addAll(people.withRole(document.agencyCode(), Role.UNIT_HEAD));
        return candidates.stream().filter(person -> !person.id().equals(me.id())).toList();
    }

    private static OutgoingTab firstWithWork(Map<OutgoingTab, Long> counts) {
        for (OutgoingTab tab : List.of(OutgoingTab.TO_SIGN, OutgoingTab.TO_REVIEW, OutgoingTab.TO_ISSUE)) {
            if (counts.get(tab) > 0) {
                return tab;
            }
        }
        return OutgoingTab.DRAFTS;
    }

}
