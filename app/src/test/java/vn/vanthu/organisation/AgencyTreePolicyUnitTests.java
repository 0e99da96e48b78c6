package vn.vanthu.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vanthu.core.RuleViolation;

class AgencyTreePolicyUnitTests {

    private final Map<UUID, Agency> byId = new HashMap<>();
    private final AgencyTreePolicy policy = new AgencyTreePolicy(byId::get);

    @ParameterizedTest
    @CsvSource({"DEPARTMENT,PROVINCE", "DISTRICT,PROVINCE", "COMMUNE,DISTRICT", "COMMUNE,PROVINCE",
        "SUBORDINATE_UNIT,DEPARTMENT", "SUBORDINATE_UNIT,DISTRICT", "DEPARTMENT,MINISTRY", "PROVINCE,CENTRAL",
        "MINISTRY,CENTRAL"})
    void placesEachLevelUnderTheLevelsAboveIt(AgencyLevel level, AgencyLevel parent) {
        assertThatCode(() -> policy.checkPlacement(level, agency("000.00.00.H41", parent, null)))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"COMMUNE,DEPARTMENT", "DISTRICT,DISTRICT", "PROVINCE,PROVINCE", "DEPARTMENT,COMMUNE",
        "PROVINCE,DEPARTMENT", "SUBORDINATE_UNIT,COMMUNE", "DISTRICT,SUBORDINATE_UNIT", "CENTRAL,PROVINCE"})
    void refusesALevelUnderOneThatCannotStandAboveIt(AgencyLevel level, AgencyLevel parent) {
        assertThatThrownBy(() -> policy.checkPlacement(level, agency("000.00.00.H41", parent, null)))
                .isInstanceOf(RuleViolation.class)
                .extracting("messageKey").isEqualTo("organisation.agency.level-not-allowed");
    }

    @Test
    void onlyTheTopLevelsStandWithoutParent() {
        assertThatCode(() -> policy.checkPlacement(AgencyLevel.PROVINCE, null)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.checkPlacement(AgencyLevel.COMMUNE, null))
                .extracting("messageKey").isEqualTo("organisation.agency.needs-parent");
    }

    @Test
    void refusesToPutAnAgencyUnderItsOwnDescendant() {
        Agency government = agency("000.00.00.G01", AgencyLevel.CENTRAL, null);
        Agency office = agency("000.00.01.G01", AgencyLevel.CENTRAL, government);
        Agency council = agency("000.01.01.G01", AgencyLevel.CENTRAL, office);

        assertThatThrownBy(() -> policy.checkChange(government, AgencyLevel.CENTRAL, council, List.of()))
                .isInstanceOf(RuleViolation.class)
                .extracting("messageKey").isEqualTo("organisation.agency.cycle");
        assertThatThrownBy(() -> policy.checkChange(government, AgencyLevel.CENTRAL, government, List.of()))
                .extracting("messageKey").isEqualTo("organisation.agency.cycle");
    }

    @Test
    void allowsMovingToAnotherBranch() {
        Agency government = agency("000.00.00.G01", AgencyLevel.CENTRAL, null);
        Agency office = agency("000.00.01.G01", AgencyLevel.CENTRAL, government);
        Agency other = agency("000.00.02.G01", AgencyLevel.CENTRAL, government);

        assertThatCode(() -> policy.checkChange(office, AgencyLevel.CENTRAL, other, List.of()))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesALevelChangeThatLeavesChildrenOutOfOrder() {
        Agency province = agency("000.00.00.H41", AgencyLevel.PROVINCE, null);
        Agency district = agency("000.00.41.H41", AgencyLevel.DISTRICT, province);

        assertThatThrownBy(() -> policy.checkChange(district, AgencyLevel.DEPARTMENT, province,
                List.of(AgencyLevel.COMMUNE)))
                .extracting("messageKey").isEqualTo("organisation.agency.children-do-not-fit");
    }

    private Agency agency(String code, AgencyLevel level, @Nullable Agency parent) {
        Agency agency = new Agency(new AgencyDetails(code, null, "Cơ quan " + code, "CQ", level,
                parent == null ? null : parent.code().value(), 0, null, null, null, null, null, null), parent, "test");
        byId.put(agency.id(), agency);
        return agency;
    }
}
