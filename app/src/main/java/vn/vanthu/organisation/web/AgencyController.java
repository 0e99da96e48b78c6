package vn.vanthu.organisation.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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

import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.AgencyDetails;
import vn.vanthu.organisation.AgencyDirectory;
import vn.vanthu.organisation.AgencyLevel;
import vn.vanthu.organisation.AgencyManagement;
import vn.vanthu.organisation.AgencySummary;
import vn.vanthu.organisation.AgencyView;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.UnitDetails;
import vn.vanthu.organisation.UnitManagement;
import vn.vanthu.organisation.UnitView;

/** The agency directory over REST: everyone signed in reads it, system administrators change it. */
@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Cơ quan / Agencies")
class AgencyController {

    private final AgencyDirectory directory;
    private final AgencyManagement management;
    private final UnitManagement units;

    AgencyController(AgencyDirectory directory, AgencyManagement management, UnitManagement units) {
        this.directory = directory;
        this.management = management;
        this.units = units;
    }

    @GetMapping
    @Operation(summary = "Tìm cơ quan / Search agencies",
            description = "Lọc theo cấp, cơ quan cha (mã định danh) và chữ (tên, viết tắt, mã; không phân biệt dấu).")
    PagedModel<AgencySummary> search(@RequestParam(required = false) @Nullable AgencyLevel level,
            @RequestParam(required = false) @Nullable String parent,
            @RequestParam(required = false) @Nullable String q,
            @PageableDefault(size = 50) Pageable pageable) {
        AgencyCode parentCode = parent == null || parent.isBlank() ? null : AgencyCode.of(parent);
        return new PagedModel<>(directory.search(level, parentCode, q, false, pageable));
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một cơ quan / One agency")
    AgencyResource agency(@PathVariable String code) {
        return resource(AgencyCode.of(code));
    }

    @PostMapping
    @Operation(summary = "Thêm cơ quan (quản trị hệ thống) / Add an agency (system administrator)")
    ResponseEntity<AgencyResource> create(@Valid @RequestBody AgencyDetails details,
            @AuthenticationPrincipal CurrentUser me) {
        AgencyView agency = management.create(details, me);
        return ResponseEntity.created(URI.create("/api/v1/agencies/" + agency.code().value()))
                .body(resource(agency.code()));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Sửa cơ quan (quản trị hệ thống) / Edit an agency (system administrator)")
    AgencyResource change(@PathVariable String code, @Valid @RequestBody AgencyDetails details,
            @AuthenticationPrincipal CurrentUser me) {
        AgencyView agency = management.change(AgencyCode.of(code), details, me);
        return resource(agency.code());
    }

    @GetMapping("/{code}/units")
    @Operation(summary = "Các đơn vị (phòng, ban) của cơ quan / Units of an agency")
    List<UnitView> units(@PathVariable String code) {
        return units.unitsOf(AgencyCode.of(code));
    }

    @PostMapping("/{code}/units")
    @Operation(summary = "Thêm đơn vị / Add a unit")
    ResponseEntity<UnitView> createUnit(@PathVariable String code, @Valid @RequestBody UnitDetails details,
            @AuthenticationPrincipal CurrentUser me) {
        UnitView unit = units.create(AgencyCode.of(code), details, me);
        return ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())).body(unit);
    }

    private AgencyResource resource(AgencyCode code) {
        return AgencyResource.of(directory.path(code));
    }
}
