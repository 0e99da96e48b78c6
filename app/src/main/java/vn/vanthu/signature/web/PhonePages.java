package vn.vanthu.signature.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.signature.CertificateView;
import vn.vanthu.signature.RemoteRequestView;
import vn.vanthu.signature.RemoteSigning;

/**
 * The phone's page (a small PWA): enrol this phone, then see and approve signing requests. Its script calls the
 * JSON endpoints here with the web session and its CSRF token, as the REST API takes bearer tokens only.
 */
@Controller
@RequestMapping("/signatures/phone")
class PhonePages {

    private final RemoteSigning remote;

    PhonePages(RemoteSigning remote) {
        this.remote = remote;
    }

    @GetMapping
    String page() {
        return "signature/phone";
    }

    @PostMapping(path = "/enrolment", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    CertificateView enrol(@RequestBody Map<String, String> enrolment, @AuthenticationPrincipal CurrentUser me) {
        return remote.enrol(enrolment.getOrDefault("publicKey", ""), enrolment.getOrDefault("deviceName", ""),
                enrolment.getOrDefault("password", ""), enrolment.getOrDefault("proof", ""), me);
    }

    @GetMapping(path = "/requests", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<RemoteRequestView> pending(@AuthenticationPrincipal CurrentUser me) {
        return remote.pending(me);
    }

    @GetMapping(path = "/requests/{id}/preview", produces = MediaType.IMAGE_PNG_VALUE)
    @ResponseBody
    byte[] preview(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return remote.preview(id, me);
    }

    @PostMapping(path = "/requests/{id}/approval", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    RemoteRequestView approve(@PathVariable UUID id, @RequestBody Map<String, String> approval,
            @AuthenticationPrincipal CurrentUser me) {
        return remote.approve(id, approval.getOrDefault("signature", ""), me);
    }

    @PostMapping(path = "/requests/{id}/rejection", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    RemoteRequestView reject(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return remote.reject(id, me);
    }
}
