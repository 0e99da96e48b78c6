package vn.vanthu.incoming.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.incoming.Inbox;
import vn.vanthu.incoming.InboxItem;
import vn.vanthu.incoming.InboxTab;
import vn.vanthu.organisation.CurrentUser;

/** The caller's inbox over REST: one tab at a time, earliest deadline first. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Việc của tôi / My tasks")
class TaskController {

    private final Inbox inbox;

    TaskController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    @Operation(summary = "Hộp việc / My inbox",
            description = "tab: PENDING (chờ xử lý), IN_PROGRESS (đang xử lý), DONE (đã xử lý), FOR_INFORMATION (để "
                    + "biết). Sắp theo hạn xử lý, gần hạn trước, rồi độ khẩn. Tổng số đếm tối đa 1001 (nghĩa là hơn "
                    + "1000); hãy lọc để thu hẹp.")
    PagedModel<InboxItem> tasks(@RequestParam(defaultValue = "PENDING") InboxTab tab,
            @ParameterObject InboxQuery query, @PageableDefault(size = 25) Pageable pageable,
            @AuthenticationPrincipal CurrentUser me) {
        return new PagedModel<>(inbox.page(me, tab, query.filter(), pageable));
    }

    @GetMapping("/counts")
    @Operation(summary = "Số việc theo tab / How many tasks in each tab",
            description = "1001 nghĩa là hơn 1000 / 1001 means more than 1,000.")
    Map<InboxTab, Long> counts(@AuthenticationPrincipal CurrentUser me) {
        return inbox.counts(me);
    }
}
