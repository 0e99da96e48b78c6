package vn.vanthu.demo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The names the demo province is made of: departments, their units, districts, communes and people. */
final class DemoNames {

    record UnitName(String name, String abbreviation) {
    }

    record Department(String name, String abbreviation, String head, List<String> subordinates) {
    }

    /** A district (huyện, thị xã, thành phố) with the kind and name of its seat and how many communes it has. */
    record District(String name, String seatKind, String seat, String communeKind, int communes) {
    }

    static final List<UnitName> PROVINCE_UNITS = List.of(
            new UnitName("Phòng Tổng hợp", "TH"),
            new UnitName("Phòng Kinh tế", "KT"),
            new UnitName("Phòng Nội chính", "NC"),
            new UnitName("Phòng Khoa giáo - Văn xã", "KGVX"),
            new UnitName("Phòng Hành chính - Tổ chức", "HCTC"),
            new UnitName("Trung tâm Thông tin - Công báo", "TTCB"));

    static final List<UnitName> OFFICE_UNITS = List.of(
            new UnitName("Phòng Hành chính - Tổ chức", "HCTC"),
            new UnitName("Phòng Tổng hợp", "TH"),
            new UnitName("Phòng Kiểm soát thủ tục hành chính", "KSTT"),
            new UnitName("Phòng Quản trị - Tài vụ", "QTTV"));

    static final List<UnitName> DEPARTMENT_UNITS = List.of(
            new UnitName("Văn phòng", "VP"),
            new UnitName("Thanh tra", "TTr"),
            new UnitName("Phòng Kế hoạch - Tài chính", "KHTC"),
            new UnitName("Phòng Quản lý chuyên ngành", "QLCN"),
            new UnitName("Phòng Pháp chế", "PC"));

    static final List<UnitName> DISTRICT_UNITS = List.of(
            new UnitName("Văn phòng HĐND và UBND", "VP"),
            new UnitName("Phòng Nội vụ", "NV"),
            new UnitName("Phòng Tài chính - Kế hoạch", "TCKH"),
            new UnitName("Phòng Tài nguyên và Môi trường", "TNMT"),
            new UnitName("Phòng Kinh tế", "KT"),
            new UnitName("Phòng Tư pháp", "TP"),
            new UnitName("Phòng Giáo dục và Đào tạo", "GDĐT"),
            new UnitName("Phòng Lao động - Thương binh và Xã hội", "LĐTBXH"),
            new UnitName("Phòng Văn hóa và Thông tin", "VHTT"),
            new UnitName("Phòng Y tế", "YT"),
            new UnitName("Thanh tra", "TTr"));

    static final List<UnitName> COMMUNE_UNITS = List.of(
            new UnitName("Văn phòng - Thống kê", "VPTK"),
            new UnitName("Địa chính - Xây dựng", "ĐCXD"),
            new UnitName("Tài chính - Kế toán", "TCKT"),
            new UnitName("Tư pháp - Hộ tịch", "TPHT"),
            new UnitName("Văn hóa - Xã hội", "VHXH"));

    static final List<UnitName> SUBORDINATE_UNITS = List.of(
            new UnitName("Phòng Hành chính - Tổng hợp", "HCTH"),
            new UnitName("Phòng Chuyên môn", "CM"));

    static final List<District> DISTRICTS = List.of(
            new District("thành phố Sơn Hà", "phường", "Hòa Phong", "phường", 13),
            new District("thị xã Bình Minh", "phường", "Bình Minh", "xã", 13),
            new District("huyện An Phú", "thị trấn", "An Phú", "xã", 13),
            new District("huyện Đông Sơn", "thị trấn", "Rừng Thông", "xã", 13),
            new District("huyện Tân Lạc", "thị trấn", "Mường Khến", "xã", 13),
            new District("huyện Vĩnh Thạnh", "thị trấn", "Vĩnh Thạnh", "xã", 13),
            new District("huyện Kim Bảng", "thị trấn", "Quế", "xã", 13),
            new District("huyện Thanh Hà", "thị trấn", "Thanh Hà", "xã", 13),
            new District("huyện Yên Lập", "thị trấn", "Yên Lập", "xã", 13),
            new District("huyện Phú Lộc", "thị trấn", "Phú Lộc", "xã", 10));

