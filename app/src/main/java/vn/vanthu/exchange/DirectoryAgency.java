package vn.vanthu.exchange;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyCode;
import vn.vanthu.organisation.Decision20Code;

/**
 * An agency of the national directory as clerks look it up to address a document.
 *
 * @param code102 its QCVN 102 identity code, the edXML {@code OrganId} a document is addressed to
 * @param code its Decision 20/2020 code, when the hub gives one
 * @param oldCode the code it had before, when the hub gives one
 * @param parentCode102 the agency above it, when the file said
 * @param parentName that agency's name, when the directory lists it
 * @param internal whether VanThu itself serves this agency: a document to it is delivered inside the deployment
 */
public record DirectoryAgency(
        AgencyCode code102,
        @Nullable Decision20Code code,
        @Nullable String oldCode,
        String name,
        @Nullable AgencyCode parentCode102,
        @Nullable String parentName,
        @Nullable String email,
        boolean internal) {
}
