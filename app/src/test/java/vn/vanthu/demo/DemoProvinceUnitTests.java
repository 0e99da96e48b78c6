package vn.vanthu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;

import vn.vanthu.organisation.AgencyDetails;
import vn.vanthu.organisation.OrganisationSnapshot;

class DemoProvinceUnitTests {

    @Test
    void isTheSameProvinceEveryTime() {
        assertThat(DemoProvince.build()).isEqualTo(DemoProvince.build());
    }

    @Test
    void givesEveryAgencyItsOwnCodes() {
        OrganisationSnapshot province = DemoProvince.build();
        assertThat(province.agencies()).hasSize(296);
        assertThat(new HashSet<>(province.agencies().stream().map(AgencyDetails::code).toList())).hasSize(296);
        assertThat(new HashSet<>(province.agencies().stream().map(AgencyDetails::codeQd20).toList())).hasSize(296);
    }

    @Test
    void keepsVietnameseNamesWithTheirDiacritics() {
        OrganisationSnapshot province = DemoProvince.build();
        assertThat(province.agencies()).extracting(AgencyDetails::name)
                .contains("Sở Lao động - Thương binh và Xã hội", "Chi cục Trồng trọt và Bảo vệ thực vật");
        assertThat(province.people()).allSatisfy(person ->
                assertThat(person.profile().fullName()).matches("\\p{Lu}\\p{L}* \\p{Lu}\\p{L}* \\p{Lu}\\p{L}*"));
    }
}