    private static final List<String> SCHOOLS = List.of("Lê Quý Đôn", "Nguyễn Du", "Trần Phú", "Phan Bội Châu",
            "Lê Lợi", "Nguyễn Trãi", "Quang Trung", "Lý Thường Kiệt", "Trần Hưng Đạo", "Hùng Vương", "Nguyễn Huệ",
            "Lê Hồng Phong", "Chu Văn An", "Ngô Quyền", "Bạch Đằng", "Phan Chu Trinh", "Huỳnh Thúc Kháng",
            "Võ Thị Sáu", "Nguyễn Thị Minh Khai", "Lương Thế Vinh", "Nguyễn Bỉnh Khiêm", "Trần Quốc Tuấn",
            "Hoàng Hoa Thám", "Đinh Tiên Hoàng", "Lê Thánh Tông", "Nguyễn Văn Trỗi", "Tôn Đức Thắng",
            "Phạm Văn Đồng", "Trần Nhân Tông", "Lý Tự Trọng", "Nguyễn Khuyến", "Nguyễn Đình Chiểu", "Hàm Nghi",
            "Phan Đình Phùng", "Cao Bá Quát", "Mạc Đĩnh Chi", "Nguyễn Công Trứ", "Bùi Thị Xuân", "Hai Bà Trưng",
            "Lê Văn Tám", "Kim Đồng", "Nguyễn Thái Học", "Đặng Thai Mai", "Xuân Diệu", "Nguyễn Hiền",
            "Trần Quang Khải", "Yết Kiêu");

    private static final List<String> FAMILY = List.of("Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê",
            "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
            "Trịnh", "Lương", "Mai", "Cao");
    private static final List<String> MALE_MIDDLE = List.of("Văn", "Đức", "Hữu", "Minh", "Quang", "Công",
            "Thanh", "Xuân", "Ngọc", "Trọng", "Mạnh", "Anh");
    private static final List<String> FEMALE_MIDDLE = List.of("Thị", "Thị", "Thu", "Ngọc", "Thanh", "Minh",
            "Thúy", "Hồng", "Kim", "Phương", "Bích", "Hải");
    private static final List<String> MALE_GIVEN = List.of("An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng",
            "Huy", "Khánh", "Long", "Nam", "Phong", "Quân", "Sơn", "Thắng", "Thành", "Tuấn", "Việt", "Vinh", "Hiếu",
            "Tùng", "Trung", "Hoàng", "Lâm", "Đông", "Kiên", "Tiến", "Toàn", "Lộc", "Thịnh");
    private static final List<String> FEMALE_GIVEN = List.of("Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh",
            "Hằng", "Hiền", "Hoa", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung", "Oanh",
            "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến", "Huyền", "Ly", "Thư");
    private static final List<String> COMMUNE_PREFIX = List.of("An", "Bình", "Đông", "Hòa", "Hồng", "Hưng",
            "Kim", "Long", "Minh", "Nam", "Phú", "Phúc", "Quang", "Tân", "Thanh", "Thịnh", "Trung", "Vĩnh", "Xuân",
            "Yên");
    private static final List<String> COMMUNE_SUFFIX = List.of("Hòa", "Phong", "Lợi", "Thành", "Sơn", "Lâm",
            "Hưng", "Phú", "Thịnh", "Lộc", "Tiến", "Đức", "Thuận", "Khánh", "An", "Bình", "Long", "Mỹ", "Tân",
            "Vinh");

    private DemoNames() {
    }

