package vn.vanthu.incoming.web;

import java.net.URI;
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

import vn.vanthu.incoming.Assignment;
import vn.vanthu.incoming.IncomingDetails;
import vn.vanthu.incoming.IncomingManagement;
import vn.vanthu.incoming.IncomingView;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.web.DocumentFiles;
import vn.vanthu.web.Uploads;

/** Incoming documents over REST: the same steps as the pages, for integrators and mobile apps. */
@RestController
@RequestMapping("/api/v1/incoming-documents")
@Tag(name = "Văn bản đến / Incoming documents")
class IncomingController {

    private final IncomingManagement incoming;

    IncomingController(IncomingManagement incoming) {
        this.incoming = incoming;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Tiếp nhận văn bản đến (văn thư) / Receive a document (clerk)",
            description = "multipart/form-data: phần `metadata` (application/json) và các phần `files`. Có "
                    + "`registerId` thì vào sổ ngay. Văn bản mật không kèm tệp.")
    ResponseEntity<IncomingView> receive(@Valid @RequestPart("metadata") IncomingDetails metadata,
            @RequestPart(name = "files", required = false) @Nullable List<MultipartFile> files,
            @AuthenticationPrincipal CurrentUser me) {
        IncomingView document = incoming.receive(metadata, Uploads.of(files), me);
        return ResponseEntity.created(URI.create("/api/v1/incoming-documents/" + document.id())).body(document);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một văn bản đến / One incoming document")
    IncomingView document(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return incoming.document(id, me);
    }

    @PostMapping("/{id}/register")
    @Operation(summary = "Vào sổ, cấp số đến / Register with the next arrival number")
    IncomingView register(@PathVariable UUID id, @Valid @RequestBody RegisterRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.register(id, request.registerId(), me);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Trình lãnh đạo / Submit to a leader")
    IncomingView submit(@PathVariable UUID id, @Valid @RequestBody SubmitRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.submit(id, request.leaderId(), me);
    }

    @PostMapping("/{id}/assign")
    @Operation(summary = "Phân công xử lý (lãnh đạo) / Assign (leader)",
            description = "Một người hoặc một đơn vị chủ trì; phối hợp, để biết; hạn xử lý; ý kiến chỉ đạo. Gọi lại "
                    + "khi đang xử lý là phân công lại.")
    IncomingView assign(@PathVariable UUID id, @Valid @RequestBody Assignment assignment,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.assign(id, assignment, me);
    }

    @PostMapping("/{id}/delegate")
    @Operation(summary = "Giao chuyên viên xử lý (trưởng đơn vị) / Pass the lead to a specialist (unit head)")
    IncomingView delegate(@PathVariable UUID id, @Valid @RequestBody DelegateRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.delegate(id, request.specialistId(), me);
    }

    @PostMapping("/{id}/opinions")
    @Operation(summary = "Cho ý kiến xử lý / Add an opinion")
    IncomingView opinion(@PathVariable UUID id, @Valid @RequestBody TextRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.addOpinion(id, request.text(), me);
    }

    @PostMapping("/{id}/complete")
    @Operation(summary = "Hoàn thành xử lý (xử lý chính) / Complete (lead handler)")
    IncomingView complete(@PathVariable UUID id, @Valid @RequestBody CompleteRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.complete(id, request.answeredBy(), request.note(), me);
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Trả lại văn thư (chuyển sai) / Return to the clerks (routed wrongly)")
    IncomingView returnToClerks(@PathVariable UUID id, @Valid @RequestBody TextRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.returnToClerks(id, request.text(), me);
    }

    @PostMapping("/{id}/refuse")
    @Operation(summary = "Từ chối tiếp nhận (văn thư) / Refuse (clerk)")
    IncomingView refuse(@PathVariable UUID id, @Valid @RequestBody TextRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.refuse(id, request.text(), me);
    }

    @PostMapping("/{id}/remind")
    @Operation(summary = "Đôn đốc (lãnh đạo) / Remind the handlers (leader)")
    IncomingView remind(@PathVariable UUID id, @Valid @RequestBody(required = false) @Nullable NoteRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.remind(id, request == null ? null : request.note(), me);
    }

    @PostMapping("/{id}/reopen")
    @Operation(summary = "Mở lại để xử lý tiếp (lãnh đạo) / Reopen (leader)")
    IncomingView reopen(@PathVariable UUID id, @Valid @RequestBody TextRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.reopen(id, request.text(), me);
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Đánh dấu đã đọc (nhận để biết) / Mark as read (for information)")
    IncomingView read(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return incoming.markRead(id, me);
    }

    @PostMapping("/{id}/recall-acceptance")
    @Operation(summary = "Đồng ý thu hồi (văn thư) / Accept the sender's recall (clerk)",
            description = "Văn bản và tệp không còn hiển thị; chỉ giữ hồ sơ tiếp nhận và thu hồi. Báo nơi gửi (15).")
    IncomingView acceptRecall(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return incoming.acceptRecall(id, me);
    }

    @PostMapping("/{id}/recall-refusal")
    @Operation(summary = "Từ chối thu hồi (văn thư) / Refuse the sender's recall (clerk)",
            description = "Nêu lý do; báo nơi gửi (16).")
    IncomingView refuseRecall(@PathVariable UUID id, @Valid @RequestBody TextRequest request,
            @AuthenticationPrincipal CurrentUser me) {
        return incoming.refuseRecall(id, request.text(), me);
    }

    @GetMapping("/{id}/files/{fileId}")
    @Operation(summary = "Tải tệp / Download a file", description = "PDF mở ngay trên trình duyệt; tệp khác tải về.")
    ResponseEntity<InputStreamResource> file(@PathVariable UUID id, @PathVariable UUID fileId,
            @AuthenticationPrincipal CurrentUser me) {
        return DocumentFiles.send(incoming.file(id, fileId, me));
    }

    record RegisterRequest(@NotNull UUID registerId) {
    }

    record SubmitRequest(@NotNull UUID leaderId) {
    }

    record DelegateRequest(@NotNull UUID specialistId) {
    }

    record TextRequest(@NotBlank @Size(max = 4000) String text) {
    }

    record NoteRequest(@Nullable @Size(max = 4000) String note) {
    }

    record CompleteRequest(@Nullable @Size(max = 200) String answeredBy, @Nullable @Size(max = 4000) String note) {
    }
}
