package vn.vanthu.edxml;

/** The parts that document packages and status messages share: agencies, the answered document, staff. */
final class PartReaders {

    private PartReaders() {
    }

    static Organization organization(XmlCursor cursor) {
        Fields fields = Fields.read(cursor);
        return new Organization(fields.required("OrganId"), fields.text("OrganizationInCharge"),
                fields.text("OrganName"), fields.text("OrganAdd"), fields.text("Email"), fields.text("Telephone"),
                fields.text("Fax"), fields.text("Website"));
    }

    /** The answered document, or {@code null} when the element is empty, as senders write "answers nothing". */
    static ResponseFor responseFor(XmlCursor cursor) {
        Fields fields = Fields.read(cursor);
        if (fields.isEmpty()) {
            return null;
        }
        return new ResponseFor(fields.text("OrganId"), fields.text("Code"), fields.date("PromulgationDate"),
                fields.text("DocumentId"));
    }

    static StaffInfo staffInfo(XmlCursor cursor) {
        Fields fields = Fields.read(cursor);
        if (fields.isEmpty()) {
            return null;
        }
        return new StaffInfo(fields.text("Department"), fields.text("Staff"), fields.text("Mobile"),
                fields.text("Email"));
    }
}