    static List<Department> departments() {
        List<String> education = new ArrayList<>(List.of("Trường THPT Chuyên Sơn Hà",
                "Trường Phổ thông Dân tộc nội trú tỉnh", "Trung tâm Giáo dục thường xuyên tỉnh",
                "Trường Cao đẳng Sư phạm Sơn Hà"));
        DISTRICTS.forEach(district -> education.add("Trường THPT số 1 " + district.name()
                .replaceFirst("^(huyện|thị xã|thành phố) ", "")));
        SCHOOLS.forEach(school -> education.add("Trường THPT " + school));
        return List.of(
                new Department("Sở Nội vụ", "SNV", "Giám đốc", List.of("Ban Thi đua - Khen thưởng",
                        "Ban Tôn giáo", "Chi cục Văn thư - Lưu trữ", "Trung tâm Lưu trữ lịch sử")),
                new Department("Sở Tư pháp", "STP", "Giám đốc", List.of("Trung tâm Trợ giúp pháp lý nhà nước",
                        "Phòng Công chứng số 1", "Phòng Công chứng số 2", "Trung tâm Dịch vụ đấu giá tài sản")),
                new Department("Sở Kế hoạch và Đầu tư", "SKHĐT", "Giám đốc", List.of("Trung tâm Xúc tiến đầu tư",
                        "Trung tâm Hỗ trợ doanh nghiệp")),
                new Department("Sở Tài chính", "STC", "Giám đốc", List.of("Trung tâm Thông tin và Tư vấn tài chính")),
                new Department("Sở Công Thương", "SCT", "Giám đốc", List.of(
                        "Trung tâm Khuyến công và Xúc tiến thương mại", "Trung tâm Phát triển công nghiệp")),
                new Department("Sở Nông nghiệp và Phát triển nông thôn", "SNNPTNT", "Giám đốc", List.of(
                        "Chi cục Kiểm lâm", "Chi cục Thủy lợi", "Chi cục Trồng trọt và Bảo vệ thực vật",
                        "Chi cục Chăn nuôi và Thú y", "Chi cục Phát triển nông thôn", "Chi cục Thủy sản",
                        "Trung tâm Khuyến nông", "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn",
                        "Ban Quản lý rừng phòng hộ", "Trung tâm Giống cây trồng")),
                new Department("Sở Giao thông vận tải", "SGTVT", "Giám đốc", List.of(
                        "Trung tâm Đăng kiểm xe cơ giới", "Ban Quản lý bảo trì đường bộ",
                        "Trường Trung cấp nghề Giao thông")),
                new Department("Sở Xây dựng", "SXD", "Giám đốc", List.of(
                        "Trung tâm Kiểm định chất lượng công trình xây dựng", "Viện Quy hoạch xây dựng")),
                new Department("Sở Tài nguyên và Môi trường", "STNMT", "Giám đốc", List.of(
                        "Văn phòng Đăng ký đất đai", "Trung tâm Quan trắc tài nguyên và môi trường",
                        "Trung tâm Công nghệ thông tin tài nguyên và môi trường", "Trung tâm Phát triển quỹ đất",
                        "Chi cục Bảo vệ môi trường")),
                new Department("Sở Thông tin và Truyền thông", "STTTT", "Giám đốc", List.of(
                        "Trung tâm Công nghệ thông tin và Truyền thông",
                        "Trung tâm Giám sát, điều hành đô thị thông minh")),
                new Department("Sở Lao động - Thương binh và Xã hội", "SLĐTBXH", "Giám đốc", List.of(
                        "Trung tâm Dịch vụ việc làm", "Trung tâm Bảo trợ xã hội", "Cơ sở Cai nghiện ma túy",
                        "Trung tâm Điều dưỡng người có công", "Trung tâm Công tác xã hội",
                        "Trường Cao đẳng Kỹ thuật")),
                new Department("Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "Giám đốc", List.of("Bảo tàng tỉnh",
                        "Thư viện tỉnh", "Trung tâm Văn hóa - Điện ảnh", "Trung tâm Huấn luyện và Thi đấu thể thao",
                        "Trung tâm Thông tin xúc tiến du lịch", "Đoàn Nghệ thuật truyền thống",
                        "Ban Quản lý di tích")),
                new Department("Sở Khoa học và Công nghệ", "SKHCN", "Giám đốc", List.of(
                        "Chi cục Tiêu chuẩn Đo lường Chất lượng",
                        "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ",
                        "Trung tâm Thông tin và Thống kê khoa học và công nghệ")),
                new Department("Sở Giáo dục và Đào tạo", "SGDĐT", "Giám đốc", List.copyOf(education)),
                new Department("Sở Y tế", "SYT", "Giám đốc", List.of("Bệnh viện Đa khoa tỉnh",
                        "Bệnh viện Sản - Nhi", "Bệnh viện Y học cổ truyền", "Bệnh viện Phục hồi chức năng",
                        "Bệnh viện Tâm thần", "Bệnh viện Lao và Bệnh phổi", "Bệnh viện Mắt",
                        "Trung tâm Kiểm soát bệnh tật", "Trung tâm Kiểm nghiệm", "Trung tâm Giám định y khoa",
                        "Trung tâm Pháp y", "Chi cục An toàn vệ sinh thực phẩm", "Chi cục Dân số",
                        "Trung tâm Cấp cứu 115", "Trường Cao đẳng Y tế")),
                new Department("Sở Ngoại vụ", "SNgV", "Giám đốc", List.of("Trung tâm Dịch vụ đối ngoại")),
                new Department("Thanh tra tỉnh", "TTr", "Chánh Thanh tra", List.of()),
                new Department("Ban Dân tộc", "BDT", "Trưởng ban", List.of()),
                new Department("Ban Quản lý Khu kinh tế", "BQLKKT", "Trưởng ban", List.of(
                        "Trung tâm Dịch vụ khu kinh tế")),
                new Department("Ban Quản lý các khu công nghiệp", "BQLKCN", "Trưởng ban", List.of()),
                new Department("Đài Phát thanh và Truyền hình Sơn Hà", "ĐPTTH", "Giám đốc", List.of()),
                new Department("Trường Chính trị tỉnh", "TCT", "Hiệu trưởng", List.of()),
                new Department("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp",
                        "BQLDA-DDCN", "Giám đốc", List.of()),
                new Department("Ban Quản lý dự án đầu tư xây dựng các công trình giao thông", "BQLDA-GT",
                        "Giám đốc", List.of()),
                new Department("Ban Quản lý dự án đầu tư xây dựng các công trình nông nghiệp và phát triển "
                        + "nông thôn", "BQLDA-NN", "Giám đốc", List.of()),
                new Department("Trung tâm Phục vụ hành chính công tỉnh", "TTPVHCC", "Giám đốc", List.of()),
                new Department("Quỹ Đầu tư phát triển tỉnh", "QĐTPT", "Giám đốc", List.of()),
                new Department("Liên minh Hợp tác xã tỉnh", "LMHTX", "Chủ tịch", List.of()));
    }

    /** One name per commune that is not a district seat, in a fixed shuffled order. */
    static List<String> communeNames(Random random) {
        List<String> names = new ArrayList<>();
        for (String prefix : COMMUNE_PREFIX) {
            for (String suffix : COMMUNE_SUFFIX) {
                String name = prefix + " " + suffix;
                if (!prefix.equals(suffix) && DISTRICTS.stream().noneMatch(d -> d.seat().equals(name))) {
                    names.add(name);
                }
            }
        }
        Collections.shuffle(names, random);
        return names;
    }

    static String personName(Random random) {
        boolean female = random.nextBoolean();
        String family = pick(FAMILY, random);
        String middle = pick(female ? FEMALE_MIDDLE : MALE_MIDDLE, random);
        String given = pick(female ? FEMALE_GIVEN : MALE_GIVEN, random);
        return family + " " + middle + " " + given;
    }

    /** The head's title of a subordinate unit: a school has a principal, a sub-department a director... */
    static String headOf(String unit) {
        if (unit.startsWith("Trường")) {
            return "Hiệu trưởng";
        }
        if (unit.startsWith("Chi cục")) {
            return "Chi cục trưởng";
        }
        if (unit.startsWith("Ban")) {
            return "Trưởng ban";
        }
        if (unit.startsWith("Phòng")) {
            return "Trưởng phòng";
        }
        if (unit.startsWith("Viện")) {
            return "Viện trưởng";
        }
        if (unit.startsWith("Đoàn")) {
            return "Trưởng đoàn";
        }
        return "Giám đốc";
    }

    /** Initials of the name's words, as agencies abbreviate themselves ("Chi cục Kiểm lâm" gives "CCKL"). */
    static String abbreviate(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.replace("-", " ").replace(",", " ").split("\\s+")) {
            if (!word.isEmpty() && (Character.isLetter(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.length() > 30 ? initials.substring(0, 30) : initials.toString();
    }

    /** An ASCII user-name part from an abbreviation: "SKHĐT" gives "skhdt". */
    static String slug(String abbreviation) {
        String plain = Normalizer.normalize(abbreviation, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('Đ', 'D').replace('đ', 'd');
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    private static String pick(List<String> options, Random random) {
        return options.get(random.nextInt(options.size()));
    }
}
