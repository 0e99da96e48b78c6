package vn.vanthu.exchange.web;

import java.io.IOException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.vanthu.exchange.DirectoryAgency;
import vn.vanthu.exchange.DirectoryImported;
import vn.vanthu.exchange.NationalDirectory;
import vn.vanthu.organisation.CurrentUser;

/** The national agency directory over REST: everyone signed in searches it, the system administrator loads it. */
@RestController
@RequestMapping("/api/v1/exchange/directory")
@Tag(name = "Danh bạ liên thông / Exchange directory")
class DirectoryController {

    private final NationalDirectory directory;

    DirectoryController(NationalDirectory directory) {
        this.directory = directory;
    }

    /** What an import did. */
    record Counts(int created, int updated, int unchanged) {
    }

    @GetMapping
    @Operation(summary = "Tìm cơ quan trong danh bạ liên thông / Search the exchange directory",
            description = "Theo tên, mã định danh (QCVN 102), mã theo Quyết định 20 hoặc mã cũ; không phân biệt hoa "
                    + "thường và dấu. `internal`: cơ quan do chính hệ thống này phục vụ.")
    PagedModel<DirectoryAgency> search(@RequestParam(required = false) @Nullable String q,
            @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(directory.search(q, pageable));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nạp danh bạ liên thông (quản trị hệ thống) / Import the exchange directory (system "
            + "administrator)", description = "multipart/form-data `file`: JSON (mảng Agency của trục liên thông: "
                    + "id, pid, code, name, mail, oldCode, code102) hoặc CSV UTF-8 có tiêu đề "
                    + "`code,code102,oldCode,name,parent`. Một dòng sai thì không nạp gì.")
    Counts importFile(@RequestPart("file") MultipartFile file, @AuthenticationPrincipal CurrentUser me)
            throws IOException {
        DirectoryImported imported = directory.importFile(file.getBytes(), file.getOriginalFilename(), me);
        return new Counts(imported.created(), imported.updated(), imported.unchanged());
    }
}
