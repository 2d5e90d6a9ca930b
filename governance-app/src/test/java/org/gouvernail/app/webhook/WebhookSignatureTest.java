package org.gouvernail.app.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.List;
import org.gouvernail.domain.shared.InvalidInput;
import org.gouvernail.domain.webhook.WebhookSecret;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The example of the Standard Webhooks reference libraries' tests. */
    private static final WebhookSecret SPEC_SECRET = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

    @Test
    void signsIdTimestampAndBodyAsTheSpecificationsExample() {
        assertThat(WebhookSignature.sign(
                        SPEC_SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void theHeaderCarriesOneSignaturePerSecretSeparatedBySpaces() {
        WebhookSecret other = WebhookSecret.generate(new SecureRandom());
        String header = WebhookSignature.header(List.of(other, SPEC_SECRET), "id", 1, "{}");
        assertThat(header.split(" "))
                .containsExactly(
                        WebhookSignature.sign(other, "id", 1, "{}"), WebhookSignature.sign(SPEC_SECRET, "id", 1, "{}"));
    }

    @Test
    void aGeneratedSecretIsWhsecAndThirtyTwoRandomBytes() {
        WebhookSecret secret = WebhookSecret.generate(new SecureRandom());
        assertThat(secret.value()).startsWith("whsec_");
        assertThat(secret.key()).hasSize(32);
        assertThat(secret.toString()).doesNotContain(secret.value().substring(6));
        assertThat(WebhookSecret.generate(new SecureRandom())).isNotEqualTo(secret);
    }

    @Test
    void aSecretWithAShortKeyOrNoPrefixIsRefused() {
        assertThatThrownBy(() -> new WebhookSecret("whsec_c2hvcnQ=")).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new WebhookSecret("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isInstanceOf(InvalidInput.class);
    }
}
