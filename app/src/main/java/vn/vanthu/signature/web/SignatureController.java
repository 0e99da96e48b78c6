package vn.vanthu.signature.web;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.vanthu.core.InvalidValue;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.signature.AgencyMark;
import vn.vanthu.signature.Placement;
import vn.vanthu.signature.SignatureValidation;
import vn.vanthu.signature.SignedDocument;
import vn.vanthu.signature.Signing;
import vn.vanthu.signature.ValidationReport;
import vn.vanthu.storage.Storage;

/** Signing and validating PDFs over REST. */
@RestController
@RequestMapping("/api/v1/signatures")
@Tag(name = "Chữ ký số / Digital signatures")
class SignatureController {

    static final String SIGNATURE_ID = "VanThu-Signature-Id";
    static final String SIGNATURE_LEVEL = "VanThu-Signature-Level";
    /** The PIN of a PDF sent whole: in a header, never in the address, which logs and proxies keep. */
    static final String PIN = "VanThu-Pin";
    private static final String RAW_NAME = "van-ban.pdf";

    private final Signing signing;
    private final SignatureValidation validation;
    private final Storage storage;

    SignatureController(Signing signing, SignatureValidation validation, Storage storage) {
        this.signing = signing;
        this.validation = validation;
        this.storage = storage;
    }

    /** What an official sends with the PDF to sign it personally. */
    record PersonalRequest(char[] pin, @Valid @Nullable Placement placement, @Nullable UUID certificateId,
            @Nullable String documentRef) {
    }

    /** What a clerk sends with the PDF to apply the agency's signature. */
    record AgencyRequest(char[] pin, @Nullable Boolean separateFile, @Nullable String numberAndNotation,
            @Nullable UUID certificateId, @Nullable String documentRef) {
    }

    /**
     * The rest of a personal signing request when the PDF is the body: the placement's fields, all or none of x and
     * y, and the certificate and document as in {@link PersonalRequest}.
     */
    record PersonalQuery(@Nullable @Min(0) Integer page, @Nullable @DecimalMin("0") Float x,
            @Nullable @DecimalMin("0") Float y, @Nullable @DecimalMin("10") Float width,
            @Nullable UUID certificateId, @Nullable String documentRef) {

        @Nullable Placement placement() {
            if (x == null && y == null) {
                return null;
            }
            if (x == null || y == null) {
                throw new InvalidValue(x == null ? "x" : "y", "signature.placement.incomplete");
            }
            return new Placement(page == null ? 0 : page, x, y, width);
        }
    }

    /** The rest of an agency signing request when the PDF is the body, as in {@link AgencyRequest}. */
    record AgencyQuery(@Nullable Boolean separateFile, @Nullable String numberAndNotation,
            @Nullable UUID certificateId, @Nullable String documentRef) {
    }

    @PostMapping(path = "/validations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Kiểm tra chữ ký số của một tệp PDF / Validate the signatures of a PDF")
    ValidationReport validate(@RequestPart("file") MultipartFile file) throws IOException {
        return validation.validate(file.getBytes(), name(file));
    }

    @PostMapping(path = "/personal", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Ký số cá nhân (lãnh đạo) / Sign personally (official)",
            description = "multipart/form-data: `file` (PDF) và `request` (application/json: pin, placement, "
                    + "certificateId, documentRef). Trả về tệp PDF đã ký; tệp gốc được giữ nguyên.")
    ResponseEntity<byte[]> signPersonally(@RequestPart("file") MultipartFile file,
            @Valid @RequestPart("request") PersonalRequest request, @AuthenticationPrincipal CurrentUser me)
            throws IOException {
        return signed(file, signing.signPersonally(file.getBytes(), request.placement(), request.certificateId(),
                request.pin(), request.documentRef(), me));
    }

    @PostMapping(path = "/agency", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Ký số cơ quan (văn thư) / Apply the agency signature (clerk)",
            description = "multipart/form-data: `file` (PDF) và `request` (application/json: pin, separateFile, "
                    + "numberAndNotation, certificateId, documentRef). Văn bản chính: hình con dấu trùm 1/3 chữ ký "
                    + "của người có thẩm quyền; tệp đính kèm riêng: số, ký hiệu và thời gian ký ở góc trên bên phải "
                    + "trang đầu.")
    ResponseEntity<byte[]> signAsAgency(@RequestPart("file") MultipartFile file,
            @Valid @RequestPart("request") AgencyRequest request, @AuthenticationPrincipal CurrentUser me)
            throws IOException {
        AgencyMark mark = new AgencyMark(Boolean.TRUE.equals(request.separateFile()),
                request.numberAndNotation());
        return signed(file, signing.signAsAgency(file.getBytes(), mark, request.certificateId(), request.pin(),
                request.documentRef(), me));
    }

    @PostMapping(path = "/personal", consumes = MediaType.APPLICATION_PDF_VALUE,
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Ký số cá nhân, tệp PDF là thân yêu cầu / Sign personally, the PDF as the request body",
            description = "Content-Type: application/pdf. Mã PIN trong tiêu đề `VanThu-Pin`; page, x, y, width, "
                    + "certificateId, documentRef là tham số truy vấn (như `request` của dạng multipart). Không "
                    + "qua multipart: cách gửi của ứng dụng di động và hệ thống tích hợp.")
    ResponseEntity<byte[]> signPersonallyWhole(HttpServletRequest body, @RequestHeader(PIN) String pin,
            @Valid @ModelAttribute PersonalQuery query, @AuthenticationPrincipal CurrentUser me) throws IOException {
        byte[] pdf = storage.readWhole(body.getInputStream(), body.getContentLengthLong(), "file");
        return signed(RAW_NAME, signing.signPersonally(pdf, query.placement(), query.certificateId(),
                pin.toCharArray(), query.documentRef(), me));
    }

    @PostMapping(path = "/agency", consumes = MediaType.APPLICATION_PDF_VALUE,
            produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Ký số cơ quan, tệp PDF là thân yêu cầu / Agency signature, the PDF as the request body",
            description = "Content-Type: application/pdf. Mã PIN trong tiêu đề `VanThu-Pin`; separateFile, "
                    + "numberAndNotation, certificateId, documentRef là tham số truy vấn.")
    ResponseEntity<byte[]> signAsAgencyWhole(HttpServletRequest body, @RequestHeader(PIN) String pin,
            @ModelAttribute AgencyQuery query, @AuthenticationPrincipal CurrentUser me) throws IOException {
        AgencyMark mark = new AgencyMark(Boolean.TRUE.equals(query.separateFile()), query.numberAndNotation());
        byte[] pdf = storage.readWhole(body.getInputStream(), body.getContentLengthLong(), "file");
        return signed(RAW_NAME, signing.signAsAgency(pdf, mark, query.certificateId(), pin.toCharArray(),
                query.documentRef(), me));
    }

    static ResponseEntity<byte[]> signed(MultipartFile file, SignedDocument signed) {
        return signed(name(file), signed);
    }

    private static ResponseEntity<byte[]> signed(String uploaded, SignedDocument signed) {
        String name = uploaded.replaceFirst("(?i)\\.pdf$", "") + "-da-ky.pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header(SIGNATURE_ID, signed.signatureId().toString())
                .header(SIGNATURE_LEVEL, signed.level())
                .header(HttpHeaders.ETAG, "\"" + signed.sha256() + "\"")
                .body(signed.content());
    }

    static String name(MultipartFile file) {
        String name = file.getOriginalFilename();
        return name == null || name.isBlank() ? "van-ban.pdf" : name;
    }
}
