package vn.vanthu.incoming;

/** What a task asks of its assignee. */
public enum TaskRole {
    /** A clerk of the agency: register, submit, or deal with a returned document. */
    CLERK,
    /** The leader it was submitted to: assign it. */
    REVIEW,
    /** Xử lý chính: handle it and complete it. */
    LEAD,
    /** Phối hợp: contribute to the handling. */
    COORDINATE,
    /** Nhận để biết: read it. */
    INFORM,
    /** The clerks of the agency: answer the sender's recall. */
    RECALL;

    public String messageKey() {
        return "incoming.role." + name();
    }
}
