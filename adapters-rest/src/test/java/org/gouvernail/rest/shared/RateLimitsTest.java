package org.gouvernail.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.gouvernail.rest.shared.RateLimits.Limits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimitsTest {

    @ParameterizedTest
    @CsvSource({
        "203.0.113.7, 203.0.113.7",
        "2001:db8:1:2:3:4:5:6, 2001:db8:1:2:0:0:0:0/64",
        "2001:db8:1:2::ffff, 2001:db8:1:2:0:0:0:0/64",
        "::1, 0:0:0:0:0:0:0:0/64",
        "'', unknown"
    })
    void anAddressIsCountedByItselfAnIpv6OneByItsNetwork(String host, String key) {
        assertThat(RateLimits.addressKey(host)).isEqualTo(key);
    }

    @Test
    void twoAddressesOfOneIpv6NetworkShareTheirBucket() {
        assertThat(RateLimits.addressKey("2001:db8:aa:bb::1"))
                .isEqualTo(RateLimits.addressKey("2001:db8:aa:bb:ffff::9"));
        assertThat(RateLimits.addressKey("2001:db8:aa:bb::1")).isNotEqualTo(RateLimits.addressKey("2001:db8:aa:bc::1"));
    }

    @Test
    void limitsBelowOneRequestOrWithoutAPeriodAreRefused() {
        assertThatThrownBy(() -> new Limits(true, 0, 10, Duration.ofMinutes(1), 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(true, 10, 10, Duration.ZERO, 100))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(true, 10, 10, Duration.ofMinutes(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
