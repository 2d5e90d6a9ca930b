package org.gouvernail.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.oidc.runtime.OidcJwtCallerPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import org.gouvernail.domain.shared.Caller;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.Test;

class CallerFactoryTest {

    private static Caller callerOf(JwtClaims claims, String... roles) {
        QuarkusSecurityIdentity.Builder identity =
                QuarkusSecurityIdentity.builder().setPrincipal(new OidcJwtCallerPrincipal(claims, null));
        for (String role : roles) {
            identity.addRole(role);
        }
        return new CallerFactory(identity.build()).current();
    }

    private static JwtClaims claims() {
        JwtClaims claims = new JwtClaims();
        claims.setSubject("0f1c6a2e-sub");
        claims.setClaim("email", "alice@demo.gouvernail.org");
        claims.setClaim("email_verified", true);
        claims.setClaim("preferred_username", "alice");
        return claims;
    }

    @Test
    void theCallerOfAnOidcTokenTakesItsSubjectEmailAndFullName() {
        JwtClaims claims = claims();
        claims.setClaim("name", "Alice Martin");

        Caller caller = callerOf(claims, CallerFactory.PLATFORM_ADMIN);

        assertThat(caller)
                .isEqualTo(new Caller("0f1c6a2e-sub", "alice@demo.gouvernail.org", true, "Alice Martin", true));
    }

    @Test
    void withoutAFullNameTheUserNameNamesTheCaller() {
        Caller caller = callerOf(claims());

        assertThat(caller.displayName()).isEqualTo("alice");
        assertThat(caller.platformAdmin()).isFalse();
    }
}
