package org.gouvernail.domain.shared;

/**
 * Value: the first response given under an Idempotency-Key, kept to be replayed to a retry:
 * status, content type, body as text, and the Location and ETag headers (null when absent).
 */
public record StoredResponse(int status, String contentType, String body, String location, String etag) {

    public StoredResponse {
        if (status < 100 || status > 499) {
            throw new IllegalArgumentException("only answers below 500 are kept, not " + status);
        }
    }
}
