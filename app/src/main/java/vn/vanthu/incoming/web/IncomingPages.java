package vn.vanthu.incoming.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
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
import vn.vanthu.core.DocumentForm;
import vn.vanthu.core.DocumentType;
import vn.vanthu.core.NotPermitted;
import vn.vanthu.core.Refusal;
import vn.vanthu.core.Urgency;
import vn.vanthu.core.VietnamTime;
import vn.vanthu.incoming.Assignment;
import vn.vanthu.incoming.IncomingAction;
import vn.vanthu.incoming.IncomingManagement;
import vn.vanthu.incoming.IncomingView;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.organisation.Role;
import vn.vanthu.organisation.UnitView;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;
import vn.vanthu.register.RegisterView;
import vn.vanthu.web.DocumentFiles;
import vn.vanthu.web.Flashes;
import vn.vanthu.web.FormErrors;
import vn.vanthu.web.Uploads;

/**
 * The pages of one incoming document: the clerk's receive form, the document page with the steps the reader may
 * take, and its files. A step that is refused comes back to the page as a message; nothing is half done.
 */
@Controller
@RequestMapping("/incoming")
class IncomingPages {

    private static final int SENDER_CHOICES = 15;

    private final IncomingManagement incoming;
    private final RegisterManagement registers;
    private final People people;
    private final AgencyDirectory agencies;
    private final Flashes flashes;

    IncomingPages(IncomingManagement incoming, RegisterManagement registers, People people,
            AgencyDirectory agencies, Flashes flashes) {
        this.incoming = incoming;
        this.registers = registers;
        this.people = people;
        this.agencies = agencies;
        this.flashes = flashes;
    }

    @GetMapping("/new")
    String receiveForm(@AuthenticationPrincipal CurrentUser me, Model model) {
        checkClerk(me);
        ReceiveForm form = new ReceiveForm();
        form.setArrivedAt(LocalDateTime.now(VietnamTime.ZONE).withSecond(0).withNano(0));
        registersOf(me).stream().filter(register -> !register.confidential()).findFirst()
                .ifPresent(register -> form.setRegisterId(register.id()));
        return receiveForm(model, form, me, false);
    }

    @PostMapping("/new")
    String receive(@Valid @ModelAttribute("form") ReceiveForm form, BindingResult result,
            @RequestParam(name = "files", required = false) @Nullable List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        checkClerk(me);
        if (form.lacksSender()) {
            // said with the other missing fields, not after they are filled in
            result.rejectValue("senderName", "incoming.sender.required");
        }
        if (!result.hasErrors()) {
            try {
                IncomingView document = incoming.receive(form.details(), Uploads.of(files), me);
                return "redirect:/incoming/" + document.id() + "?received";
            } catch (Refusal refusal) {
                FormErrors.show(result, refusal);
                return receiveForm(model, form, me, "incoming.duplicate".equals(refusal.messageKey()));
            }
        }
        return receiveForm(model, form, me, false);
    }

    /** Agencies of the directory whose name or code matches what the clerk types as the sender. */
    @GetMapping("/senders")
    String senders(@RequestParam(required = false) @Nullable String senderName, Model model) {
        model.addAttribute("senders", senderName == null || senderName.strip().length() < 2 ? List.of()
                : agencies.search(null, null, senderName, false, PageRequest.of(0, SENDER_CHOICES)).getContent());
        return "incoming/receive :: sender-options";
    }

    @GetMapping("/{id}")
    String document(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, Model model) {
        IncomingView document = incoming.document(id, me);
        model.addAttribute("document", document);
        model.addAttribute("today", LocalDate.now(VietnamTime.ZONE));
        if (document.may(IncomingAction.REGISTER)) {
            model.addAttribute("registers", registersOf(me).stream()
                    .filter(register -> register.confidential() == document.confidentiality().secret()).toList());
        }
        if (document.may(IncomingAction.SUBMIT)) {
            model.addAttribute("leaders", people.withRole(me.agencyCode(), Role.LEADER));
        }
        if (document.may(IncomingAction.ASSIGN)) {
            List<Person> colleagues = colleagues(me, document.confidentiality().secret());
            model.addAttribute("colleagues", colleagues);
            model.addAttribute("units", document.confidentiality().secret() ? List.of()
                    : people.unitsOf(me.agencyCode()).stream().filter(UnitView::active).toList());
        }
        if (document.may(IncomingAction.DELEGATE) && me.unitId() != null) {
            model.addAttribute("specialists", people.inUnit(me.unitId()).stream()
                    .filter(person -> !person.id().equals(me.id())).toList());
        }
        return "incoming/document";
    }

    @GetMapping("/{id}/files/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID fileId,
            @AuthenticationPrincipal CurrentUser me) {
        return DocumentFiles.send(incoming.file(id, fileId, me));
    }

