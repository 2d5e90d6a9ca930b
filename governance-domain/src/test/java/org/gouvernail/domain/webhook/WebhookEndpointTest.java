package org.gouvernail.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.webhook.WebhookEndpoint.EndpointSettings;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    private static final Duration TOLERATED = Duration.ofDays(5);

    private static WebhookEndpoint endpoint(Set<String> types) {
        return WebhookEndpoint.create(
                new EndpointId(UUID.randomUUID()),
                new OrganisationId(UUID.randomUUID()),
                new EndpointSettings(EndpointUrl.parse("https://intranet.example.org/hook", false), null, types, null),
                WebhookSecret.generate(new SecureRandom()),
                NOW);
    }

    @Test
    void aNewEndpointIsActiveAndWantsItsTypesOrAllWhenNoneIsNamed() {
        WebhookEndpoint some = endpoint(Set.of("tool.declared"));
        assertThat(some.status()).isEqualTo(EndpointStatus.ACTIVE);
        assertThat(some.wants("tool.declared")).isTrue();
        assertThat(some.wants("decision.recorded")).isFalse();
        assertThat(endpoint(Set.of()).wants("decision.recorded")).isTrue();
    }

    @Test
    void anEndpointReceivesWhatHappensOnceItExists() {
        WebhookEndpoint endpoint = endpoint(Set.of());
        assertThat(endpoint.receives("tool.declared", NOW)).isTrue();
        assertThat(endpoint.receives("tool.declared", NOW.plusSeconds(1))).isTrue();
        assertThat(endpoint.receives("tool.declared", NOW.minusNanos(1000))).isFalse();
    }

    @Test
    void onlyHttpsUnlessTheOperatorAllowsHttpAndOnlyKnownTypes() {
        assertThatThrownBy(() -> EndpointUrl.parse("http://intranet.example.org/hook", false))
                .isInstanceOf(InvalidInput.class)
                .hasFieldOrPropertyWithValue("code", "https-required");
        assertThat(EndpointUrl.parse("http://127.0.0.1:8080/hook", true).value())
                .startsWith("http://");
        assertThatThrownBy(() -> EndpointUrl.parse("https://user:pw@intranet.example.org/", false))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> endpoint(Set.of("tool.exploded"))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void aRotationKeepsThePreviousSecretSigningForADay() {
        WebhookEndpoint endpoint = endpoint(Set.of());
        WebhookSecret first = endpoint.secrets().current();
        WebhookSecret second = WebhookSecret.generate(new SecureRandom());
        WebhookEndpoint rotated = endpoint.rotate(second, NOW);
        assertThat(rotated.secrets().validAt(NOW.plusSeconds(3600))).containsExactly(second, first);
        assertThat(rotated.secrets().validAt(NOW.plus(Duration.ofHours(24)))).containsExactly(second);
    }

    @Test
    void anEndpointFailingForDaysIsDisabledAndASuccessInBetweenForgetsTheFailures() {
        WebhookEndpoint endpoint = endpoint(Set.of());
        WebhookEndpoint failing = endpoint.failed(NOW, TOLERATED).failed(NOW.plus(Duration.ofDays(4)), TOLERATED);
        assertThat(failing.status()).isEqualTo(EndpointStatus.ACTIVE);
        assertThat(failing.failingSince()).isEqualTo(NOW);
        assertThat(failing.succeeded().failingSince()).isNull();
        WebhookEndpoint disabled = failing.failed(NOW.plus(TOLERATED), TOLERATED);
        assertThat(disabled.status()).isEqualTo(EndpointStatus.DISABLED);
        assertThat(disabled.disabledReason()).isEqualTo("failing");
        assertThat(disabled.disabledByThePlatform()).isTrue();
    }

    @Test
    void goneDisablesAtOnceAndAnAdminReactivates() {
        WebhookEndpoint gone = endpoint(Set.of()).gone(NOW);
        assertThat(gone.status()).isEqualTo(EndpointStatus.DISABLED);
        assertThat(gone.disabledReason()).isEqualTo("gone");
        WebhookEndpoint again = gone.change(new EndpointSettings(gone.url(), null, Set.of(), EndpointStatus.ACTIVE));
        assertThat(again.status()).isEqualTo(EndpointStatus.ACTIVE);
        assertThat(again.failingSince()).isNull();
        assertThat(again.disabledReason()).isNull();
    }
}
