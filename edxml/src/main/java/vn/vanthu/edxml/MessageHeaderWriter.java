package vn.vanthu.edxml;

import java.util.List;

/** Writes a document package's {@code MessageHeader}, in the order the government SDK writes it. */
final class MessageHeaderWriter {

    private MessageHeaderWriter() {
    }

    static void write(XmlOutput out, MessageHeader header) {
        out.start("MessageHeader");
        PartWriters.organization(out, "From", header.from());
        header.to().forEach(to -> PartWriters.organization(out, "To", to));
        out.leaf("DocumentId", header.documentId());
        if (header.code() != null) {
            out.start("Code")
                    .leaf("CodeNumber", header.code().codeNumber())
                    .leaf("CodeNotation", header.code().codeNotation())
                    .end();
        }
        if (header.promulgationInfo() != null) {
            out.start("PromulgationInfo")
                    .leaf("Place", header.promulgationInfo().place())
                    .leaf("PromulgationDate", EdxmlDates.format(header.promulgationInfo().promulgationDate()))
                    .end();
        }
        if (header.documentType() != null) {
            out.start("DocumentType")
                    .leaf("Type", header.documentType().type())
                    .leaf("TypeDetail", header.documentType().typeDetail())
                    .leaf("TypeName", header.documentType().typeName())
                    .end();
        }
        out.leaf("Subject", header.subject()).leaf("Content", header.content());
        if (header.signerInfo() != null) {
            out.start("SignerInfo")
                    .leaf("Competence", header.signerInfo().competence())
                    .leaf("Position", header.signerInfo().position())
                    .leaf("FullName", header.signerInfo().fullName())
                    .end();
        }
        out.leaf("DueDate", EdxmlDates.format(header.dueDate()));
        otherInfo(out, header.otherInfo());
        header.responseFor().forEach(answered -> PartWriters.responseFor(out, answered));
        out.leaf("SteeringType", header.steeringType());
        list(out, "ToPlaces", "Place", header.toPlaces());
        out.end();
    }

    private static void otherInfo(XmlOutput out, OtherInfo info) {
        if (info == null) {
            return;
        }
        out.start("OtherInfo")
                .leaf("Priority", info.priority())
                .leaf("SphereOfPromulgation", info.sphereOfPromulgation())
                .leaf("TyperNotation", info.typerNotation())
                .leaf("PromulgationAmount", info.promulgationAmount())
                .leaf("PageAmount", info.pageAmount())
                .leaf("Direction", info.direction());
        list(out, "Appendixes", "Appendix", info.appendixes());
        out.end();
    }

    /** A list element with one child per value; nothing for no values. */
    static void list(XmlOutput out, String element, String child, List<String> values) {
        if (values.isEmpty()) {
            return;
        }
        out.start(element);
        values.forEach(value -> out.leaf(child, value));
        out.end();
    }
}
