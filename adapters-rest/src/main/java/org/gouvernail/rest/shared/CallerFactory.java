package org.gouvernail.rest.shared;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.gouvernail.domain.shared.Caller;

/**
 * Identity mapping: turns the verified OIDC token into the domain's Caller. Only the subject,
 * the e-mail (trusted for invitations only when the provider says it is verified), a display
 * name and the platform-admin realm role are taken; organisation roles come from memberships.
 */
@RequestScoped
public class CallerFactory {

    public static final String PLATFORM_ADMIN = "platform-admin";

    private final SecurityIdentity identity;

    /** This request's caller, once read. */
    private Optional<Caller> caller;

    public CallerFactory(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The caller of the current request; 401 when the request carries no valid token. */
    public Caller current() {
        return authenticated().orElseThrow(UnauthorizedException::new);
    }

    /** The caller of the current request, or empty when it carries no valid token (read once per request). */
    public Optional<Caller> authenticated() {
        if (caller == null) {
            caller = read();
        }
        return caller;
    }

    private Optional<Caller> read() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        String subject = identity.getPrincipal().getName();
        String email = null;
        boolean emailVerified = false;
        String name = null;
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            subject = token.getSubject() != null ? token.getSubject() : subject;
            email = token.getClaim("email");
            emailVerified = Boolean.parseBoolean(String.valueOf((Object) token.getClaim("email_verified")));
            name = fullName(token);
            if (name == null) {
                name = token.getClaim("preferred_username");
            }
        }
        return Optional.of(new Caller(subject, email, emailVerified, name, identity.hasRole(PLATFORM_ADMIN)));
    }

    /**
     * The "name" claim. {@code JsonWebToken.getClaim("name")} of SmallRye JWT first looks the name up
     * in the enum of the standard claims, where "name" is not (it is {@code full_name}), and throws
     * and catches an exception each time: with the claims of an OIDC token it is read directly.
     */
    private static String fullName(JsonWebToken token) {
        if (token instanceof OidcJwtCallerPrincipal oidc) {
            return oidc.getClaims().getClaimValue("name") instanceof String name ? name : null;
        }
        return token.getClaim("name");
    }
}
