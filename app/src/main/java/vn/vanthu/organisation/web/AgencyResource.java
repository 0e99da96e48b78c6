package vn.vanthu.organisation.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.Agency;
import vn.vanthu.organisation.AgencyLevel;

/**
 * One agency as the API returns it, with the path from the top of the tree for breadcrumbs and the version to send
 * back with an edit.
 */
record AgencyResource(
        String code,
        @Nullable String codeQd20,
        String name,
        String abbreviation,
        AgencyLevel level,
        @Nullable String parentCode,
        int sortOrder,
        @Nullable String address,
        @Nullable String email,
        @Nullable String telephone,
        @Nullable String fax,
        @Nullable String website,
        boolean active,
        List<PathElement> path,
        @Nullable Long version) {

    record PathElement(String code, String name) {
    }

    static AgencyResource of(Agency agency, List<Agency> path) {
        Agency parent = path.size() > 1 ? path.get(path.size() - 2) : null;
        return new AgencyResource(agency.code().value(),
                agency.codeQd20() == null ? null : agency.codeQd20().value(), agency.name(), agency.abbreviation(),
                agency.level(), parent == null ? null : parent.code().value(), agency.sortOrder(),
                agency.contact().address(), agency.contact().email(), agency.contact().telephone(),
                agency.contact().fax(), agency.contact().website(), agency.active(),
                path.stream().map(a -> new PathElement(a.code().value(), a.name())).toList(), agency.version());
    }
}
