package org.gouvernail.rest.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Route handler: the security headers of the web front end the API process serves (the single-page app
 * under {@code META-INF/resources}, docs/adr/0026). Its page gets a Content-Security-Policy that runs only
 * the app's own scripts and styles, lets them call the API (same origin) and the identity provider's
 * issuer (discovery, token and sign-out endpoints), and nothing else: no inline script, no other origin, no
 * framing. The page itself is revalidated at every load, so a new build is seen at once; its assets carry
 * their hash in their names and are kept a year.
 */
@ApplicationScoped
public class WebFrontEndHeaders {

    /** Before the static resource handler, which answers these paths. */
    private static final int ORDER = -5;

    private final String contentSecurityPolicy;

    // no issuer when tokens are checked against a configured public key only (no sign-in from a browser)
    public WebFrontEndHeaders(@ConfigProperty(name = "gouvernail.web.oidc-url") Optional<String> issuer) {
        this.contentSecurityPolicy = contentSecurityPolicy(issuer.orElse(null));
    }

    static String contentSecurityPolicy(String issuer) {
        String signIn = issuer == null ? "" : " " + SignInSettingsResource.trimSlash(issuer) + "/";
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
                + "connect-src 'self'" + signIn + "; "
                + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    void install(@Observes Router router) {
        router.routeWithRegex("^/(index\\.html)?$").order(ORDER).handler(this::page);
        router.route("/assets/*").order(ORDER).handler(WebFrontEndHeaders::asset);
    }

    private void page(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            var headers = context.response().headers();
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set(HttpHeaders.CACHE_CONTROL, "no-cache");
        });
        context.next();
    }

    private static void asset(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> {
            var headers = context.response().headers();
            headers.set("X-Content-Type-Options", "nosniff");
            if (context.response().getStatusCode() == 200) {
                headers.set(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
            }
        });
        context.next();
    }
}
