package vn.vanthu.edxml;

/**
 * An agency as the {@code From} and {@code To} elements describe it. Routing uses the identity code
 * ({@code OrganId}); the other fields are what the receiving clerk reads, so they travel as given.
 *
 * @param organId the agency's identity code (mã định danh, e.g. {@code 000.00.00.H41}); required
 * @param organizationInCharge the governing body, or {@code null}
 * @param organName the agency's name, or {@code null}
 * @param organAdd its postal address, or {@code null}
 * @param email its e-mail address, or {@code null}
 * @param telephone its telephone number, or {@code null}
 * @param fax its fax number, or {@code null}
 * @param website its web site, or {@code null}
 */
public record Organization(String organId, String organizationInCharge, String organName, String organAdd,
                           String email, String telephone, String fax, String website) {

    public Organization {
        Check.required(organId, "OrganId");
    }

    /** An agency known only by its identity code and name. */
    public static Organization of(String organId, String organName) {
        return new Organization(organId, null, organName, null, null, null, null, null);
    }
}
