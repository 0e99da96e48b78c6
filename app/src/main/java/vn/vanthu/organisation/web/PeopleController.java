package vn.vanthu.organisation.web;

import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.core.NotFound;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.organisation.People;
import vn.vanthu.organisation.Person;
import vn.vanthu.organisation.Role;

/** Colleagues of one's own agency, to pick whom to submit to or assign: by role, or by unit. */
@RestController
@RequestMapping("/api/v1/people")
@Tag(name = "Đồng nghiệp / Colleagues")
class PeopleController {

    private final People people;

    PeopleController(People people) {
        this.people = people;
    }

    @GetMapping
    @Operation(summary = "Đồng nghiệp trong cơ quan / Colleagues in my agency",
            description = "Theo vai trò (role) hoặc theo đơn vị (unit); chỉ người đang hoạt động.")
    List<Person> colleagues(@RequestParam(required = false) @Nullable Role role,
            @RequestParam(required = false) @Nullable UUID unit, @AuthenticationPrincipal CurrentUser me) {
        if (unit != null) {
            people.unit(unit).filter(found -> found.agencyCode().equals(me.agencyCode()))
                    .orElseThrow(() -> new NotFound("organisation.unit.not-found", unit));
            return people.inUnit(unit);
        }
        return people.withRole(me.agencyCode(), role == null ? Role.SPECIALIST : role);
    }
}
