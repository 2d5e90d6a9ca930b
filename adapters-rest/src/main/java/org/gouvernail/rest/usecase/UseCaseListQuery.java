package org.gouvernail.rest.usecase;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gouvernail.domain.usecase.PeopleAffected;
import org.gouvernail.domain.usecase.UseCaseFilter;
import org.gouvernail.domain.usecase.UseCaseStatus;
import org.gouvernail.rest.shared.Params;

/** Query parameters of the use-case portfolio (@BeanParam); a bad value is a 400, never ignored. */
public record UseCaseListQuery(
        @QueryParam("status") @Parameter(schema = @Schema(implementation = UseCaseStatus.class))
        String status,

        @QueryParam("peopleAffected") @Parameter(schema = @Schema(implementation = PeopleAffected.class))
        String peopleAffected) {

    public UseCaseFilter filter() {
        return new UseCaseFilter(
                Params.option("status", status, UseCaseStatus.class),
                Params.option("peopleAffected", peopleAffected, PeopleAffected.class));
    }
}
