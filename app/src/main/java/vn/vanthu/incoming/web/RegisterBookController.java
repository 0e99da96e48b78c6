package vn.vanthu.incoming.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.incoming.RegisterBook;
import vn.vanthu.incoming.RegisterLine;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.web.BookPrinting;
import vn.vanthu.web.BookQuery;

/** The incoming register of a period (Decree 30 Appendix IV), as data, as a printable PDF and as a spreadsheet. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sổ văn bản đến / Incoming register")
class RegisterBookController {

    private final RegisterBook book;
    private final RegisterBookLayout layout;
    private final BookPrinting printing;

    RegisterBookController(RegisterBook book, RegisterBookLayout layout, BookPrinting printing) {
        this.book = book;
        this.layout = layout;
        this.printing = printing;
    }

    @GetMapping("/incoming-register-book")
    @Operation(summary = "Các dòng của sổ trong khoảng ngày / The register's lines for a period")
    List<RegisterLine> lines(@ParameterObject BookQuery query, @AuthenticationPrincipal CurrentUser me) {
        return book.lines(query.registerId(), query.range(), me);
    }

    @GetMapping("/incoming-register-book.pdf")
    @Operation(summary = "In sổ (PDF, mẫu Phụ lục IV) / Print the register (PDF)")
    ResponseEntity<byte[]> pdf(@ParameterObject BookQuery query, @AuthenticationPrincipal CurrentUser me) {
        return printing.pdf(layout.printed(query.registerId(), query.range(), me));
    }

    @GetMapping("/incoming-register-book.xlsx")
    @Operation(summary = "Xuất sổ ra Excel / Export the register (XLSX)")
    ResponseEntity<byte[]> xlsx(@ParameterObject BookQuery query, @AuthenticationPrincipal CurrentUser me) {
        return printing.xlsx(layout.printed(query.registerId(), query.range(), me));
    }
}
