package vn.vanthu.outgoing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.outgoing.OutgoingRegisterBook;
import vn.vanthu.outgoing.OutgoingRegisterLine;
import vn.vanthu.web.BookPrinting;
import vn.vanthu.web.BookQuery;

/**
 * The outgoing register of a period (Decree 30 Appendix IV), as data a page at a time (a year of a province's
 * register runs to thousands of lines), as a printable PDF and as a spreadsheet of the whole period.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sổ văn bản đi / Outgoing register")
class OutgoingRegisterBookController {

    private final OutgoingRegisterBook book;
    private final OutgoingRegisterBookLayout layout;
    private final BookPrinting printing;

    OutgoingRegisterBookController(OutgoingRegisterBook book, OutgoingRegisterBookLayout layout,
            BookPrinting printing) {
        this.book = book;
        this.layout = layout;
        this.printing = printing;
    }

    @GetMapping("/outgoing-register-book")
    @Operation(summary = "Các dòng của sổ trong khoảng ngày, theo trang / The register's lines for a period, by page")
    PagedModel<OutgoingRegisterLine> lines(@ParameterObject BookQuery query,
            @ParameterObject @PageableDefault(size = 50) Pageable pageable, @AuthenticationPrincipal CurrentUser me) {
        return new PagedModel<>(book.lines(query.registerId(), query.range(), me, pageable));
    }

    @GetMapping("/outgoing-register-book.pdf")
    @Operation(summary = "In sổ (PDF, mẫu Phụ lục IV) / Print the register (PDF)")
    ResponseEntity<byte[]> pdf(@ParameterObject BookQuery query, @AuthenticationPrincipal CurrentUser me) {
        return printing.pdf(layout.printed(query.registerId(), query.range(), me));
    }

    @GetMapping("/outgoing-register-book.xlsx")
    @Operation(summary = "Xuất sổ ra Excel / Export the register (XLSX)")
    ResponseEntity<byte[]> xlsx(@ParameterObject BookQuery query, @AuthenticationPrincipal CurrentUser me) {
        return printing.xlsx(layout.printed(query.registerId(), query.range(), me));
    }
}
