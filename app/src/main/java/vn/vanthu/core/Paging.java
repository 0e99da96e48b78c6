package vn.vanthu.core;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A page of a listing as VanThu serves it: in the listing's own order (a client may not sort by a field it does not
 * know, such as a password hash), and no deeper than a person or a program has reason to page.
 */
public final class Paging {

    /** Ten million rows: the audit trail of a province over years. Deeper paging means a narrower filter. */
    public static final long MAX_OFFSET = 10_000_000L;

    private Paging() {
    }

    public static Pageable of(Pageable requested, Sort order) {
        if (requested.isUnpaged()) {
            return requested;
        }
        if ((long) requested.getPageNumber() * requested.getPageSize() > MAX_OFFSET) {
            throw new InvalidValue("page", "problem.page-out-of-range", MAX_OFFSET);
        }
        return PageRequest.of(requested.getPageNumber(), requested.getPageSize(), order);
    }
}
