package org.gouvernail.domain.training;

import java.util.UUID;
import org.gouvernail.domain.shared.Changes;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the literacy requirements; summaries hold titles, codes and counts, never names. */
public sealed interface RequirementEvent extends DomainEvent {

    LiteracyRequirement requirement();

    @Override
    default OrganisationId organisationId() {
        return requirement().organisationId();
    }

    @Override
    default String subjectType() {
        return "LITERACY_REQUIREMENT";
    }

    @Override
    default UUID subjectId() {
        return requirement().id().value();
    }

    record RequirementCreated(LiteracyRequirement requirement) implements RequirementEvent {

        @Override
        public String action() {
            return "literacy-requirement.created";
        }

        @Override
        public String summary() {
            RequirementTerms terms = requirement.terms();
            return "title: " + terms.title() + "; trigger: " + terms.trigger() + "; level: " + terms.level()
                    + "; modules: " + terms.moduleIds().size() + "; revision: 1";
        }
    }

    record RequirementRevised(LiteracyRequirement requirement, RequirementTerms before) implements RequirementEvent {

        @Override
        public String action() {
            return "literacy-requirement.revised";
        }

        @Override
        public String summary() {
            return "revision: " + requirement.revision() + "; " + Changes.between(before, requirement.terms());
        }
    }

    record RequirementRetired(LiteracyRequirement requirement) implements RequirementEvent {

        @Override
        public String action() {
            return "literacy-requirement.retired";
        }

        @Override
        public String summary() {
            return "status: ACTIVE → RETIRED; revision: " + requirement.revision();
        }
    }
}
