package vn.vanthu.outgoing.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.outgoing.ReviewChain;
import vn.vanthu.outgoing.ReviewChains;

/** The agency's review chains over REST. */
@RestController
@RequestMapping("/api/v1/review-chains")
@Tag(name = "Văn bản đi / Outgoing documents")
class ReviewChainController {

    private final ReviewChains chains;

    ReviewChainController(ReviewChains chains) {
        this.chains = chains;
    }

    @GetMapping
    @Operation(summary = "Quy trình duyệt mặc định của cơ quan / The agency's review chains")
    List<ReviewChain> chains(@AuthenticationPrincipal CurrentUser me) {
        return chains.of(me.agencyCode());
    }

    @PutMapping
    @Operation(summary = "Đặt quy trình duyệt cho một loại văn bản (lãnh đạo, quản trị) / Set a type's review chain",
            description = "`documentType` trống là quy trình mặc định; mỗi bước là `unit-head` (trưởng đơn vị của "
                    + "người soạn) hoặc id của một người; người ký luôn là bước cuối. `steps` rỗng là bỏ quy trình.")
    List<ReviewChain> set(@Valid @RequestBody ReviewChain chain, @AuthenticationPrincipal CurrentUser me) {
        return chains.set(chain, me);
    }
}
