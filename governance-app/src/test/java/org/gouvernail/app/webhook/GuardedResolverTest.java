package org.gouvernail.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.gouvernail.domain.webhook.AddressGuard;
import org.gouvernail.domain.webhook.Cidr;
import org.junit.jupiter.api.Test;

/** The resolver the HTTP client connects through: it hands over only the addresses the guard permits. */
class GuardedResolverTest {

    @Test
    void aHostThatResolvesOnlyToForbiddenAddressesIsRefusedBeforeAnyConnection() {
        HttpWebhookTransport.GuardedResolver strict =
                new HttpWebhookTransport.GuardedResolver(new AddressGuard(List.of()));
        for (String host : List.of("127.0.0.1", "localhost", "169.254.169.254", "::ffff:10.0.0.1", "::1")) {
            assertThatThrownBy(() -> strict.resolve(host))
                    .as(host)
                    .isInstanceOf(UnknownHostException.class)
                    .hasMessageContaining("SSRF guard");
        }
    }

    @Test
    void theOperatorsRangeLetsItsAddressesThroughAndOnlyThem() throws UnknownHostException {
        HttpWebhookTransport.GuardedResolver lan =
                new HttpWebhookTransport.GuardedResolver(new AddressGuard(List.of(Cidr.parse("127.0.0.1/32"))));
        assertThat(lan.resolve("127.0.0.1")).containsExactly(InetAddress.getByName("127.0.0.1"));
        assertThat(lan.resolve("localhost")).containsOnly(InetAddress.getByName("127.0.0.1"));
        assertThatThrownBy(() -> lan.resolve("127.0.0.2")).isInstanceOf(UnknownHostException.class);
    }
}
