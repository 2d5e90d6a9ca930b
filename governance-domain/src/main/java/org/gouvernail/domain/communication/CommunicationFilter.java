package org.gouvernail.domain.communication;

import java.util.Optional;

/** Query: which actions of a plan to list; every criterion is optional and they all apply. */
public record CommunicationFilter(
        Optional<CommunicationStatus> status, Optional<Audience> audience, Optional<ChangeStage> stage) {

    public CommunicationFilter {
        status = status == null ? Optional.empty() : status;
        audience = audience == null ? Optional.empty() : audience;
        stage = stage == null ? Optional.empty() : stage;
    }

    public static CommunicationFilter none() {
        return new CommunicationFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
