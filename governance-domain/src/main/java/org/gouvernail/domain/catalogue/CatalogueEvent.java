package org.gouvernail.domain.catalogue;

import java.util.UUID;
import org.gouvernail.domain.shared.DomainEvent;
import org.gouvernail.domain.shared.OrganisationId;

/** Domain events of the shared catalogue, for the federation's audit trail and the adopter's. */
public sealed interface CatalogueEvent extends DomainEvent {

    record EntryChanged(CatalogueEntry entry, String verb) implements CatalogueEvent {
        @Override
        public OrganisationId organisationId() {
            return entry.federationId();
        }

        @Override
        public String action() {
            return "catalogue.entry-" + verb;
        }

        @Override
        public String subjectType() {
            return "CATALOGUE_ENTRY";
        }

        @Override
        public UUID subjectId() {
            return entry.id().value();
        }

        @Override
        public String summary() {
            EntryContent c = entry.content();
            return "name: " + c.name() + "; plan: " + c.plan() + "; status: " + entry.status() + "; revision: "
                    + entry.revision() + "; recommendation: " + c.recommendation() + "; ceiling: "
                    + c.dataCeiling();
        }
    }

    record ToolAdopted(CatalogueAdoption adoption) implements CatalogueEvent {
        @Override
        public OrganisationId organisationId() {
            return adoption.organisationId();
        }

        @Override
        public String action() {
            return "catalogue.tool-adopted";
        }

        @Override
        public String subjectType() {
            return "TOOL";
        }

        @Override
        public UUID subjectId() {
            return adoption.toolId().value();
        }

        @Override
        public String summary() {
            return "entry: " + adoption.entryId() + "; federation: " + adoption.federationId() + "; revision: "
                    + adoption.revisionSeen() + "; blocking: " + adoption.blocksApproval();
        }
    }
}
