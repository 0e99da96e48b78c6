package vn.vanthu.exchange.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.exchange.AuthenticatedPackage;
import vn.vanthu.exchange.HubMailbox;

/**
 * The national hub's pull interface, for connected systems that poll instead of taking pushes
 * (getReceivedEdocList, getEdoc, updateStatus, getSentEdocList). Every request is signed like a package sent in.
 */
@RestController
@RequestMapping("/api/v1/exchange/hub")
@Tag(name = "Liên thông / Exchange")
class HubController {

    private final HubMailbox mailbox;

    HubController(HubMailbox mailbox) {
        this.mailbox = mailbox;
    }

    /** What a system says of a package it took. */
    record Acknowledgement(@Pattern(regexp = "done|fail") String status, @Nullable @Size(max = 1000) String reason) {
    }

    @GetMapping("/packages")
    @Operation(summary = "Gói tin đang chờ hệ thống lấy về / Packages waiting for the calling system",
            description = "`messageType`: `edoc` hoặc `status`; mỗi gói kèm SHA-256 và độ dài để kiểm tra khi tải.")
    List<HubMailbox.Waiting> waiting(@RequestParam(required = false) @Nullable String messageType,
            HttpServletRequest request) {
        return mailbox.waiting(AuthenticatedPackage.of(request).peerId(), messageType);
    }

    @GetMapping("/packages/{id}")
    @Operation(summary = "Tải một gói tin / Download a package")
    ResponseEntity<FileSystemResource> download(@PathVariable UUID id, HttpServletRequest request) {
        HubMailbox.Download download = mailbox.download(AuthenticatedPackage.of(request).peerId(), id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).contentLength(download.length())
                .header("X-VanThu-Content-SHA256", download.sha256())
                .body(new FileSystemResource(download.file()));
    }

    @PostMapping("/packages/{id}/acknowledgement")
    @Operation(summary = "Xác nhận đã lấy gói tin (done/fail) / Acknowledge a package taken")
    ResponseEntity<Void> acknowledge(@PathVariable UUID id,
            @jakarta.validation.Valid @RequestBody Acknowledgement acknowledgement, HttpServletRequest request) {
        mailbox.acknowledge(AuthenticatedPackage.of(request).peerId(), id, "done".equals(acknowledgement.status()),
                acknowledgement.reason());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/sent")
    @Operation(summary = "Tình trạng chuyển các gói hệ thống đã gửi / Delivery state of what the system sent")
    List<HubMailbox.Sent> sent(@RequestParam(defaultValue = "100") int limit, HttpServletRequest request) {
        return mailbox.sent(AuthenticatedPackage.of(request).peerId(), limit);
    }
}
