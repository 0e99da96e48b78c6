package vn.vanthu.outgoing.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.InputStreamResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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

import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.outgoing.Composition;
import vn.vanthu.outgoing.DraftDetails;
import vn.vanthu.outgoing.OutgoingIssuing;
import vn.vanthu.outgoing.OutgoingManagement;
import vn.vanthu.outgoing.OutgoingSigning;
import vn.vanthu.outgoing.OutgoingSummary;
import vn.vanthu.outgoing.OutgoingTab;
import vn.vanthu.outgoing.OutgoingView;
import vn.vanthu.outgoing.RecipientView;
import vn.vanthu.signature.Placement;
import vn.vanthu.signature.RemoteRequestView;
import vn.vanthu.storage.Upload;
import vn.vanthu.web.DocumentFiles;
import vn.vanthu.web.Uploads;

/** Outgoing documents over REST: the same steps as the pages, for integrators and mobile apps. */
@RestController
@RequestMapping("/api/v1/outgoing-documents")
@Tag(name = "Văn bản đi / Outgoing documents")
class OutgoingController {

    private final OutgoingManagement outgoing;
    private final OutgoingSigning signing;
    private final OutgoingIssuing issuing;

    OutgoingController(OutgoingManagement outgoing, OutgoingSigning signing, OutgoingIssuing issuing) {
        this.outgoing = outgoing;
        this.signing = signing;
        this.issuing = issuing;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Soạn dự thảo / Start a draft",
            description = "multipart/form-data: `metadata` (application/json), và hoặc `file` (PDF/DOCX của văn bản "
                    + "chính), hoặc `composition` (application/json: body, place) để soạn theo thể thức Nghị định "
                    + "30; `files`: các phụ lục PDF gửi kèm thành tệp riêng.")
    ResponseEntity<OutgoingView> draft(@Valid @RequestPart("metadata") DraftDetails metadata,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @Valid @RequestPart(name = "composition", required = false) @Nullable Composition composition,
            @RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser me) {
        OutgoingView document = outgoing.draft(metadata, mainOf(file), composition, Uploads.of(files), me);
        return ResponseEntity.created(URI.create("/api/v1/outgoing-documents/" + document.id())).body(document);
    }

    @PostMapping("/paper")
    @Operation(summary = "Vào sổ văn bản mật làm trên giấy (văn thư) / Number a secret paper document (clerk)",
            description = "Văn bản mật không soạn, ký trên hệ thống: văn thư ghi thông tin và lấy số tiếp theo của sổ "
                    + "văn bản đi mật (dãy số riêng); văn bản gửi bản giấy.")
    ResponseEntity<OutgoingView> registerOnPaper(@Valid @RequestBody PaperRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        OutgoingView document = issuing.registerOnPaper(request.metadata(), request.registerId(), me);
        return ResponseEntity.created(URI.create("/api/v1/outgoing-documents/" + document.id())).body(document);
    }

