package vn.vanthu.outgoing.internal;

import java.util.List;

/** Drafts as a province's offices write them, to lay out, prepare and fill in tests. */
final class Drafts {

    static final String SIGNER = "Nguyễn Văn An";

    private Drafts() {
    }

    /** A quyết định of a provincial people's committee, signed by a vice-chairman on the chairman's behalf. */
    static DraftLayout decision() {
        return new DraftLayout(null, "Ủy ban nhân dân tỉnh Bắc Ninh", "Bắc Ninh", "QĐ-UBND", "Quyết định",
                "Về việc phê duyệt Kế hoạch chuyển đổi số năm 2026 của tỉnh Bắc Ninh",
                """
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
                Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;
                Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 118/TTr-SKHCN.

                Điều 1. Phê duyệt Kế hoạch chuyển đổi số năm 2026 của tỉnh Bắc Ninh kèm theo Quyết định này. \
                Kế hoạch đặt mục tiêu 100% hồ sơ công việc tại cấp tỉnh, 90% tại cấp huyện và 70% tại cấp xã \
                được xử lý trên môi trường mạng, trừ hồ sơ công việc thuộc phạm vi bí mật nhà nước.

                Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc \
                Sở Khoa học và Công nghệ, Thủ trưởng các sở, ban, ngành và Chủ tịch Ủy ban nhân dân các huyện, thị \
                xã, thành phố chịu trách nhiệm thi hành Quyết định này.
                """,
                null, null,
                List.of("Như Điều 2", "Chủ tịch, các PCT UBND tỉnh", "Sở Khoa học và Công nghệ"), "KGVX",
                List.of("TM. Ủy ban nhân dân", "KT. Chủ tịch", "Phó Chủ tịch"), SIGNER);
    }

    /** The decision with {@code articles} more articles, to run over several pages. */
    static DraftLayout longDecision(int articles) {
        DraftLayout decision = decision();
        StringBuilder body = new StringBuilder(decision.body());
        for (int i = 3; i < 3 + articles; i++) {
            body.append("\nĐiều ").append(i).append(". Các cơ quan, đơn vị căn cứ chức năng, nhiệm vụ được giao ")
                    .append("tổ chức triển khai thực hiện Kế hoạch; định kỳ hằng quý báo cáo kết quả thực hiện về Sở ")
                    .append("Khoa học và Công nghệ để tổng hợp, báo cáo Ủy ban nhân dân tỉnh theo quy định.\n");
        }
        return new DraftLayout(decision.parentAgencyName(), decision.agencyName(), decision.place(),
                decision.notation(), decision.typeTitle(), decision.subject(), body.toString(), null, null,
                decision.recipients(), decision.keptBy(), decision.authorityLines(), decision.signerName());
    }

    /** A công văn from a department of the committee's office, urgent, with a subject line instead of a title. */
    static DraftLayout letter() {
        return new DraftLayout("Ủy ban nhân dân tỉnh Bắc Ninh", "Văn phòng", "Bắc Ninh", "VP-HCTC", null,
                "triển khai hệ thống quản lý văn bản điều hành VanThu",
                """
                Kính gửi: Các sở, ban, ngành thuộc tỉnh.

                Thực hiện Quyết định số 12/QĐ-UBND của Ủy ban nhân dân tỉnh về chuyển đổi số, Văn phòng Ủy ban \
                nhân dân tỉnh đề nghị các cơ quan, đơn vị cử cán bộ văn thư tham dự tập huấn sử dụng hệ thống \
                quản lý văn bản và điều hành VanThu.
                Thời gian: 8 giờ 00 phút, thứ Hai.
                Địa điểm: Hội trường tầng 3, trụ sở Ủy ban nhân dân tỉnh.

                Đề nghị các cơ quan, đơn vị gửi danh sách cán bộ tham dự về Văn phòng trước ngày tập huấn./.
                """,
                "Khẩn", "Mật",
                List.of("Như trên", "- Lãnh đạo Văn phòng;"), "HCTC",
                List.of("KT. Chánh văn phòng", "Phó Chánh văn phòng"), "Trần Thị Bình");
    }
}
