package vn.vanthu.organisation.web;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.UnitDetails;
import vn.vanthu.organisation.UnitManagement;
import vn.vanthu.organisation.UnitView;

/** Units (phòng, ban) over REST; new units are added under their agency, {@code /api/v1/agencies/{code}/units}. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị / Units")
class UnitController {

    private final UnitManagement units;

    UnitController(UnitManagement units) {
        this.units = units;
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một đơn vị / One unit")
    UnitView unit(@PathVariable UUID id) {
        return units.unit(id);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Sửa đơn vị / Edit a unit")
    UnitView change(@PathVariable UUID id, @Valid @RequestBody UnitDetails details,
            @AuthenticationPrincipal CurrentUser me) {
        return units.change(id, details, me);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Giải thể đơn vị (khi không còn người) / Close a unit once nobody works in it")
    UnitView close(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me) {
        return units.close(id, me);
    }
}
