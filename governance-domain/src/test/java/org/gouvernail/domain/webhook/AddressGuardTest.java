package org.gouvernail.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTest {

    private static final AddressGuard STRICT = new AddressGuard(List.of());
    private static final AddressGuard LAN =
            new AddressGuard(List.of(Cidr.parse("192.168.10.0/24"), Cidr.parse("fd12:3456::/32")));

    private static InetAddress address(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "127.255.0.9",
                "0.0.0.0",
                "10.1.2.3",
                "172.16.0.1",
                "172.31.255.254",
                "192.168.1.1",
                "169.254.169.254",
                "169.254.0.1",
                "100.64.0.1",
                "100.127.255.254",
                "224.0.0.1",
                "255.255.255.255",
                "::",
                "::1",
                "fc00::1",
                "fd12:3456::1",
                "fe80::1",
                "ff02::1",
                "::ffff:127.0.0.1",
                "::ffff:169.254.169.254",
                "::ffff:10.0.0.1",
                "::127.0.0.1",
                "64:ff9b::a9fe:a9fe",
                "2002:7f00:1::1",
                "0:0:0:0:0:ffff:c0a8:0101"
            })
    void refusesLocalPrivateLinkLocalAndTheirIpv6Forms(String literal) throws UnknownHostException {
        assertThat(STRICT.permits(address(literal))).as(literal).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2001:4860:4860::8888", "::ffff:8.8.8.8"
            })
    void letsPublicAddressesThrough(String literal) throws UnknownHostException {
        assertThat(STRICT.permits(address(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.10.20", "::ffff:192.168.10.20", "fd12:3456::7"})
    void theOperatorMayAllowARangeOfItsLan(String literal) throws UnknownHostException {
        assertThat(LAN.permits(address(literal))).as(literal).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.168.11.20", "127.0.0.1", "169.254.169.254", "fd12:3457::1"})
    void anAllowedRangeOpensNothingElse(String literal) throws UnknownHostException {
        assertThat(LAN.permits(address(literal))).as(literal).isFalse();
    }
}
