package vn.vanthu.exchange.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.vanthu.core.Refusal;
import vn.vanthu.exchange.ExchangeMonitor;
import vn.vanthu.exchange.PackageDirection;
import vn.vanthu.exchange.PackageState;
import vn.vanthu.exchange.PeerDetails;
import vn.vanthu.exchange.PeerManagement;
import vn.vanthu.exchange.PeerView;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.web.Flashes;

/**
 * The exchange pages: for an agency's clerks and leaders, what came in from outside and what goes out, with the
 * delivery state of each package; for the system administrator, every package, the counts, the packages set aside
 * (to send again) and the connected systems with their routes.
 */
@Controller
@RequestMapping("/exchange")
class ExchangePages {

    private static final int PAGE_SIZE = 50;

    private final ExchangeMonitor monitor;
    private final PeerManagement peers;
    private final Flashes flashes;

    ExchangePages(ExchangeMonitor monitor, PeerManagement peers, Flashes flashes) {
        this.monitor = monitor;
        this.peers = peers;
        this.flashes = flashes;
    }

    @GetMapping
    String packages(@RequestParam(defaultValue = "IN") PackageDirection direction,
            @RequestParam(required = false) @Nullable PackageState state, @RequestParam(defaultValue = "0") int page,
            @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("direction", direction);
        model.addAttribute("state", state);
        model.addAttribute("states", PackageState.values());
        model.addAttribute("items", monitor.packages(direction, state, me, PageRequest.of(Math.max(page, 0),
                PAGE_SIZE)));
        if (me.isAdmin()) {
            model.addAttribute("counts", monitor.counts(me));
        }
        return "exchange/packages";
    }

    @GetMapping("/packages/{id}")
    String exchangePackage(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("item", monitor.find(id, me));
        model.addAttribute("attempts", monitor.attempts(id, me));
        return "exchange/package";
    }

    @PostMapping("/packages/{id}/retry")
    String retry(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        flashes.take(redirect, "exchange.done.retry", () -> monitor.retry(id, me));
        return "redirect:/exchange/packages/" + id;
    }

    @GetMapping("/peers")
    String peers(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("peers", peers.peers(me));
        return "exchange/peers";
    }

    @GetMapping("/peers/{id}")
    String peer(@PathVariable UUID id, @AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("peer", peers.peer(id, me));
        return "exchange/peer";
    }

    @PostMapping("/peers")
    String register(PeerForm form, @AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
        try {
            PeerView created = peers.register(form.details(null), me);
            showOnce(redirect, created);
            flashes.done(redirect, "exchange.done.peer");
            return "redirect:/exchange/peers/" + created.id();
        } catch (Refusal refusal) {
            flashes.refusal(redirect, refusal);
            return "redirect:/exchange/peers";
        }
    }

    @PostMapping("/peers/{id}")
    String change(@PathVariable UUID id, PeerForm form, @AuthenticationPrincipal CurrentUser me,
            RedirectAttributes redirect) {
        try {
            PeerView changed = peers.change(id, form.details(form.version()), me);
            showOnce(redirect, changed);
            flashes.done(redirect, "exchange.done.peer");
        } catch (Refusal refusal) {
            flashes.refusal(redirect, refusal);
        }
        return "redirect:/exchange/peers/" + id;
    }

    /** The secrets VanThu made, for the next page only; the flash lives in the session, so only strings go in. */
    private static void showOnce(RedirectAttributes redirect, PeerView peer) {
        if (peer.newInboundSecret() != null) {
            redirect.addFlashAttribute("newInboundSecret", peer.newInboundSecret());
        }
        if (peer.newOutboundSecret() != null) {
            redirect.addFlashAttribute("newOutboundSecret", peer.newOutboundSecret());
        }
    }

    /**
     * The peer form: routes are typed one per line or separated by spaces or commas; a secret left blank keeps the
     * one there (or, for a new system, has one made).
     */
    record PeerForm(@Nullable String systemId, @Nullable String name, @Nullable String baseUrl,
            @Nullable String routes, @Nullable String inboundSecret, @Nullable String outboundSecret,
            @Nullable Boolean active, @Nullable Long version) {

        PeerDetails details(@Nullable Long read) {
            List<String> routeList = routes == null ? List.of()
                    : Arrays.stream(routes.split("[\\s,;]+")).filter(route -> !route.isBlank()).toList();
            return new PeerDetails(systemId, name, baseUrl, inboundSecret, outboundSecret,
                    active == null ? Boolean.FALSE : active, routeList, read);
        }
    }
}
