package vn.vanthu.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.vanthu.organisation.AgencyDetails;
import vn.vanthu.organisation.AgencyLevel;
import vn.vanthu.organisation.OrganisationSnapshot;
import vn.vanthu.organisation.OrganisationSnapshot.PersonEntry;
import vn.vanthu.organisation.OrganisationSnapshot.UnitEntry;
import vn.vanthu.organisation.Role;
import vn.vanthu.organisation.UnitDetails;
import vn.vanthu.organisation.UserProfile;

/**
 * Tỉnh Sơn Hà, a fictional province shaped like a real one: the People's Committee and its office, 28 departments
 * with 129 subordinate units, 10 districts with 127 communes: 296 agencies. Identity codes follow QCVN 102 under
 * the unused group {@code H99}; Decision 20 codes sit beside them. The same data comes out every time: names are
 * drawn from a fixed seed.
 */
final class DemoProvince {

    static final String PROVINCE_CODE = "000.00.00.H99";
    static final String PASSWORD = "Demo@123";
    static final String DOMAIN = "sonha.gov.vn";

    /** The accounts the README lists; each exists with {@link #PASSWORD}. */
    static final List<String> LISTED_ACCOUNTS = List.of("admin", "qt.tinh", "vt.tinh", "ld.tinh", "cv.tinh",
            "qt.huyen1", "vt.huyen1", "ld.huyen1", "cv.huyen1", "vt.xa1", "ld.xa1", "cv.xa1");

    static final String GROUP = "H99";
    static final String NAME = "Sơn Hà";

    private final List<AgencyDetails> agencies = new ArrayList<>();
    private final List<UnitEntry> units = new ArrayList<>();
    private final List<PersonEntry> people = new ArrayList<>();
    private final Random random = new Random(30_2020);
    private final Set<String> usedNames = new LinkedHashSet<>();
    private final String group;
    private final String provinceCode;
    private final String name;

    private DemoProvince(String group, String name) {
        this.group = group;
        this.provinceCode = "000.00.00." + group;
        this.name = name;
    }

    static OrganisationSnapshot build() {
        return build(GROUP, NAME);
    }

    /**
     * The same province under another top-level group and name, so that two demo deployments can stand for two
     * provinces exchanging documents.
     */
    static OrganisationSnapshot build(String group, String name) {
        return new DemoProvince(group, name).province();
    }

    private OrganisationSnapshot province() {
        agency(provinceCode, group, "Ủy ban nhân dân tỉnh " + name, "UBND", AgencyLevel.PROVINCE, null,
                "Số 1 đường Trần Hưng Đạo, phường Hòa Phong, thành phố " + name, "ubnd@" + DOMAIN,
                "0239 3822 001", "https://" + DOMAIN);
        units(provinceCode, DemoNames.PROVINCE_UNITS);
        person("admin", provinceCode, null, "Quản trị hệ thống", Role.ADMIN);
        person("qt.tinh", provinceCode, "HCTC", "Chuyên viên quản trị mạng", Role.AGENCY_ADMIN, Role.SPECIALIST);
        person("ld.tinh", provinceCode, null, "Chủ tịch", Role.LEADER);
        person("pld.tinh", provinceCode, null, "Phó Chủ tịch", Role.LEADER);
        person("vt.tinh", provinceCode, "HCTC", "Văn thư", Role.CLERK);
        person("tp.tinh", provinceCode, "TH", "Trưởng phòng", Role.UNIT_HEAD);
        person("cv.tinh", provinceCode, "TH", "Chuyên viên", Role.SPECIALIST);

        String office = code(0, 1);
        agency(office, group + ".01", "Văn phòng Ủy ban nhân dân tỉnh " + name, "VPUBND", AgencyLevel.DEPARTMENT,
                provinceCode, "Số 1 đường Trần Hưng Đạo, thành phố " + name, "vpubnd@" + DOMAIN, null, null);
        units(office, DemoNames.OFFICE_UNITS);
        staff(office, "vptinh", "Chánh Văn phòng", "Phó Chánh Văn phòng", "HCTC", "TH", true);

        int departmentNumber = 2;
        int subordinateNumber = 0;
        for (DemoNames.Department department : DemoNames.departments()) {
            String code = code(0, departmentNumber);
            String slug = DemoNames.slug(department.abbreviation());
            agency(code, group + "." + two(departmentNumber), department.name(), department.abbreviation(),
                    AgencyLevel.DEPARTMENT, provinceCode, null, slug + "@" + DOMAIN, null, null);
            units(code, DemoNames.DEPARTMENT_UNITS);
            staff(code, slug, department.head(), "Phó " + department.head(), "VP", "QLCN", true);
            int unitNumber = 1;
            for (String subordinate : department.subordinates()) {
                subordinateNumber++;
                String subCode = code(unitNumber, departmentNumber);
                String subSlug = "dv" + subordinateNumber;
                agency(subCode, group + "." + two(departmentNumber) + "." + two(unitNumber), subordinate,
                        DemoNames.abbreviate(subordinate), AgencyLevel.SUBORDINATE_UNIT, code, null,
                        subSlug + "@" + DOMAIN, null, null);
                units(subCode, DemoNames.SUBORDINATE_UNITS);
                person("ld." + subSlug, subCode, null, DemoNames.headOf(subordinate), Role.LEADER);
                person("vt." + subSlug, subCode, "HCTH", "Văn thư", Role.CLERK);
                person("cv." + subSlug, subCode, "CM", "Chuyên viên", Role.SPECIALIST);
                unitNumber++;
            }
            departmentNumber++;
        }

        List<String> communeNames = DemoNames.communeNames(random);
        int communeNumber = 0;
        for (int d = 0; d < DemoNames.DISTRICTS.size(); d++) {
            DemoNames.District district = DemoNames.DISTRICTS.get(d);
            int districtNumber = 41 + d;
            String code = code(0, districtNumber);
            String slug = "huyen" + (d + 1);
            agency(code, group + "." + districtNumber, "Ủy ban nhân dân " + district.name(), "UBND",
                    AgencyLevel.DISTRICT, provinceCode, null, slug + "@" + DOMAIN, null, null);
            units(code, DemoNames.DISTRICT_UNITS);
            staff(code, slug, "Chủ tịch", "Phó Chủ tịch", "VP", "NV", true);
            for (int c = 1; c <= district.communes(); c++) {
                communeNumber++;
                String communeCode = code(c, districtNumber);
                String communeSlug = "xa" + communeNumber;
                String kind = c == 1 ? district.seatKind() : district.communeKind();
                String name = c == 1 ? district.seat() : communeNames.get(communeNumber - 1);
                agency(communeCode, group + "." + districtNumber + "." + two(c), "Ủy ban nhân dân " + kind + " "
                        + name, "UBND", AgencyLevel.COMMUNE, code, null, communeSlug + "@" + DOMAIN, null, null);
                units(communeCode, DemoNames.COMMUNE_UNITS);
                person("ld." + communeSlug, communeCode, null, "Chủ tịch", Role.LEADER);
                person("vt." + communeSlug, communeCode, "VPTK", "Công chức Văn phòng - Thống kê", Role.CLERK);
                person("cv." + communeSlug, communeCode, "TPHT", "Công chức Tư pháp - Hộ tịch", Role.SPECIALIST);
            }
        }
        return new OrganisationSnapshot(List.copyOf(agencies), List.copyOf(units), List.copyOf(people));
    }

