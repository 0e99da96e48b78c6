package vn.vanthu.edxml;

/** Writes the parts that document packages and status messages share, in the government SDK's element order. */
final class PartWriters {

    private PartWriters() {
    }

    static void organization(XmlOutput out, String element, Organization organization) {
        out.start(element)
                .leaf("OrganId", organization.organId())
                .leaf("OrganizationInCharge", organization.organizationInCharge())
                .leaf("OrganName", organization.organName())
                .leaf("OrganAdd", organization.organAdd())
                .leaf("Email", organization.email())
                .leaf("Telephone", organization.telephone())
                .leaf("Fax", organization.fax())
                .leaf("Website", organization.website())
                .end();
    }

    static void responseFor(XmlOutput out, ResponseFor answered) {
        out.start("ResponseFor")
                .leaf("OrganId", answered.organId())
                .leaf("Code", answered.code())
                .leaf("PromulgationDate", EdxmlDates.format(answered.promulgationDate()))
                .leaf("DocumentId", answered.documentId())
                .end();
    }

    static void staffInfo(XmlOutput out, StaffInfo staff) {
        if (staff == null) {
            return;
        }
        out.start("StaffInfo")
                .leaf("Department", staff.department())
                .leaf("Staff", staff.staff())
                .leaf("Email", staff.email())
                .leaf("Mobile", staff.mobile())
                .end();
    }
}
