package org.gouvernail.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The values of Idempotency-Keys: what a key may hold, what makes two requests the same. */
class IdempotencyValuesTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", " ", "3f0c6a52-7d1e-4c8b-9a47-0b9e2f6d1c55", "order #12 ~ retry!"})
    void aKeyIsOneToTwoHundredPrintableAsciiCharacters(String value) {
        assertThat(new IdempotencyKey(value).value()).isEqualTo(value);
        assertThat(new IdempotencyKey("k".repeat(200)).value()).hasSize(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "clé", "tab\there", "line\nbreak", "\u007f"})
    void anyOtherKeyIsRefused(String value) {
        assertThatThrownBy(() -> new IdempotencyKey(value)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new IdempotencyKey("k".repeat(201))).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new IdempotencyKey(null)).isInstanceOf(InvalidInput.class);
    }

    @Test
    void twoRequestsAreTheSameWhenMethodPathAndBodyAre() {
        byte[] body = "{\"name\":\"Outil\"}".getBytes(StandardCharsets.UTF_8);
        RequestFingerprint first = RequestFingerprint.of("POST", "/api/v1/organisations/o/tools", body);

        assertThat(first.bodySha256()).hasSize(64);
        assertThat(first.matches(RequestFingerprint.of("POST", "/api/v1/organisations/o/tools", body.clone())))
                .isTrue();
        assertThat(first.matches(RequestFingerprint.of(
                        "POST",
                        "/api/v1/organisations/o/tools",
                        "{\"name\":\"Autre\"}".getBytes(StandardCharsets.UTF_8))))
                .isFalse();
        assertThat(first.matches(RequestFingerprint.of("POST", "/api/v1/organisations/p/tools", body)))
                .isFalse();
        assertThat(RequestFingerprint.of("POST", "/x", null))
                .isEqualTo(RequestFingerprint.of("POST", "/x", new byte[0]));
    }

    @Test
    void onlyAnswersBelow500AreKept() {
        assertThat(new StoredResponse(422, "application/problem+json", "{}", null, null).status())
                .isEqualTo(422);
        assertThatThrownBy(() -> new StoredResponse(503, null, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