    @PostMapping("/{id}/register")
    String register(@PathVariable UUID id, @RequestParam UUID registerId, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "register", redirect, () -> incoming.register(id, registerId, me));
    }

    @PostMapping("/{id}/submit")
    String submit(@PathVariable UUID id, @RequestParam UUID leaderId, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "submit", redirect, () -> incoming.submit(id, leaderId, me));
    }

    /**
     * The assignment form names people and units in one list each, {@code p:<id>} for a person and {@code u:<id>}
     * for a unit, as a leader thinks of them: "Phòng Tổng hợp chủ trì, anh Nam phối hợp".
     */
    @PostMapping("/{id}/assign")
    String assign(@PathVariable UUID id, @RequestParam String lead,
            @RequestParam(name = "coordinators", required = false) @Nullable List<String> coordinators,
            @RequestParam(name = "informed", required = false) @Nullable List<String> informed,
            @RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            @RequestParam(required = false) @Nullable String instruction,
            @RequestParam(required = false) @Nullable Long version,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return step(id, "assign", redirect, () -> {
            Choice leadChoice = Choice.parse(lead);
            Choices coordinating = Choices.parse(coordinators);
            Choices informing = Choices.parse(informed);
            incoming.assign(id, new Assignment(leadChoice.person(), leadChoice.unit(), coordinating.persons(),
                    coordinating.units(), informing.persons(), informing.units(), deadline, instruction, version),
                    me);
        });
    }

    @PostMapping("/{id}/delegate")
    String delegate(@PathVariable UUID id, @RequestParam UUID specialistId, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "delegate", redirect, () -> incoming.delegate(id, specialistId, me));
    }

    @PostMapping("/{id}/opinion")
    String opinion(@PathVariable UUID id, @RequestParam String text, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "opinion", redirect, () -> incoming.addOpinion(id, text, me));
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable UUID id, @RequestParam(required = false) @Nullable String answeredBy,
            @RequestParam(required = false) @Nullable String note, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "complete", redirect, () -> incoming.complete(id, answeredBy, note, me));
    }

    @PostMapping("/{id}/return")
    String returnToClerks(@PathVariable UUID id, @RequestParam String text, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "return", redirect, () -> incoming.returnToClerks(id, text, me));
    }

    @PostMapping("/{id}/refuse")
    String refuse(@PathVariable UUID id, @RequestParam String text, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "refuse", redirect, () -> incoming.refuse(id, text, me));
    }

    @PostMapping("/{id}/remind")
    String remind(@PathVariable UUID id, @RequestParam(required = false) @Nullable String note,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return step(id, "remind", redirect, () -> incoming.remind(id, note, me));
    }

    @PostMapping("/{id}/reopen")
    String reopen(@PathVariable UUID id, @RequestParam String text, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "reopen", redirect, () -> incoming.reopen(id, text, me));
    }

    @PostMapping("/{id}/recall-acceptance")
    String acceptRecall(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return step(id, "accept-recall", redirect, () -> incoming.acceptRecall(id, me));
    }

    @PostMapping("/{id}/recall-refusal")
    String refuseRecall(@PathVariable UUID id, @RequestParam String text, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return step(id, "refuse-recall", redirect, () -> incoming.refuseRecall(id, text, me));
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return step(id, "read", redirect, () -> incoming.markRead(id, me));
    }

    /** Takes a step and goes back to the document, saying what happened or, in words, why it did not. */
    private String step(UUID id, String step, RedirectAttributes redirect, Runnable call) {
        flashes.take(redirect, "incoming.done." + step, call);
        return "redirect:/incoming/" + id;
    }

    private String receiveForm(Model model, ReceiveForm form, CurrentUser me, boolean duplicate) {
        model.addAttribute("form", form);
        model.addAttribute("duplicate", duplicate);
        model.addAttribute("registers", registersOf(me));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("confidentialities", Confidentiality.values());
        model.addAttribute("forms", DocumentForm.values());
        return "incoming/receive";
    }

    private List<RegisterView> registersOf(CurrentUser me) {
        return registers.registersOf(me.agencyCode(), RegisterKind.INCOMING, me).stream()
                .filter(RegisterView::active).toList();
    }

    /** Whom a leader may give the work to: everyone of the agency, or for a secret document its leaders. */
    private List<Person> colleagues(CurrentUser me, boolean secret) {
        if (secret) {
            return people.withRole(me.agencyCode(), Role.LEADER);
        }
        Set<Person> everyone = new LinkedHashSet<>();
        for (Role role : List.of(Role.LEADER, Role.UNIT_HEAD, Role.SPECIALIST, Role.CLERK)) {
            everyone.addAll(people.withRole(me.agencyCode(), role));
        }
        return List.copyOf(everyone);
    }

    private static void checkClerk(CurrentUser me) {
        if (!me.hasRole(Role.CLERK)) {
            throw new NotPermitted("incoming.not-clerk");
        }
    }


    /** One pick of the assignment form: a person or a unit. */
    private record Choice(@Nullable UUID person, @Nullable UUID unit) {

        static Choice parse(String value) {
            try {
                if (value.startsWith("u:")) {
                    return new Choice(null, UUID.fromString(value.substring(2)));
                }
                return new Choice(UUID.fromString(value.startsWith("p:") ? value.substring(2) : value), null);
            } catch (IllegalArgumentException e) {
                return new Choice(null, null);
            }
        }
    }

    private record Choices(Set<UUID> persons, Set<UUID> units) {

        static Choices parse(@Nullable List<String> values) {
            Set<UUID> persons = new LinkedHashSet<>();
            Set<UUID> units = new LinkedHashSet<>();
            for (String value : values == null ? List.<String>of() : values) {
                Choice choice = Choice.parse(value);
                if (choice.person() != null) {
                    persons.add(choice.person());
                }
                if (choice.unit() != null) {
                    units.add(choice.unit());
                }
            }
            return new Choices(persons, units);
        }
    }
}
