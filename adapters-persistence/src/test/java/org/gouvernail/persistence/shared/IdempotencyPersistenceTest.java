package org.gouvernail.persistence.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.gouvernail.domain.shared.IdempotencyKey;
import org.gouvernail.domain.shared.RequestFingerprint;
import org.gouvernail.domain.shared.StoredResponse;
import org.gouvernail.domain.shared.port.out.IdempotencyRecords;
import org.gouvernail.domain.shared.port.out.IdempotencyRecords.Recorded;
import org.gouvernail.persistence.support.MariaDbTestResource;
import org.junit.jupiter.api.Test;

/** The Idempotency-Key records against a real MariaDB: one reservation per subject and key, answer kept, expiry. */
@QuarkusTest
@QuarkusTestResource(MariaDbTestResource.class)
class IdempotencyPersistenceTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private static final Instant TOMORROW = NOW.plus(Duration.ofHours(24));

    @Inject
    IdempotencyRecords records;

    private static RequestFingerprint request(String body) {
        return RequestFingerprint.of("POST", "/api/v1/organisations/x/tools", body.getBytes(StandardCharsets.UTF_8));
    }

    private static IdempotencyKey key() {
        return new IdempotencyKey("Key " + UUID.randomUUID());
    }

    private boolean reserve(
            String subject, IdempotencyKey key, RequestFingerprint request, Instant now, Instant expiresAt) {
        return QuarkusTransaction.requiringNew().call(() -> records.reserve(subject, key, request, now, expiresAt));
    }

    private Recorded find(String subject, IdempotencyKey key) {
        return QuarkusTransaction.requiringNew()
                .call(() -> records.find(subject, key).orElse(null));
    }

    @Test
    void aKeyIsReservedOncePerSubjectThenKeepsItsAnswer() {
        IdempotencyKey key = key();
        StoredResponse created = new StoredResponse(
                201, "application/json", "{\"name\":\"Outil à l'essai\"}", "http://h/tools/1", "\"0\"");

        assertThat(reserve("carl", key, request("a"), NOW, TOMORROW)).isTrue();
        assertThat(reserve("carl", key, request("b"), NOW, TOMORROW)).isFalse();
        assertThat(reserve("Carl", key, request("b"), NOW, TOMORROW))
                .as("subjects compare exactly")
                .isTrue();
        assertThat(reserve("carl", new IdempotencyKey(key.value().toLowerCase()), request("a"), NOW, TOMORROW))
                .as("keys too")
                .isTrue();
        assertThat(find("carl", key)).isEqualTo(new Recorded(request("a"), null));

        QuarkusTransaction.requiringNew().run(() -> records.complete("carl", key, created));
        QuarkusTransaction.requiringNew().run(() -> records.release("carl", key));

        assertThat(find("carl", key))
                .as("an answered key is not released")
                .isEqualTo(new Recorded(request("a"), created));
    }

    @Test
    void aReleasedKeyIsFreeAgainAndAnExpiredOneToo() {
        IdempotencyKey released = key();
        IdempotencyKey expired = key();
        reserve("rita", released, request("a"), NOW, TOMORROW);
        reserve("rita", expired, request("a"), NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)));

        QuarkusTransaction.requiringNew().run(() -> records.release("rita", released));

        assertThat(find("rita", released)).isNull();
        assertThat(reserve("rita", released, request("b"), NOW, TOMORROW)).isTrue();
        assertThat(reserve("rita", expired, request("b"), NOW, TOMORROW)).isTrue();
        assertThat(find("rita", expired)).isEqualTo(new Recorded(request("b"), null));
    }

    @Test
    void theAbandonedReservationIsTakenOverAndTheExpiredArePurged() {
        IdempotencyKey running = key();
        IdempotencyKey abandoned = key();
        IdempotencyKey old = key();
        reserve("vera", running, request("a"), NOW, TOMORROW);
        reserve("vera", abandoned, request("a"), NOW.minus(Duration.ofMinutes(10)), TOMORROW);
        reserve("vera", old, request("a"), NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)));
        Instant fiveMinutesAgo = NOW.minus(Duration.ofMinutes(5));

        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> records.takeOver("vera", running, fiveMinutesAgo, NOW, TOMORROW)))
                .isFalse();
        assertThat(QuarkusTransaction.requiringNew()
                        .call(() -> records.takeOver("vera", abandoned, fiveMinutesAgo, NOW, TOMORROW)))
                .isTrue();
        assertThat(QuarkusTransaction.requiringNew().call(() -> records.purgeExpired(NOW, 1000)))
                .isGreaterThanOrEqualTo(1);
        assertThat(find("vera", old)).isNull();
        assertThat(find("vera", running)).isNotNull();
    }
}
