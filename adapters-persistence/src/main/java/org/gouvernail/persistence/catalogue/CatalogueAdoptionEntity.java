package org.gouvernail.persistence.catalogue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.gouvernail.domain.catalogue.AdoptionFinding;
import org.gouvernail.domain.catalogue.CatalogueAdoption;
import org.gouvernail.domain.catalogue.CatalogueEntryId;
import org.gouvernail.domain.inventory.ToolId;
import org.gouvernail.domain.shared.DataCategory;
import org.gouvernail.domain.shared.OrganisationId;

/**
 * Row of table catalogue_adoption: a member's tool adopted from a catalogue entry. The member's data
 * categories and the findings are short lists kept as text (see the migration for their format).
 */
@Entity
@Table(name = "catalogue_adoption")
public class CatalogueAdoptionEntity {

    @Id
    public UUID toolId;

    public UUID organisationId;
    public UUID entryId;
    public UUID federationId;
    public String dataCategories;
    public String findings;
    public int revisionSeen;
    public Instant adoptedAt;

    @Version
    public long version;

    static CatalogueAdoptionEntity from(CatalogueAdoption adoption) {
        CatalogueAdoptionEntity entity = new CatalogueAdoptionEntity();
        entity.toolId = adoption.toolId().value();
        entity.organisationId = adoption.organisationId().value();
        entity.entryId = adoption.entryId().value();
        entity.federationId = adoption.federationId().value();
        entity.adoptedAt = adoption.adoptedAt();
        entity.apply(adoption);
        return entity;
    }

    void apply(CatalogueAdoption adoption) {
        dataCategories = adoption.dataCategories().stream()
                .sorted()
                .map(DataCategory::name)
                .collect(Collectors.joining(","));
        findings = adoption.findings().stream()
                .map(finding -> finding.code() + ":" + finding.blocking() + ":"
                        + (finding.declared() == null ? "" : finding.declared().name()) + ":"
                        + finding.ceiling())
                .collect(Collectors.joining(";"));
        revisionSeen = adoption.revisionSeen();
    }

    CatalogueAdoption toDomain() {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        Arrays.stream(dataCategories.split(","))
                .filter(code -> !code.isBlank())
                .forEach(code -> categories.add(DataCategory.valueOf(code)));
        List<AdoptionFinding> read = new ArrayList<>();
        for (String finding : findings.split(";")) {
            if (finding.isBlank()) {
                continue;
            }
            String[] parts = finding.split(":", -1);
            read.add(new AdoptionFinding(
                    AdoptionFinding.Code.valueOf(parts[0]),
                    Boolean.parseBoolean(parts[1]),
                    parts[2].isEmpty() ? null : DataCategory.valueOf(parts[2]),
                    DataCategory.valueOf(parts[3])));
        }
        return new CatalogueAdoption(
                new ToolId(toolId),
                new OrganisationId(organisationId),
                new CatalogueEntryId(entryId),
                new OrganisationId(federationId),
                categories,
                read,
                revisionSeen,
                adoptedAt);
    }
}
