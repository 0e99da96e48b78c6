package vn.vanthu.organisation;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyUnitTests {

    @Test
    void acceptsThreeKindsOfCharactersAndEightOfThem() {
        assertThatCode(() -> PasswordPolicy.check("password", "Demo@123", "vt.tinh")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("password", "Mùa thu 2026", "vt.tinh")).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({"Ab@1,organisation.password.length", "abcdefgh,organisation.password.weak",
        "abcd1234,organisation.password.weak", "Vt.tinh2026,organisation.password.contains-username"})
    void refusesWeakPasswordsNamingTheRule(String password, String rule) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", password, "vt.tinh"))
                .hasFieldOrPropertyWithValue("field", "password")
                .extracting("messageKey").isEqualTo(rule);
    }
}
