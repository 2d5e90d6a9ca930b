package org.gouvernail.domain.catalogue.port.in;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gouvernail.domain.catalogue.CatalogueAdoption;
import org.gouvernail.domain.catalogue.CatalogueEntry;
import org.gouvernail.domain.catalogue.CatalogueEntryId;
import org.gouvernail.domain.catalogue.EntryContent;
import org.gouvernail.domain.inventory.AiTool;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.inventory.ToolStatus;
import org.gouvernail.domain.organisation.Role;
import org.gouvernail.domain.shared.Caller;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;
import org.gouvernail.domain.shared.Page;
import org.gouvernail.domain.shared.PageRequest;

/**
 * In-port: a federation's shared tool catalogue (ADR 0028). The federation's ADMIN writes entries
 * (DRAFT → PUBLISHED → DEPRECATED); the members of its ACTIVE member organisations read the
 * PUBLISHED ones and adopt them as tools of their own, re-evaluated against their own data. A caller
 * who is neither gets 404, the catalogue does not reveal itself.
 */
public interface SharedCatalogue {

    /** Who writes the catalogue: the federation's administrators. */
    Set<Role> EDITORS = EnumSet.of(Role.ADMIN);

    CatalogueEntry create(Caller caller, OrganisationId federationId, EntryContent content);

    CatalogueEntry revise(
            Caller caller,
            OrganisationId federationId,
            CatalogueEntryId entryId,
            long expectedVersion,
            EntryContent content);

    CatalogueEntry publish(Caller caller, OrganisationId federationId, CatalogueEntryId entryId, long expectedVersion);

    CatalogueEntry deprecate(
            Caller caller, OrganisationId federationId, CatalogueEntryId entryId, long expectedVersion);

    /** Every entry for the federation's ADMIN; the PUBLISHED ones for the members of its ACTIVE members. */
    Page<CatalogueEntry> entries(Caller caller, OrganisationId federationId, PageRequest page);

    CatalogueEntry entry(Caller caller, OrganisationId federationId, CatalogueEntryId entryId);

    /** The entry as its editor reads it before a change: 403 for a member of the federation without the role. */
    CatalogueEntry editable(Caller caller, OrganisationId federationId, CatalogueEntryId entryId);

    /** One line of the adoption counts: {@code adopters} is null when suppressed (fewer than k). */
    record AdoptionCount(CatalogueEntryId entryId, Long adopters, boolean suppressed) {}

    /** The adoption counts per entry, for the federation's ADMIN: adopters ACTIVE members only, k applied. */
    List<AdoptionCount> adoptionCounts(Caller caller, OrganisationId federationId);

    /** What the member says of its own use of the adopted tool. */
    record AdoptionRequest(
            CatalogueEntryId entryId,
            Set<DataCategory> dataCategories,
            String description,
            List<String> teams,
            Integer estimatedUsers,
            BigDecimal yearlyCostEur) {}

    /** The adopted tool, DECLARED, with the adoption and its local re-evaluation. */
    record Adopted(AiTool tool, CatalogueAdoption adoption, CatalogueEntry entry) {}

    Adopted adopt(Caller caller, OrganisationId organisationId, AdoptionRequest request);

    /**
     * The adoption of one of the organisation's tools, its stored version (the ETag of a review), and
     * the entry as the federation keeps it now (null when the federation's entry is gone).
     */
    record AdoptionView(
            CatalogueAdoption adoption, long version, CatalogueEntry entry, String toolName, ToolStatus toolStatus) {

        public boolean reviewDue() {
            return entry != null && adoption.dueForReview(entry);
        }
    }

    AdoptionView adoption(Caller caller, OrganisationId organisationId, ToolId toolId);

    /** The member reviews the entry's current revision: findings re-evaluated, review item closed. */
    AdoptionView review(Caller caller, OrganisationId organisationId, ToolId toolId, long expectedVersion);
}
