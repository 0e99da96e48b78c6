package vn.vanthu.signature.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.core.Refusal;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.organisation.Role;
import vn.vanthu.signature.AgencyMark;
import vn.vanthu.signature.Certificates;
import vn.vanthu.signature.Placement;
import vn.vanthu.signature.RemoteSigning;
import vn.vanthu.signature.SignatureImage;
import vn.vanthu.signature.SignatureImages;
import vn.vanthu.signature.SignatureValidation;
import vn.vanthu.signature.Signing;
import vn.vanthu.web.Flashes;

/**
 * The signature pages: check the signatures of any PDF; sign one (an official personally, choosing where by clicking
 * the page; a clerk with the agency's seal); and the certificates and signature images of the person and their
 * agency.
 */
@Controller
@RequestMapping("/signatures")
class SignaturePages {

    private final Signing signing;
    private final RemoteSigning remote;
    private final SignatureValidation validation;
    private final Certificates certificates;
    private final SignatureImages images;
    private final People people;
    private final Flashes flashes;
    private final MessageSource messages;

    SignaturePages(Signing signing, RemoteSigning remote, SignatureValidation validation, Certificates certificates,
            SignatureImages images, People people, Flashes flashes, MessageSource messages) {
        this.signing = signing;
        this.remote = remote;
        this.validation = validation;
        this.certificates = certificates;
        this.images = images;
        this.people = people;
        this.flashes = flashes;
        this.messages = messages;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("personal", me.hasRole(Role.LEADER) || me.hasRole(Role.UNIT_HEAD));
        model.addAttribute("agency", me.hasRole(Role.CLERK));
        return "signature/signatures";
    }

    @PostMapping("/validate")
    String validate(@RequestParam("file") MultipartFile file, @AuthenticationPrincipal CurrentUser me, Model model)
            throws IOException {
        try {
            model.addAttribute("report", validation.validate(file.getBytes(), SignatureController.name(file)));
        } catch (Refusal refusal) {
            model.addAttribute("refusal", words(refusal));
        }
        return page(me, model);
    }

    @PostMapping("/sign")
    Object sign(@RequestParam("file") MultipartFile file, @RequestParam String kind, @RequestParam String pin,
            @RequestParam(required = false) @Nullable Integer page, @RequestParam(required = false) @Nullable Float x,
            @RequestParam(required = false) @Nullable Float y,
            @RequestParam(defaultValue = "false") boolean separateFile,
            @RequestParam(required = false) @Nullable String numberAndNotation,
            @RequestParam(defaultValue = "false") boolean onPhone,
            @AuthenticationPrincipal CurrentUser me, Model model) throws IOException {
        try {
            if ("agency".equals(kind)) {
                return SignatureController.signed(file, signing.signAsAgency(file.getBytes(),
                        new AgencyMark(separateFile, numberAndNotation), null, pin.toCharArray(), null, me));
            }
            Placement placement = page != null && x != null && y != null ? new Placement(page, x, y, null) : null;
            if (onPhone) {
                remote.request(file.getBytes(), placement, null, SignatureController.name(file), null, me);
                model.addAttribute("sentToPhone", true);
                return page(me, model);
            }
            return SignatureController.signed(file, signing.signPersonally(file.getBytes(), placement, null,
                    pin.toCharArray(), null, me));
        } catch (Refusal refusal) {
            model.addAttribute("signRefusal", words(refusal));
            return page(me, model);
        }
    }

    @GetMapping("/certificates")
    String certificates(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("certificates", certificates.visibleTo(me));
        model.addAttribute("hasSignature", images.signature(me.id()).isPresent());
        model.addAttribute("hasSeal", images.seal(me.agencyCode()).isPresent());
        if (me.managesPeople()) {
            List<Person> signers = new ArrayList<>();
            for (Role role : List.of(Role.LEADER, Role.UNIT_HEAD, Role.CLERK)) {
                people.withRole(me.agencyCode(), role).stream()
                        .filter(p -> signers.stream().noneMatch(s -> s.id().equals(p.id()))).forEach(signers::add);
            }
            model.addAttribute("signers", signers);
        }
        return "signature/certificates";
    }

    @PostMapping("/certificates/issue")
    String issue(@RequestParam(required = false) @Nullable UUID personId, @RequestParam String pin,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return done(redirect, "signature.page.issued",
                () -> certificates.issue(me.agencyCode(), personId, pin.toCharArray(), me));
    }

    @PostMapping("/certificates/import")
    String importPkcs12(@RequestParam("file") MultipartFile file, @RequestParam String pin,
            @RequestParam(defaultValue = "false") boolean forAgency, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) throws IOException {
        byte[] content = file.getBytes();
        return done(redirect, "signature.page.imported", () -> certificates.importPkcs12(content, pin.toCharArray(),
                me.agencyCode(), forAgency ? null : me.id(), me));
    }

    @PostMapping("/certificates/{id}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam String reason, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        return done(redirect, "signature.page.revoked", () -> certificates.revoke(id, reason, me));
    }

    @PostMapping("/certificates/{id}/pin")
    String changePin(@PathVariable UUID id, @RequestParam String oldPin, @RequestParam String newPin,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        return done(redirect, "signature.page.pin-changed",
                () -> certificates.changePin(id, oldPin.toCharArray(), newPin.toCharArray(), me));
    }

    @PostMapping("/images/signature")
    String uploadSignature(@RequestParam("image") MultipartFile image, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) throws IOException {
        byte[] png = image.getBytes();
        return done(redirect, "signature.page.image-saved", () -> images.setSignature(me.id(), png, me));
    }

    @PostMapping("/images/seal")
    String uploadSeal(@RequestParam("image") MultipartFile image, @RequestParam(defaultValue = "36") double diameterMm,
            @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) throws IOException {
        byte[] png = image.getBytes();
        return done(redirect, "signature.page.image-saved",
                () -> images.setSeal(me.agencyCode(), png, diameterMm, me));
    }

    @GetMapping("/images/signature.png")
    ResponseEntity<byte[]> signature(@AuthenticationPrincipal CurrentUser me) {
        return png(images.signature(me.id()).map(SignatureImage::png).orElse(null));
    }

    @GetMapping("/images/seal.png")
    ResponseEntity<byte[]> seal(@AuthenticationPrincipal CurrentUser me) {
        return png(images.seal(me.agencyCode()).map(SignatureImage::png).orElse(null));
    }

    private static ResponseEntity<byte[]> png(byte @Nullable [] png) {
        if (png == null) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noCache()).body(png);
    }

    private String done(RedirectAttributes redirect, String messageKey, Runnable action) {
        try {
            action.run();
            flashes.done(redirect, messageKey);
        } catch (Refusal refusal) {
            flashes.refusal(redirect, refusal);
        }
        return "redirect:/signatures/certificates";
    }

    private String words(Refusal refusal) {
        return messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(),
                LocaleContextHolder.getLocale());
    }
}
