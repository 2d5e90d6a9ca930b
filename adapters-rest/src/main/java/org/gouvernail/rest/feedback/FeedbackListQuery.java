package org.gouvernail.rest.feedback;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.gouvernail.domain.feedback.FeedbackFilter;
import org.gouvernail.domain.feedback.FeedbackKind;
import org.gouvernail.domain.feedback.FeedbackStatus;
import org.gouvernail.rest.shared.Params;

/** Query parameters of the handlers' feedback list (@BeanParam); a bad value is a 400, never ignored. */
public record FeedbackListQuery(
        @QueryParam("status") @Parameter(schema = @Schema(implementation = FeedbackStatus.class))
        String status,

        @QueryParam("kind") @Parameter(schema = @Schema(implementation = FeedbackKind.class))
        String kind) {

    public FeedbackFilter filter() {
        return new FeedbackFilter(
                Params.option("status", status, FeedbackStatus.class), Params.option("kind", kind, FeedbackKind.class));
    }
}
