package org.gouvernail.rest.usecase;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gouvernail.domain.usecase.port.in.UseCasePortfolio;
import org.gouvernail.rest.shared.CallerFactory;
import org.gouvernail.rest.shared.Messages;
import org.gouvernail.rest.usecase.UseCaseJson.CatalogueView;

/** REST resource: the starter catalogue of use cases, reference content shared by every organisation. */
@Path("/api/v1/reference/use-case-catalogue")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Use cases",
        description = "Portfolio of AI use cases (cas d'usage): prioritisation matrix, AI Act profile, DPIA screening")
public class UseCaseCatalogueResource {

    private final UseCasePortfolio portfolio;
    private final CallerFactory callers;

    public UseCaseCatalogueResource(UseCasePortfolio portfolio, CallerFactory callers) {
        this.portfolio = portfolio;
        this.callers = callers;
    }

    /** JSON shape of the catalogue: a short, fixed list, not paginated. */
    @Schema(name = "UseCaseCatalogue")
    public record Catalogue(@Schema(maxItems = 100) List<CatalogueView> items) {}

    @GET
    @Operation(
            operationId = "getUseCaseCatalogue",
            summary = "The starter catalogue of typical association uses",
            description =
                    "Any authenticated user. Quick wins and traps with suggested sub-criteria, in French (default), English or Dutch "
                            + "(Accept-Language). POST …/use-cases with fromCatalogue starts a use case from an entry.")
    @APIResponse(
            responseCode = "200",
            description = "Every entry",
            content = @Content(schema = @Schema(implementation = Catalogue.class)))
    public Catalogue catalogue(@Context HttpHeaders headers) {
        callers.current();
        Locale locale = Messages.choose(headers.getAcceptableLanguages());
        return new Catalogue(portfolio.catalogue().stream()
                .map(entry -> CatalogueView.from(entry, locale))
                .toList());
    }
}
