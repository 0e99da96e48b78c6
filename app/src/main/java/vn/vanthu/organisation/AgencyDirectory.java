package vn.vanthu.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.vanthu.core.NotFound;
import vn.vanthu.core.Paging;
import vn.vanthu.core.SearchKey;

/**
 * The agency directory as everyone signed in reads it: search, the tree level by level, one agency and the path
 * to it. Every official needs it to pick senders and recipients, so reading needs no administrator role.
 */
@Service
@Transactional(readOnly = true)
public class AgencyDirectory {

    private static final int MAX_DEPTH = 16;

    private final Agencies agencies;

    AgencyDirectory(Agencies agencies) {
        this.agencies = agencies;
    }

    /**
     * Agencies matching every filter given: level, parent (its code), text (name, abbreviation or code, without
     * regard to case or diacritics). With no parent and no text, only the top of the tree is listed if
     * {@code rootsOnly} is set.
     */
    public Page<AgencySummary> search(@Nullable AgencyLevel level, @Nullable AgencyCode parent,
            @Nullable String text, boolean rootsOnly, Pageable pageable) {
        UUID parentId = parent == null ? null : find(parent).id();
        String key = text == null ? "" : SearchKey.forLike(text);
        // the query orders by place in the tree; a client's sort would add nothing but errors
        return agencies.search(level, parentId, rootsOnly && parentId == null, key, null,
                Paging.of(pageable, Sort.unsorted()));
    }

    public List<AgencySummary> children(@Nullable AgencyCode parent) {
        return search(null, parent, null, true, PageRequest.of(0, 1000)).getContent();
    }

    /** The codes of every agency, for modules that keep something per agency (registers, say). */
    public List<AgencyCode> codes() {
        return agencies.findAllCodes().stream().map(AgencyCode::new).toList();
    }

    public AgencySummary summary(AgencyCode code) {
        return agencies.search(null, null, false, "", code, PageRequest.of(0, 1)).stream().findFirst()
                .orElseThrow(() -> new NotFound("organisation.agency.not-found", code));
    }

    public AgencyView find(AgencyCode code) {
        return findByCode(code).orElseThrow(() -> new NotFound("organisation.agency.not-found", code));
    }

    public Optional<AgencyView> findByCode(AgencyCode code) {
        return agencies.findByCode(code).map(agency -> AgencyView.of(agency, parentOf(agency)));
    }

    /** The agencies from the top of the tree down to {@code code}, for breadcrumbs and edXML's OrganizationInCharge. */
    public List<AgencyView> path(AgencyCode code) {
        List<Agency> path = new ArrayList<>();
        Agency current = agencies.findByCode(code)
                .orElseThrow(() -> new NotFound("organisation.agency.not-found", code));
        while (current != null && path.size() < MAX_DEPTH) {
            path.add(current);
            current = parentOf(current);
        }
        Collections.reverse(path);
        List<AgencyView> views = new ArrayList<>(path.size());
        for (int i = 0; i < path.size(); i++) {
            views.add(AgencyView.of(path.get(i), i == 0 ? null : path.get(i - 1)));
        }
        return views;
    }

    private @Nullable Agency parentOf(Agency agency) {
        UUID parentId = agency.parentId();
        return parentId == null ? null : agencies.findById(parentId).orElse(null);
    }
}
