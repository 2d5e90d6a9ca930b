package org.gouvernail.rest.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.shared.NotFound;

/**
 * REST resource, public: where a browser front end signs in. The issuer is the identity provider's address as
 * a browser reaches it (it may differ from the one the API itself uses, inside a Docker network for instance);
 * the client is the public one with the authorization code flow and PKCE S256. A front end reads it once at
 * start, then finds every endpoint in the issuer's discovery document. Nothing secret: the same values are in
 * the OpenAPI document's security scheme and in Swagger UI.
 */
@Path("/api/v1/public/sign-in")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reference", description = "Reference data of the platform, the same for every organisation")
public class SignInSettingsResource {

    private final String issuer;
    private final String clientId;

    public SignInSettingsResource(
            @ConfigProperty(name = "gouvernail.web.oidc-url") Optional<String> issuer,
            @ConfigProperty(name = "gouvernail.web.client-id") String clientId) {
        // absent when tokens are checked against a configured public key only: no browser sign-in then
        this.issuer = issuer.map(SignInSettingsResource::trimSlash).orElse(null);
        this.clientId = clientId;
    }

    @Schema(
            name = "SignInSettings",
            description = "Where a browser signs in: the OpenID Connect issuer and the public client to use")
    public record SignInSettings(
            @Schema(
                    maxLength = 2000,
                    description = "The issuer; its discovery document is at {issuer}/.well-known/openid-configuration",
                    examples = "http://localhost:8180/realms/gouvernail")
            String issuer,

            @Schema(
                    maxLength = 200,
                    description = "The public client (authorization code + PKCE S256)",
                    examples = "gouvernail-web")
            String clientId,

            @Schema(maxLength = 200, description = "The scopes to ask for", examples = "openid")
            String scope) {}

    @GET
    @Operation(
            operationId = "getSignInSettings",
            summary = "Where a browser front end signs in (public, no token)",
            description = "The OpenID Connect issuer as a browser reaches it and the public client id "
                    + "(authorization code flow with PKCE S256). Set by GOUVERNAIL_WEB_OIDC_URL (default: the issuer "
                    + "the API trusts) and GOUVERNAIL_WEB_CLIENT_ID (default gouvernail-web).")
    @APIResponse(responseCode = "200", description = "The settings")
    public SignInSettings settings() {
        if (issuer == null) {
            throw new NotFound("sign-in settings", "browser sign-in");
        }
        return new SignInSettings(issuer, clientId, "openid");
    }

    static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
