package org.gouvernail.persistence.shared;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.shared.RequestFingerprint;
import org.gouvernail.domain.shared.StoredResponse;
import org.gouvernail.domain.shared.port.out.IdempotencyRecords.Recorded;

/** Row of table idempotency_record: one Idempotency-Key of one caller, its request and, once answered, its response. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecordEntity {

    @EmbeddedId
    public Key id;

    public String requestMethod;
    public String requestPath;
    public String requestSha256;
    public Instant reservedAt;
    public Instant expiresAt;
    public Short responseStatus;
    public String responseType;
    public String responseLocation;
    public String responseEtag;
    public String responseBody;

    Recorded toDomain() {
        RequestFingerprint request = new RequestFingerprint(requestMethod, requestPath, requestSha256);
        StoredResponse response = responseStatus == null
                ? null
                : new StoredResponse(responseStatus, responseType, responseBody, responseLocation, responseEtag);
        return new Recorded(request, response);
    }

    /** Primary key: the caller's subject and the key it sent. */
    @Embeddable
    public static class Key implements Serializable {

        public String subject;
        public String idempotencyKey;

        public Key() {}

        public Key(String subject, String idempotencyKey) {
            this.subject = subject;
            this.idempotencyKey = idempotencyKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && subject.equals(key.subject) && idempotencyKey.equals(key.idempotencyKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(subject, idempotencyKey);
        }
    }
}
