package vn.vanthu.signature.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.signature.CertificateView;
import vn.vanthu.signature.Certificates;
import vn.vanthu.signature.SignatureImages;

/** Signing certificates and signature images over REST. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Chứng thư số / Certificates")
class CertificateController {

    private final Certificates certificates;
    private final SignatureImages images;

    CertificateController(Certificates certificates, SignatureImages images) {
        this.certificates = certificates;
        this.images = images;
    }

    record IssueRequest(@NotNull AgencyCode agencyCode, @Nullable UUID personId, char[] pin) {
    }

    record ImportRequest(char[] pin, @NotNull AgencyCode agencyCode, @Nullable UUID personId) {
    }

    record RevokeRequest(@NotBlank String reason) {
    }

    record PinChange(char[] oldPin, char[] newPin) {
    }

    @GetMapping("/certificates")
    @Operation(summary = "Chứng thư số của tôi (và của cơ quan) / My certificates (and my agency's)")
    List<CertificateView> list(@AuthenticationPrincipal CurrentUser me) {
        return certificates.visibleTo(me);
    }

    @GetMapping("/certificates/{id}")
    @Operation(summary = "Một chứng thư số / One certificate")
    CertificateView one(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return certificates.certificate(id, me);
    }

    @GetMapping(path = "/certificates/{id}/der", produces = "application/pkix-cert")
    @Operation(summary = "Tải chứng thư số (DER) / Download the certificate (DER)")
    ResponseEntity<byte[]> der(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(id + ".cer").build().toString())
                .body(certificates.encoded(id, me));
    }

    @PostMapping("/certificates")
    @Operation(summary = "Cấp chứng thư số từ CA thử nghiệm (quản trị cơ quan) / Issue from the built-in CA "
            + "(agency administrator)", description = "Không có personId: chứng thư số của cơ quan (con dấu).")
    ResponseEntity<CertificateView> issue(@Valid @RequestBody IssueRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        CertificateView issued = certificates.issue(request.agencyCode(), request.personId(), pin(request.pin()), me);
        return ResponseEntity.created(URI.create("/api/v1/certificates/" + issued.id())).body(issued);
    }

    @PostMapping(path = "/certificates/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập chứng thư số PKCS#12 / Import a PKCS#12",
            description = "multipart/form-data: `file` (.p12/.pfx) và `request` (application/json: pin, agencyCode, "
                    + "personId; không có personId là chứng thư số của cơ quan).")
    ResponseEntity<CertificateView> importPkcs12(@RequestPart("file") MultipartFile file,
            @Valid @RequestPart("request") ImportRequest request, @AuthenticationPrincipal CurrentUser me)
            throws IOException {
        CertificateView imported = certificates.importPkcs12(file.getBytes(), pin(request.pin()),
                request.agencyCode(), request.personId(), me);
        return ResponseEntity.created(URI.create("/api/v1/certificates/" + imported.id())).body(imported);
    }

    @PostMapping("/certificates/token")
    @Operation(summary = "Đăng ký chứng thư số của cơ quan trên thiết bị PKCS#11 / Register the agency seal's "
            + "certificate from the PKCS#11 token", description = "Thiết bị cấu hình bằng VANTHU_PKCS11_*.")
    ResponseEntity<CertificateView> registerToken(@Valid @RequestBody TokenRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        CertificateView registered = certificates.registerTokenCertificate(request.agencyCode(), me);
        return ResponseEntity.created(URI.create("/api/v1/certificates/" + registered.id())).body(registered);
    }

    record TokenRequest(@NotNull AgencyCode agencyCode) {
    }

    @PostMapping("/certificates/{id}/revoke")
    @Operation(summary = "Thu hồi chứng thư số / Revoke a certificate")
    CertificateView revoke(@PathVariable UUID id, @Valid @RequestBody RevokeRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return certificates.revoke(id, request.reason(), me);
    }

    @PostMapping("/certificates/{id}/pin")
    @Operation(summary = "Đổi mã PIN / Change the PIN")
    ResponseEntity<Void> changePin(@PathVariable UUID id, @RequestBody PinChange request,
            @AuthenticationPrincipal CurrentUser me) {
        certificates.changePin(id, pin(request.oldPin()), pin(request.newPin()), me);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/me/signature-image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Hình chữ ký của tôi (PNG nền trong suốt, màu xanh) / My signature image")
    ResponseEntity<Void> signatureImage(@RequestPart("image") MultipartFile image,
            @AuthenticationPrincipal CurrentUser me) throws IOException {
        images.setSignature(me.id(), image.getBytes(), me);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/agencies/{code}/seal", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Hình con dấu của cơ quan (PNG nền trong suốt, màu đỏ) / The agency's seal image")
    ResponseEntity<Void> seal(@PathVariable AgencyCode code, @RequestPart("image") MultipartFile image,
            @RequestParam(defaultValue = "36") double diameterMm, @AuthenticationPrincipal CurrentUser me)
            throws IOException {
        images.setSeal(code, image.getBytes(), diameterMm, me);
        return ResponseEntity.noContent().build();
    }

    private static char[] pin(char @Nullable [] pin) {
        return pin == null ? new char[0] : pin;
    }
}
