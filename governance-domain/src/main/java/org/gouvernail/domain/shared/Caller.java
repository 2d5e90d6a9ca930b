package org.gouvernail.domain.shared;

import java.util.Objects;
import java.util.Optional;

/**
 * Who the identity provider says is calling: the token subject, the e-mail when the provider
 * verified it, a display name, and whether the platform-admin realm role was granted. Roles
 * inside an organisation are not here: they come from Gouvernail's memberships.
 */
public record Caller(String subject, String email, boolean emailVerified, String displayName, boolean platformAdmin) {

    public Caller {
        Objects.requireNonNull(subject, "subject");
        email = Emails.normalised(email);
    }

    /** The e-mail an invitation may be matched against: only one the provider verified. */
    public Optional<String> verifiedEmail() {
        return emailVerified && email != null && !email.isBlank() ? Optional.of(email) : Optional.empty();
    }

    public String name() {
        return displayName != null && !displayName.isBlank() ? displayName : subject;
    }
}
