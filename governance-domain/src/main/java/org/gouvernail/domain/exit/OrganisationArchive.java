package org.gouvernail.domain.exit;

import java.time.Instant;
import java.util.Objects;
import org.gouvernail.domain.shared.OrganisationId;

/** An export: the archive's bytes (a zip), their SHA-256 and when the snapshot was taken. */
public record OrganisationArchive(OrganisationId organisationId, Instant exportedAt, byte[] bytes, String sha256) {

    public OrganisationArchive {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(bytes, "bytes");
    }

    public String fileName() {
        return "gouvernail-" + organisationId + "-" + exportedAt.toString().replace(':', '-') + ".zip";
    }
}
