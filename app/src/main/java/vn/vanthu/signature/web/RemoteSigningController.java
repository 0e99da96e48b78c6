package vn.vanthu.signature.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.signature.CertificateView;
import vn.vanthu.signature.Placement;
import vn.vanthu.signature.RemoteRequestView;
import vn.vanthu.signature.RemoteSigning;

/**
 * Signing on a phone over REST: the phone enrols its key, the official's requests wait for it, it approves with its
 * signature over the data-to-sign. A desktop token agent or a remote signing service would use the same calls.
 */
@RestController
@RequestMapping("/api/v1/signatures/phone")
@Tag(name = "Ký số trên điện thoại / Phone signing")
class RemoteSigningController {

    private final RemoteSigning remote;

    RemoteSigningController(RemoteSigning remote) {
        this.remote = remote;
    }

    /** The phone's public key (SPKI, base64), its proof of holding the key, and the official's password. */
    record Enrolment(@NotBlank String publicKey, @NotBlank String deviceName, @NotBlank String password,
            @NotBlank String proof) {
    }

    record SigningRequest(@Valid @Nullable Placement placement, @Nullable UUID certificateId, @Nullable String subject,
            @Nullable String documentRef) {
    }

    record Approval(@NotBlank String signature) {
    }

    @PostMapping("/enrolments")
    @Operation(summary = "Đăng ký điện thoại ký số / Enrol a phone",
            description = "proof: chữ ký ECDSA P-256/SHA-256 (dạng r||s, base64) của điện thoại trên chuỗi "
                    + "`vanthu-enrol:<tên đăng nhập>:<publicKey>`.")
    ResponseEntity<CertificateView> enrol(@Valid @RequestBody Enrolment enrolment,
            @AuthenticationPrincipal CurrentUser me) {
        CertificateView issued = remote.enrol(enrolment.publicKey(), enrolment.deviceName(), enrolment.password(),
                enrolment.proof(), me);
        return ResponseEntity.created(URI.create("/api/v1/certificates/" + issued.id())).body(issued);
    }

    @PostMapping(path = "/requests", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Gửi yêu cầu ký tới điện thoại / Send a signing request to the phone",
            description = "multipart/form-data: `file` (PDF) và `request` (application/json: placement, "
                    + "certificateId, subject, documentRef).")
    ResponseEntity<RemoteRequestView> request(@RequestPart("file") MultipartFile file,
            @Valid @RequestPart(name = "request", required = false) @Nullable SigningRequest request,
            @AuthenticationPrincipal CurrentUser me) throws IOException {
        SigningRequest asked = request == null ? new SigningRequest(null, null, null, null) : request;
        RemoteRequestView created = remote.request(file.getBytes(), asked.placement(), asked.certificateId(),
                asked.subject() == null ? SignatureController.name(file) : asked.subject(), asked.documentRef(), me);
        return ResponseEntity.accepted().location(URI.create("/api/v1/signatures/phone/requests/" + created.id()))
                .body(created);
    }

    @GetMapping("/requests")
    @Operation(summary = "Yêu cầu ký đang chờ điện thoại / Requests waiting for the phone")
    List<RemoteRequestView> pending(@AuthenticationPrincipal CurrentUser me) {
        return remote.pending(me);
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "Một yêu cầu ký / One signing request")
    RemoteRequestView one(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return remote.find(id, me);
    }

    @GetMapping(path = "/requests/{id}/preview", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "Xem trước trang có chữ ký / Preview of the page with the signature")
    byte[] preview(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return remote.preview(id, me);
    }

    @PostMapping("/requests/{id}/approval")
    @Operation(summary = "Đồng ý ký (điện thoại gửi chữ ký) / Approve (the phone sends its signature)",
            description = "signature: chữ ký ECDSA P-256/SHA-256 (r||s, base64) trên dataToSign.")
    RemoteRequestView approve(@PathVariable UUID id, @Valid @RequestBody Approval approval,
            @AuthenticationPrincipal CurrentUser me) {
        return remote.approve(id, approval.signature(), me);
    }

    @PostMapping("/requests/{id}/rejection")
    @Operation(summary = "Từ chối ký / Reject")
    RemoteRequestView reject(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return remote.reject(id, me);
    }

    @GetMapping(path = "/requests/{id}/document", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Tệp đã ký / The signed PDF")
    byte[] document(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return remote.signedDocument(id, me);
    }
}
