package vn.vanthu.incoming.web;


import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.vanthu.core.DocumentType;
import vn.vanthu.incoming.Inbox;
import vn.vanthu.incoming.InboxFilter;
import vn.vanthu.incoming.InboxTab;
import vn.vanthu.incoming.IncomingState;
import vn.vanthu.organisation.CurrentUser;
import vn.vanthu.register.RegisterKind;
import vn.vanthu.register.RegisterManagement;

/** The signed-in person's inbox of incoming documents, tab by tab, and the count the menu shows. */
@Controller
@RequestMapping("/incoming")
class InboxPages {

    private final Inbox inbox;
    private final RegisterManagement registers;

    InboxPages(Inbox inbox, RegisterManagement registers) {
        this.inbox = inbox;
        this.registers = registers;
    }

    @GetMapping
    String inbox(@RequestParam(defaultValue = "PENDING") InboxTab tab, InboxQuery query,
            @PageableDefault(size = 25) Pageable pageable, @AuthenticationPrincipal CurrentUser me, Model model) {
        InboxFilter filter = query.filter();
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", InboxTab.values());
        model.addAttribute("counts", inbox.counts(me));
        model.addAttribute("items", inbox.page(me, tab, filter, pageable));
        model.addAttribute("filter", filter);
        model.addAttribute("filtered", !filter.equals(InboxFilter.NONE));
        model.addAttribute("registers", registers.registersOf(me.agencyCode(), RegisterKind.INCOMING, me));
        model.addAttribute("types", DocumentType.values());
        model.addAttribute("states", IncomingState.values());
        return "incoming/inbox";
    }

    /** The number of waiting tasks next to the menu entry, loaded by the menu after the page. */
    @GetMapping("/badge")
    String badge(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("pending", inbox.counts(me).get(InboxTab.PENDING));
        return "incoming/inbox :: badge";
    }
}
