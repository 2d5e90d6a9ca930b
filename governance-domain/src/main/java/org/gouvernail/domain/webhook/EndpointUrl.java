package org.gouvernail.domain.webhook;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import org.gouvernail.domain.shared.InvalidInput;

/**
 * Value: where an endpoint receives its deliveries, an absolute https URL without credentials or
 * fragment. Plain http is accepted only when the operator allows it (a test receiver): the
 * platform refuses to send signed payloads in clear text otherwise.
 */
public record EndpointUrl(String value) {

    public static final int MAX_LENGTH = 2_000;

    public EndpointUrl {
        Objects.requireNonNull(value, "url");
    }

    /** The URL the request gives, checked; {@code plainHttpAllowed} is the operator's setting. */
    public static EndpointUrl parse(String text, boolean plainHttpAllowed) {
        if (text == null || text.isBlank()) {
            throw new InvalidInput("url", "required", "the url is required");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInput("url", "too-long", "at most " + MAX_LENGTH + " characters", "url", MAX_LENGTH);
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException malformed) {
            throw new InvalidInput("url", "invalid", "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(plainHttpAllowed && scheme.equals("http"))) {
            throw new InvalidInput("url", "https-required", "a webhook URL must use https");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidInput("url", "invalid", "a webhook URL names a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new InvalidInput("url", "invalid", "a webhook URL has no credentials and no fragment");
        }
        return new EndpointUrl(uri.toString());
    }

    public URI uri() {
        return URI.create(value);
    }
}
