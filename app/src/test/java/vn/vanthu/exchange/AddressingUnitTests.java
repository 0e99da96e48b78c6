package vn.vanthu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import vn.vanthu.core.InvalidValue;

class AddressingUnitTests {

    private static final UUID PROVINCE_B = UUID.randomUUID();
    private static final UUID NATIONAL_HUB = UUID.randomUUID();
    private static final Set<String> OURS = Set.of("000.00.00.H99", "000.01.41.H99");

    @Test
    void aPlainDeploymentTakesWhatIsForItsAgenciesAndLeavesTheRest() {
        Addressing addressing = Addressing.of(List.of("000.01.41.H99", "000.00.00.H98"), OURS::contains,
                routes(Map.of("*.H98", PROVINCE_B)), false);

        assertThat(addressing.local()).containsExactly("000.01.41.H99");
        assertThat(addressing.forwarded()).isEmpty();
        assertThatThrownBy(() -> Addressing.of(List.of("000.00.00.H98"), OURS::contains,
                routes(Map.of("*.H98", PROVINCE_B)), false))
                .isInstanceOfSatisfying(InvalidValue.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("To/OrganId");
                    assertThat(refusal.arguments()).containsExactly("000.00.00.H98");
                });
    }

    @Test
    void aHubPassesOnWhatItsRoutesServeAndRefusesAnAddresseeNobodyServes() {
        RoutingTable routing = routes(Map.of("*.H98", PROVINCE_B, "000.00.00.G22", NATIONAL_HUB));
        Addressing addressing = Addressing.of(List.of("000.00.00.H99", "000.02.41.H98", "000.00.00.G22"),
                OURS::contains, routing, true);

        assertThat(addressing.local()).containsExactly("000.00.00.H99");
        assertThat(addressing.forwarded()).containsExactlyInAnyOrderEntriesOf(Map.of("000.02.41.H98", PROVINCE_B,
                "000.00.00.G22", NATIONAL_HUB));
        assertThatThrownBy(() -> Addressing.of(List.of("000.02.41.H98", "000.00.00.H51"), OURS::contains, routing,
                true)).isInstanceOfSatisfying(InvalidValue.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly("000.00.00.H51"));
    }

    @Test
    void theMostSpecificRouteWins() {
        UUID commune = UUID.randomUUID();
        RoutingTable routing = routes(Map.of("*", NATIONAL_HUB, "*.H98", PROVINCE_B, "000.03.41.H98", commune));

        assertThat(routing.peerFor("000.03.41.H98")).contains(commune);
        assertThat(routing.peerFor("000.02.41.H98")).contains(PROVINCE_B);
        assertThat(routing.peerFor("000.00.00.G09")).contains(NATIONAL_HUB);
        assertThat(routes(Map.of()).peerFor("000.00.00.G09")).isEmpty();
        assertThat(RoutingTable.valid("*.H98")).isTrue();
        assertThat(RoutingTable.valid("*.H00")).isFalse();
        assertThat(RoutingTable.valid("H98")).isFalse();
    }

    private static RoutingTable routes(Map<String, UUID> routes) {
        return new RoutingTable(routes);
    }
}
