package vn.vanthu.organisation;

import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/** How to reach an agency: the edXML {@code From/To} address fields. */
@Embeddable
public record Contact(
        @Nullable String address,
        @Nullable String email,
        @Nullable String telephone,
        @Nullable String fax,
        @Nullable String website) {

    public static final Contact NONE = new Contact(null, null, null, null, null);
}
