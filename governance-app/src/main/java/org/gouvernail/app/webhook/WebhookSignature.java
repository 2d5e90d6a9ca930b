package org.gouvernail.app.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.gouvernail.domain.webhook.WebhookSecret;

/**
 * Application helper: the {@code webhook-signature} header of Standard Webhooks 1.0, {@code v1,} and the base64
 * HMAC-SHA256 of {@code id.timestamp.body} with the secret's key; one signature per valid secret,
 * separated by spaces, so that a receiver keeps verifying while a rotated secret is replaced. Here
 * and not in the domain, which uses the JDK's java.* only: the HMAC comes from javax.crypto.
 */
public final class WebhookSignature {

    private WebhookSignature() {}

    /** One signature, "v1,…". */
    public static String sign(WebhookSecret secret, String messageId, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.key(), "HmacSHA256"));
            byte[] digest =
                    mac.doFinal((messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException missing) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", missing);
        }
    }

    /** The header value: the signature of each secret, newest first, separated by one space. */
    public static String header(List<WebhookSecret> secrets, String messageId, long timestampSeconds, String body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one secret signs a message");
        }
        return secrets.stream()
                .map(secret -> sign(secret, messageId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }
}
