package org.gouvernail.domain.feedback;

import java.util.Optional;

/** Query: which items the handlers list; every criterion is optional and they all apply. */
public record FeedbackFilter(Optional<FeedbackStatus> status, Optional<FeedbackKind> kind) {

    public FeedbackFilter {
        status = status == null ? Optional.empty() : status;
        kind = kind == null ? Optional.empty() : kind;
    }

    public static FeedbackFilter none() {
        return new FeedbackFilter(Optional.empty(), Optional.empty());
    }
}