    @GetMapping
    @Operation(summary = "Văn bản đi theo thẻ / Outgoing documents by inbox tab",
            description = "DRAFTS (dự thảo của tôi), TO_REVIEW (chờ duyệt), TO_SIGN (chờ ký), TO_ISSUE (chờ cấp số, "
                    + "phát hành: văn thư), ISSUED (đã phát hành).")
    Page<OutgoingSummary> tab(@RequestParam(defaultValue = "DRAFTS") OutgoingTab tab,
            @PageableDefault(size = 25) Pageable page, @AuthenticationPrincipal CurrentUser me) {
        return outgoing.tab(tab, me, page);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một văn bản đi / One outgoing document")
    OutgoingView document(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return outgoing.document(id, me);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa thông tin dự thảo / Change a draft's metadata")
    OutgoingView change(@PathVariable UUID id, @Valid @RequestBody DraftDetails metadata,
            @AuthenticationPrincipal CurrentUser me) {
        return outgoing.change(id, metadata, me);
    }

    @PostMapping(path = "/{id}/versions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Thêm phiên bản văn bản chính / Add a version of the main file",
            description = "multipart/form-data: `file` (PDF/DOCX) hoặc `composition` (application/json).")
    OutgoingView revise(@PathVariable UUID id,
            @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
            @Valid @RequestPart(name = "composition", required = false) @Nullable Composition composition,
            @AuthenticationPrincipal CurrentUser me) {
        return outgoing.revise(id, mainOf(file), composition, me);
    }

    @PostMapping(path = "/{id}/appendices", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Thêm phụ lục (PDF) / Add appendices (PDF)")
    OutgoingView attach(@PathVariable UUID id, @RequestPart("files") List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser me) {
        return outgoing.attach(id, Uploads.of(files), me);
    }

    @DeleteMapping("/{id}/appendices/{appendixId}")
    @Operation(summary = "Bỏ một phụ lục / Remove an appendix")
    OutgoingView detach(@PathVariable UUID id, @PathVariable UUID appendixId,
            @AuthenticationPrincipal CurrentUser me) {
        return outgoing.detach(id, appendixId, me);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Trình duyệt / Submit for review",
            description = "Không nêu `reviewerId` thì trình thẳng người ký.")
    OutgoingView submit(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable PassRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return outgoing.submit(id, request == null ? null : request.toId(), request == null ? null : request.note(),
                me);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Duyệt và chuyển tiếp / Approve and pass on",
            description = "Không nêu người nhận tiếp thì chuyển người ký.")
    OutgoingView approve(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable PassRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return outgoing.approve(id, request == null ? null : request.toId(), request == null ? null : request.note(),
                me);
    }

    @PostMapping("/{id}/comments")
    @Operation(summary = "Cho ý kiến / Comment")
    OutgoingView comment(@PathVariable UUID id, @Valid @RequestBody TextRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return outgoing.comment(id, request.text(), me);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Trả lại người soạn / Return to the drafter")
    OutgoingView returnToDrafter(@PathVariable UUID id, @Valid @RequestBody TextRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return outgoing.returnToDrafter(id, request.text(), me);
    }

    @PostMapping("/{id}/sign")
    @Operation(summary = "Ký ban hành (ký số cá nhân) / Sign for issue",
            description = "Ký phiên bản hiện hành bằng khóa của người ký và mã PIN.")
    OutgoingView sign(@PathVariable UUID id, @Valid @RequestBody SignRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return signing.sign(id, request.placement(), request.certificateId(), request.pin(), me);
    }

    @PostMapping("/{id}/phone-signing")
    @Operation(summary = "Gửi yêu cầu ký tới điện thoại / Ask the signer's phone to sign",
            description = "Người ký duyệt trên điện thoại đã đăng ký; văn bản chuyển văn thư khi ký xong.")
    RemoteRequestView signByPhone(@PathVariable UUID id,
            @Valid @RequestBody(required = false) @Nullable PhoneRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return signing.signByPhone(id, request == null ? null : request.placement(),
                request == null ? null : request.certificateId(), me);
    }

    @PostMapping("/{id}/issue")
    @Operation(summary = "Cấp số, ký số cơ quan và phát hành (văn thư) / Number, seal and issue (clerk)")
    OutgoingView issue(@PathVariable UUID id, @Valid @RequestBody IssueRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return issuing.issue(id, request.registerId(), request.certificateId(), request.pin(), me);
    }

    @PostMapping("/{id}/recall")
    @Operation(summary = "Thu hồi văn bản đã phát hành (văn thư) / Recall an issued document (clerk)",
            description = "Gửi đề nghị thu hồi (13) tới các nơi nhận; mỗi nơi trả lời đồng ý (15) hoặc từ chối (16).")
    OutgoingView recall(@PathVariable UUID id, @Valid @RequestBody TextRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return outgoing.recall(id, request.text(), me);
    }

    @PostMapping("/{id}/correction")
    @Operation(summary = "Cập nhật thông tin văn bản đã phát hành (văn thư) / Correct an issued document (clerk)",
            description = "Sửa trích yếu hoặc hạn trả lời, nêu lý do; bản của các nơi nhận trong hệ thống được cập "
                    + "nhật theo. Sai nội dung thì ban hành văn bản thay thế (`replacesId`).")
    OutgoingView correct(@PathVariable UUID id, @Valid @RequestBody CorrectionRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return outgoing.correct(id, request.subject(), request.replyDue(), request.reason(), me);
    }

    @GetMapping("/{id}/recipients")
    @Operation(summary = "Tình trạng nơi nhận / Recipients and their statuses")
    List<RecipientView> recipients(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return outgoing.recipients(id, me).recipients();
    }

    @GetMapping("/{id}/files/{which}")
    @Operation(summary = "Tải tệp / Download a file",
            description = "`main` (bản hiện hành: đã phát hành, đã ký hoặc dự thảo), `v1`, `v2`... (phiên bản), "
                    + "`source-v1`... (DOCX gốc), hoặc id của phụ lục.")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable String which,
            @AuthenticationPrincipal CurrentUser me) {
        return DocumentFiles.send(outgoing.file(id, which, me));
    }

    static @Nullable Upload mainOf(@Nullable MultipartFile file) {
        List<Upload> uploads = Uploads.of(file == null ? null : List.of(file));
        return uploads.isEmpty() ? null : uploads.get(0);
    }

    record PassRequest(@Nullable UUID toId, @Nullable @Size(max = 4000) String note) {
    }

    record TextRequest(@NotBlank @Size(max = 4000) String text) {
    }

    record SignRequest(@NotNull char[] pin, @Valid @Nullable Placement placement, @Nullable UUID certificateId) {
    }

    record PhoneRequest(@Valid @Nullable Placement placement, @Nullable UUID certificateId) {
    }

    record CorrectionRequest(@NotBlank @Size(max = 500) String subject, @Nullable LocalDate replyDue,
            @NotBlank @Size(max = 2000) String reason) {
    }

    record PaperRequest(@Valid @NotNull DraftDetails metadata, @NotNull UUID registerId) {
    }

    record IssueRequest(@NotNull UUID registerId, @NotNull char[] pin, @Nullable UUID certificateId) {
    }
}
