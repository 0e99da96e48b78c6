package vn.vanthu.organisation;

/** What a person may do in VanThu. One person may hold several. */
public enum Role {
    /** System administrator (quản trị hệ thống): the whole deployment. */
    ADMIN,
    /** Agency administrator (quản trị cơ quan): units and people of their own agency only. */
    AGENCY_ADMIN,
    /** Clerk (văn thư): receives, registers, numbers and issues documents. */
    CLERK,
    /** Leader (lãnh đạo): head or deputy head of the agency; assigns and signs. */
    LEADER,
    /** Unit head (trưởng phòng): leads a unit, passes work to its specialists. */
    UNIT_HEAD,
    /** Specialist (chuyên viên): handles documents and drafts. */
    SPECIALIST;

    public String authority() {
        return "ROLE_" + name();
    }

    public String messageKey() {
        return "organisation.role." + name();
    }
}
