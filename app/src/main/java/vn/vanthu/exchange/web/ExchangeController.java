package vn.vanthu.exchange.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.exchange.AttemptView;
import vn.vanthu.exchange.AuthenticatedPackage;
import vn.vanthu.exchange.ExchangeMonitor;
import vn.vanthu.exchange.PackageDirection;
import vn.vanthu.exchange.PackageReception;
import vn.vanthu.exchange.PackageState;
import vn.vanthu.exchange.PackageView;
import vn.vanthu.exchange.PeerDetails;
import vn.vanthu.exchange.PeerManagement;
import vn.vanthu.exchange.PeerView;
import vn.vanthu.exchange.Receipt;
import vn.vanthu.organisation.CurrentUser;

/** Exchange over REST: the door connected systems send packages to, and the outbox, inbox and peers behind it. */
@RestController
@RequestMapping("/api/v1/exchange")
@Tag(name = "Liên thông / Exchange")
class ExchangeController {

    private final PackageReception reception;
    private final ExchangeMonitor monitor;
    private final PeerManagement peers;

    ExchangeController(PackageReception reception, ExchangeMonitor monitor, PeerManagement peers) {
        this.reception = reception;
        this.monitor = monitor;
        this.peers = peers;
    }

    @PostMapping("/packages")
    @Operation(summary = "Nhận gói tin edXML từ hệ thống kết nối / Take an edXML package from a connected system",
            description = "Thân là gói edXML (QCVN 102:2016). Yêu cầu ký HMAC-SHA256 bằng khóa bí mật của hệ thống: "
                    + "các tiêu đề `X-VanThu-System`, `X-VanThu-Timestamp` (ISO 8601), `X-VanThu-Content-SHA256` và "
                    + "`X-VanThu-Signature` = Base64(HMAC(secret, method\\npath\\ntimestamp\\nsha256\\nsystem)). "
                    + "Trả 202 với mã biên nhận khi gói đã được lưu; gói gửi lại trả mã của lần đầu.")
    ResponseEntity<Receipt> receive(HttpServletRequest request) {
        AuthenticatedPackage incoming = AuthenticatedPackage.of(request);
        Receipt receipt = reception.receive(incoming.peerId(), incoming.file(), incoming.sha256(), incoming.length());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(receipt);
    }

    @GetMapping("/packages")
    @Operation(summary = "Gói tin đến / đi (quản trị: tất cả; văn thư, lãnh đạo: của cơ quan) / Packages in or out")
    Page<PackageView> packages(@RequestParam PackageDirection direction,
            @RequestParam(required = false) @Nullable PackageState state,
            @Parameter(hidden = true) @PageableDefault(size = 50) Pageable pageable,
            @AuthenticationPrincipal CurrentUser me) {
        return monitor.packages(direction, state, me, pageable);
    }

    @GetMapping("/packages/{id}")
    @Operation(summary = "Một gói tin / One package")
    PackageView find(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return monitor.find(id, me);
    }

    @GetMapping("/packages/{id}/attempts")
    @Operation(summary = "Các lần gửi một gói tin / Attempts to send a package")
    List<AttemptView> attempts(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return monitor.attempts(id, me);
    }

    @PostMapping("/packages/{id}/retry")
    @Operation(summary = "Gửi lại gói tin bị dừng (quản trị) / Send a set-aside package again (administrator)")
    PackageView retry(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return monitor.retry(id, me);
    }

    @GetMapping("/peers")
    @Operation(summary = "Hệ thống kết nối (quản trị) / Connected systems (administrator)")
    List<PeerView> peers(@AuthenticationPrincipal CurrentUser me) {
        return peers.peers(me);
    }

    @GetMapping("/peers/{id}")
    @Operation(summary = "Một hệ thống kết nối / One connected system")
    PeerView peer(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return peers.peer(id, me);
    }

    @PostMapping("/peers")
    @Operation(summary = "Đăng ký hệ thống kết nối (quản trị) / Register a connected system",
            description = "Khóa bí mật để trống thì hệ thống tự tạo và chỉ hiện một lần trong câu trả lời này. "
                    + "`routes`: mã định danh cơ quan hệ thống phục vụ, `*.H13` cho cả một tỉnh, `*` cho mọi mã khác.")
    ResponseEntity<PeerView> register(@Valid @RequestBody PeerDetails details,
            @AuthenticationPrincipal CurrentUser me) {
        return ResponseEntity.status(HttpStatus.CREATED).body(peers.register(details, me));
    }

    @PutMapping("/peers/{id}")
    @Operation(summary = "Sửa hệ thống kết nối, tuyến, khóa (quản trị) / Change a connected system")
    PeerView change(@PathVariable UUID id, @Valid @RequestBody PeerDetails details,
            @AuthenticationPrincipal CurrentUser me) {
        return peers.change(id, details, me);
    }
}
