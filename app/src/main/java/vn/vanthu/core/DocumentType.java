package vn.vanthu.core;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of document (loại văn bản): the administrative documents of Decree 30/2020 Art. 7 with the abbreviations
 * of its Appendix III that go into a notation ({@code 15/CT-UBND}), and the legal documents agencies receive from
 * above. Công văn and thư công have no abbreviation.
 */
public enum DocumentType {

    NGHI_QUYET("Nghị quyết", "NQ"),
    QUYET_DINH("Quyết định", "QĐ"),
    CHI_THI("Chỉ thị", "CT"),
    QUY_CHE("Quy chế", "QC"),
    QUY_DINH("Quy định", "QyĐ"),
    THONG_CAO("Thông cáo", "TC"),
    THONG_BAO("Thông báo", "TB"),
    HUONG_DAN("Hướng dẫn", "HD"),
    CHUONG_TRINH("Chương trình", "CTr"),
    KE_HOACH("Kế hoạch", "KH"),
    PHUONG_AN("Phương án", "PA"),
    DE_AN("Đề án", "ĐA"),
    DU_AN("Dự án", "DA"),
    BAO_CAO("Báo cáo", "BC"),
    BIEN_BAN("Biên bản", "BB"),
    TO_TRINH("Tờ trình", "TTr"),
    HOP_DONG("Hợp đồng", "HĐ"),
    CONG_VAN("Công văn", null),
    CONG_DIEN("Công điện", "CĐ"),
    BAN_GHI_NHO("Bản ghi nhớ", "BGN"),
    BAN_THOA_THUAN("Bản thỏa thuận", "BTT"),
    GIAY_UY_QUYEN("Giấy ủy quyền", "GUQ"),
    GIAY_MOI("Giấy mời", "GM"),
    GIAY_GIOI_THIEU("Giấy giới thiệu", "GGT"),
    GIAY_NGHI_PHEP("Giấy nghỉ phép", "GNP"),
    PHIEU_GUI("Phiếu gửi", "PG"),
    PHIEU_CHUYEN("Phiếu chuyển", "PC"),
    PHIEU_BAO("Phiếu báo", "PB"),
    THU_CONG("Thư công", null),
    LUAT("Luật", null),
    NGHI_DINH("Nghị định", "NĐ"),
    THONG_TU("Thông tư", "TT");

    private final String title;
    private final @Nullable String abbreviation;

    DocumentType(String title, @Nullable String abbreviation) {
        this.title = title;
        this.abbreviation = abbreviation;
    }

    /** The name as printed on the document and in registers ("Tên loại"). */
    public String title() {
        return title;
    }

    public @Nullable String abbreviation() {
        return abbreviation;
    }

    /** Whether an agency issues it (Decree 30 Art. 7); laws, decrees and circulars only arrive from above. */
    public boolean administrative() {
        return this != LUAT && this != NGHI_DINH && this != THONG_TU;
    }

    public String messageKey() {
        return "document.type." + name();
    }
}
