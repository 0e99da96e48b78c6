package vn.vanthu.edxml;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Packages as VanThu would send them, for the tests that write, sign and read. */
final class SamplePackages {

    static final Organization NGHE_AN = new Organization("000.00.00.H41", "Ủy ban nhân dân tỉnh Nghệ An",
            "UBND tỉnh Nghệ An", "Số 03, đường Trường Thi, Thành phố Vinh", "nghean@gov.vn", "0383 840418",
            "0383 843049", "www.nghean.vn");
    static final Organization VPCP = new Organization("000.00.00.G22", null, "Văn phòng Chính phủ",
            "Số 1 Hoàng Hoa Thám, Quận Ba Đình, Hà Nội", "vpcp@gov.vn", null, null, "vpcp.gov.vn");

    private SamplePackages() {
    }

    static EdxmlEnvelope envelope(List<Attachment> attachments) {
        MessageHeader header = new MessageHeader(NGHE_AN, List.of(VPCP), "000.00.00.H41,2026/11/20,15/CT-UBND",
                new Code("15", "CT-UBND"), new PromulgationInfo("Nghệ An", LocalDate.of(2026, 11, 20)),
                new DocumentType(2, null, "Chỉ thị"),
                "Về việc tăng cường công tác phòng, chống lụt bão năm 2026 <khẩn> & \"ứng phó\"",
                "Nội dung chỉ thị", new SignerInfo("TM. ỦY BAN NHÂN DÂN", "Chủ tịch", "Nguyễn Đức Trung"),
                LocalDate.of(2026, 12, 31), List.of("Như trên;", "Lưu: VT, NN."),
                new OtherInfo(1, "Lưu hành nội bộ", "NTH", 5, 3, false, List.of("Phụ lục I")), List.of(), 1);
        TraceHeaderList traces = new TraceHeaderList(
                List.of(new TraceHeader("000.00.00.H41", LocalDateTime.of(2026, 11, 20, 8, 30, 15))),
                Business.newDocument(header.documentId(), "Văn bản điện tử mới",
                        new StaffInfo("Văn phòng", "Nguyễn Thị Ngọc Trâm", "0912000001", "vanthu@nghean.gov.vn")));
        return new EdxmlEnvelope(header, traces, attachments);
    }

    static EdxmlEnvelope envelope() {
        return envelope(List.of(
                Attachment.of("Chỉ thị 15-CT-UBND.pdf", "application/pdf", "Văn bản chính",
                        AttachmentContent.of("%PDF-1.7 chỉ thị".getBytes(StandardCharsets.UTF_8))),
                Attachment.of("Phụ lục.docx", "application/docx", null, AttachmentContent.of(new byte[] {1, 2, 3}))));
    }

    static StatusMessage status() {
        return new StatusMessage(VPCP, null, new ResponseFor("000.00.00.H41", "15/CT-UBND", LocalDate.of(2026, 11, 20),
                "000.00.00.H41,2026/11/20,15/CT-UBND"),
                new StaffInfo("Phòng Hành chính", "Trần Văn Ánh", "0912000002", "anh@vpcp.gov.vn"),
                StatusCode.ACCEPTED, "Tiếp nhận văn bản điện tử, vào sổ văn bản đến",
                LocalDateTime.of(2026, 11, 20, 9, 0, 0));
    }
}
