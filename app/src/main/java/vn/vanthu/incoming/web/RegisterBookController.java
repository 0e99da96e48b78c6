package vn.vanthu.incoming.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.incoming.RegisterBook;
import vn.vanthu.incoming.RegisterLine;
import vn.vanthu.organisation.CurrentUser;

/** The incoming register of a period (Decree 30 Appendix IV), as data, as a printable PDF and as a spreadsheet. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sổ văn bản đến / Incoming register")
class RegisterBookController {

    private final RegisterBook book;
    private final RegisterBookExports exports;

    RegisterBookController(RegisterBook book, RegisterBookExports exports) {
        this.book = book;
        this.exports = exports;
    }

    @GetMapping("/incoming-register-book")
    @Operation(summary = "Các dòng của sổ trong khoảng ngày / The register's lines for a period")
    List<RegisterLine> lines(@RequestParam UUID register,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal CurrentUser me) {
        return book.lines(register, from, to, me);
    }

    @GetMapping("/incoming-register-book.pdf")
    @Operation(summary = "In sổ (PDF, mẫu Phụ lục IV) / Print the register (PDF)")
    ResponseEntity<byte[]> pdf(@RequestParam UUID register,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal CurrentUser me) {
        return exports.pdf(register, from, to, me);
    }

    @GetMapping("/incoming-register-book.xlsx")
    @Operation(summary = "Xuất sổ ra Excel / Export the register (XLSX)")
    ResponseEntity<byte[]> xlsx(@RequestParam UUID register,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @AuthenticationPrincipal CurrentUser me) {
        return exports.xlsx(register, from, to, me);
    }
}