    /** The usual people of an agency: its administrator, head, deputy, clerk, a unit head and two specialists. */
    private void staff(String agency, String slug, String head, String deputy, String clerkUnit, String workUnit,
            boolean withAdministrator) {
        if (withAdministrator) {
            person("qt." + slug, agency, clerkUnit, "Chuyên viên công nghệ thông tin", Role.AGENCY_ADMIN,
                    Role.SPECIALIST);
        }
        person("ld." + slug, agency, null, head, Role.LEADER);
        person("pld." + slug, agency, null, deputy, Role.LEADER);
        person("vt." + slug, agency, clerkUnit, "Văn thư", Role.CLERK);
        person("tp." + slug, agency, workUnit, "Trưởng phòng", Role.UNIT_HEAD);
        person("cv." + slug, agency, workUnit, "Chuyên viên", Role.SPECIALIST);
        person("cv2." + slug, agency, workUnit, "Chuyên viên", Role.SPECIALIST);
    }

    private void agency(String code, String codeQd20, String name, String abbreviation, AgencyLevel level,
            @Nullable String parent, @Nullable String address, @Nullable String email, @Nullable String telephone,
            @Nullable String website) {
        agencies.add(new AgencyDetails(code, codeQd20, name, abbreviation, level, parent, agencies.size(), address,
                email, telephone, null, website, null));
    }

    private void units(String agency, List<DemoNames.UnitName> names) {
        for (int i = 0; i < names.size(); i++) {
            DemoNames.UnitName unit = names.get(i);
            units.add(new UnitEntry(agency, new UnitDetails(unit.name(), unit.abbreviation(), i, null)));
        }
    }

    private void person(String username, String agency, @Nullable String unit, String position, Role... roles) {
        Set<Role> roleSet = EnumSet.noneOf(Role.class);
        Collections.addAll(roleSet, roles);
        people.add(new PersonEntry(username, agency, unit,
                new UserProfile(uniqueName(), position, username + "@" + DOMAIN, null), roleSet));
    }

    /** A Vietnamese full name not given to anyone else in the province yet. */
    private String uniqueName() {
        String name;
        do {
            name = DemoNames.personName(random);
        } while (!usedNames.add(name));
        return name;
    }

    private String code(int second, int third) {
        return "000." + two(second) + "." + two(third) + "." + group;
    }

    private static String two(int number) {
        return String.format("%02d", number);
    }
}
