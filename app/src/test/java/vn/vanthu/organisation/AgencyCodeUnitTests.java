package vn.vanthu.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.vanthu.core.InvalidValue;

class AgencyCodeUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"000.00.00.H41", "000.00.00.G22", "002.00.20.H13", "000.01.41.H99", "123.45.67.A01"})
    void acceptsCodesOfQcvn102(String code) {
        assertThat(new AgencyCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "000.00.00.H4", "000.00.00.H411", "00.000.00.H41", "000.00.00.41H", "000-00-00-H41",
        "000.00.00.h41", "000.00.00.H00", "H41", "000.00.00.Ư41", "000.00.00.H41 ", "000.0A.00.H41"})
    void refusesAnythingElse(String code) {
        assertThatThrownBy(() -> new AgencyCode(code))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("field", "code")
                .extracting("messageKey").isEqualTo("organisation.agency.code.invalid");
    }

    @Test
    void forgivesSpacesAndLowerCaseWhenTyped() {
        assertThat(AgencyCode.of("  000.00.00.h41 ")).isEqualTo(new AgencyCode("000.00.00.H41"));
    }

    @Test
    void knowsItsTopLevelGroup() {
        assertThat(new AgencyCode("000.00.20.H13").group()).isEqualTo("H13");
    }

    @ParameterizedTest
    @ValueSource(strings = {"H41", "G22.01", "H99.41.01", "A.B.C", "K01.02.03.04.05.06.07.08.09.10.1"})
    void acceptsDecision20Codes(String code) {
        assertThat(new Decision20Code(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".H41", "H41.", "H41..01", "h41", "H41-01", "H41.01.02.03.04.05.06.07.08.09.10.11"})
    void refusesMalformedDecision20Codes(String code) {
        assertThatThrownBy(() -> new Decision20Code(code))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("field", "codeQd20");
    }
}
