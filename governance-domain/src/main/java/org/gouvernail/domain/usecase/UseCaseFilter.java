package org.gouvernail.domain.usecase;

import java.util.Optional;

/** Query: which use cases to list; every criterion is optional. */
public record UseCaseFilter(Optional<UseCaseStatus> status, Optional<PeopleAffected> peopleAffected) {

    public UseCaseFilter {
        status = status == null ? Optional.empty() : status;
        peopleAffected = peopleAffected == null ? Optional.empty() : peopleAffected;
    }

    public static UseCaseFilter none() {
        return new UseCaseFilter(Optional.empty(), Optional.empty());
    }
}
